// Marks one day as a holiday or a make-up working day with its name, or makes it an ordinary day again.
import { useState, type FormEvent } from 'react';
import { caseApi, type CalendarDay } from '../../api/case-api';
import { BusyButton } from '../../components/busy-button';
import { EditPanel } from '../../components/edit-panel';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { formatDate } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { useAction } from '../../hooks/use-action';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { caseViewZhCn } from '../../i18n/messages/case-messages';

// The case's and the calendar's words load with the pages that show them, not with the first scripts.
addZhCnMessages(caseViewZhCn);

/** Props of DayEditor; `onDone` receives the message to announce, or null when cancelled. */
export interface DayEditorProps {
  date: string;
  day: CalendarDay | undefined;
  onDone: (message: string | null) => void;
}

/** The edit panel of one date. */
export function DayEditor({ date, day, onDone }: DayEditorProps) {
  const { t, locale } = useI18n();
  // The day as people read it (2026年6月10日 / 10 Jun 2026) in the panel's title and the messages after a change.
  const shown = formatDate(date, locale);
  const [kind, setKind] = useState<CalendarDay['kind']>(day?.kind ?? 'holiday');
  const [name, setName] = useState(day?.name ?? '');
  const [removing, setRemoving] = useState(false);
  const action = useAction();
  const kindOptions = (['holiday', 'workday'] as const).map((value) => ({ value, label: t(`calendar.kind.${value}`) }));

  const save = (event: FormEvent) => {
    event.preventDefault();
    setRemoving(false);
    void action
      .run(async () => {
        await caseApi.setDay(date, kind, name.trim());
        return t('calendar.saved', { date: shown, kind: t(`calendar.kind.${kind}`) });
      })
      .then((ok) => ok && onDone(t('calendar.saved', { date: shown, kind: t(`calendar.kind.${kind}`) })));
  };
  const remove = () => {
    setRemoving(true);
    void action
      .run(async () => {
        await caseApi.clearDay(date);
        return t('calendar.removed', { date: shown });
      })
      .then((ok) => ok && onDone(t('calendar.removed', { date: shown })));
  };

  return (
    <EditPanel title={t('calendar.edit.title', { date: shown })}>
      <form onSubmit={save} noValidate>
        <SelectField
          label={t('calendar.edit.kind')}
          value={kind}
          options={kindOptions}
          onChange={(value) => setKind(value as CalendarDay['kind'])}
          required
          disabled={action.busy}
        />
        <TextField
          label={t('calendar.edit.name')}
          hint={t('calendar.edit.nameHint')}
          value={name}
          onChange={setName}
          disabled={action.busy}
        />
        {action.error !== null && <ErrorNotice error={action.error} />}
        <div className="toolbar">
          <BusyButton
            busy={action.busy && !removing}
            disabled={action.busy}
            label={t('calendar.edit.save')}
            busyLabel={t('calendar.edit.saving')}
          />
          {day && (
            <BusyButton
              type="button"
              variant="quiet"
              busy={action.busy && removing}
              disabled={action.busy}
              label={t('calendar.edit.remove')}
              busyLabel={t('calendar.edit.removing')}
              onClick={remove}
            />
          )}
          <button type="button" className="button button--quiet" onClick={() => onDone(null)} disabled={action.busy}>
            {t('calendar.edit.cancel')}
          </button>
        </div>
      </form>
    </EditPanel>
  );
}
