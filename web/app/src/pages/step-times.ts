// When a submission first reached each step of its progress bar, read from the status lines of its timeline.
import type { TimelineEvent } from '../api/api-types';

/** The statuses that mean a step has been reached: a case handed back, resolved or settled has been received (a filed
 * collection report goes from submitted straight to settled). */
const REACHED_BY: Record<string, readonly string[]> = {
  submitted: ['submitted'],
  received: ['received', 'returned', 'resolved', 'settled'],
};

/** The submission's own times, for steps its timeline has no line for. */
export interface StepTimeFallbacks {
  createdAt: string;
  /** When the submission ended (its last update once final); null while it is open. */
  endedAt: string | null;
}

/** For each step, the instant of the first `status.<…>` line that reached it, or undefined when none did. The first,
 * not the latest: a case returned and received again keeps the time it was first received, so later events never
 * move a step's time. Without a line the submitted step takes `createdAt` and an ended case's last step `endedAt`;
 * an open step never takes the last update, which moves with every event. */
export function stepTimes(
  steps: readonly string[],
  timeline: readonly TimelineEvent[],
  { createdAt, endedAt }: StepTimeFallbacks,
): (string | undefined)[] {
  const statusLines = timeline
    .filter((event) => event.kind.startsWith('status.'))
    .map((event) => ({ status: event.kind.slice('status.'.length), at: event.at, ms: Date.parse(event.at) }))
    .sort((a, b) => a.ms - b.ms);
  return steps.map((step, index) => {
    const reachedBy = REACHED_BY[step] ?? [step];
    const first = statusLines.find((line) => reachedBy.includes(line.status))?.at;
    if (first) return first;
    if (step === 'submitted') return createdAt;
    return index === steps.length - 1 && endedAt ? endedAt : undefined;
  });
}
