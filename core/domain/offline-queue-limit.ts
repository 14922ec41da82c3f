// How long an item made without signal may wait on a phone (issue 23): a parameter of the definition it was made with
// (`offlineQueueLimitHours`, 1 to 720 hours, forms/process-types.ts). The phone warns past it; the server trusts a
// device time within it, and reads an older one as a wrong clock (offline-item.ts).

/** The limit when a definition does not set one (the "say 72 hours"). */
export const DEFAULT_QUEUE_LIMIT_HOURS = 72;

/** The limit a definition's `offlineQueueLimitHours` says, or the default when it says nothing usable. */
export function queueLimitHours(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 720 ? value : DEFAULT_QUEUE_LIMIT_HOURS;
}
