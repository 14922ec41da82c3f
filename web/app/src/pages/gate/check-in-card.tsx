// One due check-in for the gate officer: the worker, the slot, the temperature and a big "record" button. Without
// signal (or when it goes while sending) the reading is queued encrypted on the phone and synced later (issue 23).
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { gateApi, type RegisterWorker } from '../../api/gate-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { formatDateTime, formatDeadline } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { newSubmissionId } from '../../form/new-submission-id';
import { queueQuarantineCheckIn } from '../../offline/quarantine-check-in-queue';
import { TemperatureField } from './temperature-field';
import { OfflineKeyMissing } from './use-gate-check';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** Props of CheckInCard. */
export interface CheckInCardProps {
  worker: RegisterWorker;
  onRecorded: (message: string) => void;
  /** Who records (the queue is theirs) and the cached gate-check version a queued reading is made with. */
  userId: number;
  formVersion: number | null;
  /** Told when the reading went to the phone's queue instead. */
  onQueued: (quarantineId: string, message: string) => void;
}

/** Records the open slot of one quarantined worker through the workflow's checkIn Update. */
export function CheckInCard({ worker, onRecorded, userId, formVersion, onQueued }: CheckInCardProps) {
  const { t, locale } = useI18n();
  const [temperature, setTemperature] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const q = worker.quarantine!;
  const slot = q.openCheckIn!;
  const record = async () => {
    if (temperature === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    const queue = async () => {
      const clientId = newSubmissionId();
      const stored = await queueQuarantineCheckIn(userId, { clientId, formVersion, quarantineId: q.id, temperature, name: worker.name });
      if (!stored) throw new OfflineKeyMissing();
      onQueued(q.id, t('quarantine.checkInQueued', { name: worker.name }));
    };
    try {
      if (!navigator.onLine) return await queue();
      try {
        const { checkIn } = await gateApi.checkIn(q.id, temperature);
        onRecorded(t(checkIn.fever ? 'quarantine.checkInFever' : 'quarantine.checkInSaved', { name: worker.name }));
      } catch (failure) {
        // The signal went while sending: the reading is queued like any made offline.
        if (failure instanceof ApiError && failure.status === 0) return await queue();
        throw failure;
      }
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return (
    <li className="card checkin-card">
      <strong>{worker.name}</strong>
      <span className="muted">
        {q.day !== null && t('quarantine.day', { day: q.day, days: q.days ?? 0 })} ·{' '}
        {t('quarantine.openCheckIn', { at: formatDateTime(slot.slotAt, locale), due: formatDeadline(slot.dueAt, locale) })}
      </span>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void record();
        }}
      >
        <TemperatureField
          id={`checkin-${q.id}`}
          value={temperature}
          onChange={setTemperature}
          threshold={null}
          required
          error={missing ? t('gate.temperatureRequired') : undefined}
        />
        <BusyButton busy={busy} label={t('quarantine.checkIn')} busyLabel={t('gate.submitting')} />
      </form>
      {error !== null &&
        (error instanceof OfflineKeyMissing ? (
          <p className="notice notice--error" role="alert">
            {t('offline.noKey')}
          </p>
        ) : (
          <ErrorNotice error={error} />
        ))}
    </li>
  );
}
