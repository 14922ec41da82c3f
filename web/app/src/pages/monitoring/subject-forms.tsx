// The two things done to a monitored subject on the register: record the readings of its open check-in (its
// enterprise or cadre), and move its end date with a reason (cadre, HQ, admin). The server and the workflow check both.
import { useState } from 'react';
import type { ReadingSpec } from '#core/domain/monitoring-params';
import { monitoringApi, type MonitoredRow } from '../../api/monitoring-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { TextField } from '../../components/text-field';
import { ZonedDateTimeField } from '../../components/zoned-date-time-field';
import { instantOfZonedInput, zonedInputValue } from '../../format/zoned-input-value';
import { useAction } from '../../hooks/use-action';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { monitoringZhCn } from '../../i18n/messages/monitoring-messages';
import './monitoring.css';

addZhCnMessages(monitoringZhCn);

/** Records the readings of the subject's open check-in. */
export function ReadingsForm({ row, readings, onDone }: { row: MonitoredRow; readings: ReadingSpec[]; onDone: (message: string) => void }) {
  const { t, pick, locale } = useI18n();
  const [values, setValues] = useState<Record<string, string>>({});
  const action = useAction();
  const { busy, error } = action;
  const complete = readings.every((spec) => values[spec.key]?.trim());
  const save = async () => {
    await action.run(async () => {
      const numbers = Object.fromEntries(readings.map((spec) => [spec.key, Number(values[spec.key])]));
      const { checkIn } = await monitoringApi.record(row.id, numbers);
      onDone(t(checkIn.alert ? 'monitoring.recordedAlert' : 'monitoring.recorded', { name: row.name }));
    });
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {readings.map((spec) => (
        <TextField
          key={spec.key}
          label={spec.unit ? `${pick(spec.title)}${locale === 'en' ? ` (${spec.unit})` : `（${spec.unit}）`}` : pick(spec.title)}
          type="number"
          min={spec.minimum}
          max={spec.maximum}
          value={values[spec.key] ?? ''}
          onChange={(value) => setValues({ ...values, [spec.key]: value })}
          required
        />
      ))}
      {error !== null && <ErrorNotice error={error} />}
      <BusyButton busy={busy} label={t('monitoring.record')} busyLabel={t('monitoring.saving')} disabled={!complete} />
    </form>
  );
}

/** Extends or shortens the subject's period; the previous end stays on record. */
export function EndForm({ row, onDone }: { row: MonitoredRow; onDone: (message: string | null) => void }) {
  const { t } = useI18n();
  const [endsAt, setEndsAt] = useState(zonedInputValue(row.endsAt));
  const [reason, setReason] = useState('');
  const action = useAction();
  const { busy, error } = action;
  const save = async () => {
    await action.run(async () => {
      // The browser's `required` keeps an incomplete value from getting here; the server names a bad one at its field.
      await monitoringApi.changeEnd(row.id, instantOfZonedInput(endsAt) ?? endsAt, reason.trim());
      onDone(t('monitoring.endSaved'));
    });
  };
  return (
    <form
      className="monitoring-end-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <ZonedDateTimeField label={t('monitoring.newEnd')} value={endsAt} onChange={setEndsAt} required />
      <TextField label={t('monitoring.reason')} value={reason} onChange={setReason} required autoComplete="off" />
      {error !== null && <ErrorNotice error={error} />}
      <div className="toolbar">
        <BusyButton busy={busy} label={t('monitoring.saveEnd')} busyLabel={t('monitoring.saving')} disabled={reason.trim().length < 2} />
        <button type="button" className="button button--quiet" onClick={() => onDone(null)}>
          {t('monitoring.cancel')}
        </button>
      </div>
    </form>
  );
}
