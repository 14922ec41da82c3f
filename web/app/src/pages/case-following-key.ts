// What the line under a followed case's status says while the page keeps reading it. A case resolved and awaiting the
// enterprise's confirmation, or returned for more information, is not being handled: it waits on the enterprise, and
// "正在办理" beside 已解决，待确认 told the enterprise to wait when it was the one to act.
import type { SubmissionStatus, User } from '../api/api-types';

/** Statuses in which the case waits on the enterprise's answer. */
const WAITING_ON_ENTERPRISE = new Set<SubmissionStatus>(['returned', 'resolved']);

/** The dictionary key of the line shown while the case page follows a case in `status`, for a reader in `role`. */
export function caseFollowingKey(
  status: SubmissionStatus,
  role: User['role'] | undefined,
): 'case.following' | 'case.waitingForYou' | 'case.waitingForEnterprise' {
  if (!WAITING_ON_ENTERPRISE.has(status)) return 'case.following';
  return role === 'enterprise' ? 'case.waitingForYou' : 'case.waitingForEnterprise';
}
