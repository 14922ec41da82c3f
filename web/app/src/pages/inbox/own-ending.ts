// A decision that brings its case to a status the case's process words its own way reads as that status: a readiness
// inspection's rejection is 不予通过 and its return 退回整改, not a difficulty report's 不予受理 / 已退回企业补充材料. Read by
// the inbox's done tab, the task page's timeline and the case page's timeline, so all three say the same.

// The status each such decision brings its case to.
const ENDING_STATUS = new Map([
  ['reject', 'rejected'],
  ['return', 'returned'],
]);

/** The words of the status `action` brings the case to, where `statusWords` (its process's own, by status) has them. */
export function ownEnding(action: unknown, statusWords: Record<string, string> = {}): string | undefined {
  const status = ENDING_STATUS.get(String(action));
  return status === undefined ? undefined : statusWords[status];
}
