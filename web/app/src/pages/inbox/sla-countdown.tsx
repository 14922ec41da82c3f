// The SLA countdown: ticks every second on screen; screen readers hear a coarse amount only when it changes.
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { closedLine } from './closed-words';
import { clockText, coarseAmount, countdownParts } from './countdown-parts';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { inboxZhCn } from '../../i18n/messages/inbox-messages';
// Its own styles: the case page shows the countdown without the inbox's stylesheet.
import './sla-countdown.css';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(inboxZhCn);

/** Props of SlaCountdown. */
export interface SlaCountdownProps {
  dueAt: string;
  /** When the task is closed the clock stops and the page says when it closed, beside its time limit. */
  closedAt: string | null;
  /** The closed task was decided by someone (已办理), not ended by its process (已结束). */
  decided?: boolean;
}

function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

/** Time left until `dueAt`, or time overdue, for an open task. */
export function SlaCountdown({ dueAt, closedAt, decided = false }: SlaCountdownProps) {
  const { t, locale } = useI18n();
  const now = useNow(closedAt === null);
  if (closedAt !== null) {
    return <p className="countdown">{closedLine(t, locale, { closedAt, dueAt, decided })}</p>;
  }
  const parts = countdownParts(dueAt, now);
  const clock = parts.days > 0 ? `${t('countdown.days', { count: parts.days })} ${clockText(parts)}` : clockText(parts);
  const coarse = coarseAmount(parts);
  const amount = t(`countdown.amount.${coarse.unit}`, { count: coarse.count });
  return (
    <>
      <p className={`countdown ${parts.overdue ? 'countdown--overdue' : 'countdown--ok'}`} aria-hidden="true">
        {/* The space keeps the words apart when the styles are absent or the line is copied ("Time left 08:08:38"). */}
        <span>{parts.overdue ? t('countdown.overdueBy') : t('countdown.left')}</span> <span className="countdown__clock">{clock}</span>
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {parts.overdue ? t('countdown.spokenOverdue', { amount }) : t('countdown.spokenLeft', { amount })}
      </p>
    </>
  );
}
