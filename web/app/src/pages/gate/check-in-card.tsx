// One due check-in for the gate officer: the worker, the slot, the temperature and a big "record" button.
import { useState } from 'react';
import { gateApi, type RegisterWorker } from '../../api/gate-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { formatDateTime } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { TemperatureField } from './temperature-field';

/** Props of CheckInCard. */
export interface CheckInCardProps {
  worker: RegisterWorker;
  onRecorded: (message: string) => void;
}

/** Records the open slot of one quarantined worker through the workflow's checkIn Update. */
export function CheckInCard({ worker, onRecorded }: CheckInCardProps) {
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
    try {
      const { checkIn } = await gateApi.checkIn(q.id, temperature);
      onRecorded(t(checkIn.fever ? 'quarantine.checkInFever' : 'quarantine.checkInSaved', { name: worker.name }));
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
        {t('quarantine.openCheckIn', { at: formatDateTime(slot.slotAt, locale), due: formatDateTime(slot.dueAt, locale) })}
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
      {error !== null && <ErrorNotice error={error} />}
    </li>
  );
}
