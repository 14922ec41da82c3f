// A decision that brings its case to a status the case's process words its own way reads as that status: a readiness
// inspection's rejection is 不予通过, its return 退回整改 and its pass to the next level 核查通过，已报送下一级核查, not a
// difficulty report's 不予受理 / 已退回企业补充材料 / 已上报. Read by the inbox's done tab, the task page (its outcome and
// timeline) and the case page's timeline, so all of them say the same.

// The status each such decision brings its case to (escalated: where it stands for the rung that passed it on).
const ENDING_STATUS = new Map([
  ['reject', 'rejected'],
  ['return', 'returned'],
  ['escalate', 'escalated'],
]);

/** The words of the status `action` brings the case to, where `statusWords` (its process's own, by status) has them. */
export function ownEnding(action: unknown, statusWords: Record<string, string> = {}): string | undefined {
  const status = ENDING_STATUS.get(String(action));
  return status === undefined ? undefined : statusWords[status];
}
