// Extend or shorten a quarantine: a new end and a reason, both required; the previous end stays on record.
import { useState } from 'react';
import { gateApi, type RegisterWorker } from '../../api/gate-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { TextField } from '../../components/text-field';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** The local "YYYY-MM-DDTHH:mm" a datetime-local input shows for an ISO instant. */
const toLocalInput = (iso: string) => {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** Props of EndChangeForm. */
export interface EndChangeFormProps {
  worker: RegisterWorker;
  onDone: (message: string | null) => void;
}

/** The inline form under a quarantined worker. */
export function EndChangeForm({ worker, onDone }: EndChangeFormProps) {
  const { t } = useI18n();
  const q = worker.quarantine!;
  const [endsAt, setEndsAt] = useState(toLocalInput(q.endsAt));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await gateApi.changeEnd(q.id, new Date(endsAt).toISOString(), reason.trim());
      onDone(t('quarantine.endSaved'));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField label={t('quarantine.newEnd')} type="datetime-local" value={endsAt} onChange={setEndsAt} required />
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
