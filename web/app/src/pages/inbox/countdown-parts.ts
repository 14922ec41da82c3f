// An SLA countdown as numbers: time left (or overdue) split into days, hours, minutes and seconds.

/** The countdown at one instant. */
export interface CountdownParts {
  overdue: boolean;
  /** Milliseconds left (negative once overdue). */
  remainingMs: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Splits the time between `nowMs` and `dueAt` (ISO); seconds round towards the deadline so 0 shows only at it. */
export function countdownParts(dueAt: string, nowMs: number): CountdownParts {
  const remainingMs = Date.parse(dueAt) - nowMs;
  const overdue = remainingMs < 0;
  // Left: round up (1.2 s left shows 00:00:02); overdue: round down (1.2 s late shows 00:00:01).
  const total = overdue ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  return {
    overdue,
    remainingMs,
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** The hours, minutes and seconds as a clock, `HH:MM:SS` (days are worded separately). */
export function clockText(parts: CountdownParts): string {
  return `${two(parts.hours)}:${two(parts.minutes)}:${two(parts.seconds)}`;
}

/** A coarse amount for screen readers: it changes at most every five minutes, so a live region stays quiet. */
export interface CoarseAmount {
  unit: 'days' | 'hours' | 'minutes' | 'moments';
  count: number;
}

/** The countdown rounded down to whole days, whole hours, five-minute steps, or "under five minutes". */
export function coarseAmount(parts: CountdownParts): CoarseAmount {
  if (parts.days > 0) return { unit: 'days', count: parts.days };
  if (parts.hours > 0) return { unit: 'hours', count: parts.hours };
  const steps = Math.floor(parts.minutes / 5) * 5;
  return steps > 0 ? { unit: 'minutes', count: steps } : { unit: 'moments', count: 5 };
}
