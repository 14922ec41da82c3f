// One worker in the register: status (day k of N in quarantine), zone, last reading, end date and its change.
import { useState } from 'react';
import type { RegisterWorker } from '../../api/gate-api';
import { formatDateTime, formatDeadline } from '../../format/format-date-time';
import { useI18n } from '../../i18n/use-i18n';
import { EndChangeForm } from './end-change-form';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { gateZhCn } from '../../i18n/messages/gate-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(gateZhCn);

/** Props of RegisterWorkerRow. */
export interface RegisterWorkerRowProps {
  worker: RegisterWorker;
  mayChangeEnd: boolean;
  onChanged: (message: string) => void;
}

/** A list item with the worker's facts and, for a quarantine, the end-date change. */
export function RegisterWorkerRow({ worker, mayChangeEnd, onChanged }: RegisterWorkerRowProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const q = worker.quarantine;
  const status =
    worker.status === 'quarantined' && q?.day
      ? t('quarantine.day', { day: q.day, days: q.days ?? 0 })
      : t(`worker.status.${worker.status}`);
  return (
    <li className="card worker-row">
      <div className="worker-row__head">
        <strong>{worker.name}</strong>
        <span className={`tag status-${worker.status}`}>{status}</span>
      </div>
      <p className="worker-row__meta">
        {worker.residentId} · {t(`gate.channel.${worker.channel}` as Parameters<typeof t>[0])} · {t('worker.checkedAt')}{' '}
        {formatDateTime(worker.checkedAt, locale)}
        {worker.zone && <> · {t(`register.zone.${worker.zone}` as Parameters<typeof t>[0])}</>}
      </p>
      {q && (
        // When it was cleared is a moment; when it ends (and ended before a change) is a deadline: midnight ends the day before.
        <p className="worker-row__meta">
          {q.releasedAt
            ? t('register.clearedAt', { at: formatDateTime(q.releasedAt, locale) })
            : t('quarantine.endsAt', { at: formatDeadline(q.endsAt, locale) })}
          {q.previousEndsAt && <> · {t('quarantine.previousEnd', { at: formatDeadline(q.previousEndsAt, locale) })}</>}
          {q.lastTemperature !== null && <> · {t('quarantine.lastTemperature', { value: q.lastTemperature })}</>}
          {q.fever && (
            <>
              {' '}
              · <strong>{t('quarantine.fever')}</strong>
            </>
          )}
          {q.missed > 0 && <> · {t('quarantine.missed', { count: q.missed })}</>}
        </p>
      )}
      {mayChangeEnd && worker.status === 'quarantined' && !editing && (
        <div>
          <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
            {t('quarantine.changeEnd')}
          </button>
        </div>
      )}
      {editing && (
        <EndChangeForm
          worker={worker}
          onDone={(message) => {
            setEditing(false);
            if (message) onChanged(message);
          }}
        />
      )}
    </li>
  );
}
