// Extend or shorten a quarantine: a new end and a reason, both required; the previous end stays on record.
import { useState } from 'react';
import { gateApi, type RegisterWorker } from '../../api/gate-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { TextField } from '../../components/text-field';
import { ZonedDateTimeField } from '../../components/zoned-date-time-field';
import { instantOfZonedInput, zonedInputValue } from '../../format/zoned-input-value';
import { useAction } from '../../hooks/use-action';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** Props of EndChangeForm. */
export interface EndChangeFormProps {
  worker: RegisterWorker;
  onDone: (message: string | null) => void;
}

/** The inline form under a quarantined worker. */
export function EndChangeForm({ worker, onDone }: EndChangeFormProps) {
  const { t } = useI18n();
  const q = worker.quarantine!;
  const [endsAt, setEndsAt] = useState(zonedInputValue(q.endsAt));
  const [reason, setReason] = useState('');
  const action = useAction();
  const { busy, error } = action;
  const save = async () => {
    await action.run(async () => {
      // The browser's `required` keeps an incomplete value from getting here; the server names a bad one at its field.
      await gateApi.changeEnd(q.id, instantOfZonedInput(endsAt) ?? endsAt, reason.trim());
      onDone(t('quarantine.endSaved'));
    });
  };
  return (
    <form
      className="card end-change-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <ZonedDateTimeField label={t('quarantine.newEnd')} value={endsAt} onChange={setEndsAt} required />
      <TextField label={t('quarantine.reason')} value={reason} onChange={setReason} required autoComplete="off" />
      {error !== null && <ErrorNotice error={error} />}
      <div className="toolbar">
        <BusyButton busy={busy} label={t('quarantine.saveEnd')} busyLabel={t('gate.submitting')} disabled={reason.trim().length < 2} />
        <button type="button" className="button button--quiet" onClick={() => onDone(null)}>
          {t('quarantine.cancel')}
        </button>
      </div>
    </form>
  );
}
