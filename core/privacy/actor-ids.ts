// Internal account ids an enterprise has no use for: the workflow records who took a step (`by` on a timeline event)
// and who decided a case (`decidedBy` on its result) by id, for staff pages and for the server's own words ("办理人
// 王建国"); an enterprise (or the public) reads who acted from those words, never from another account's id.
import type { Reader } from './personal-data-policy';

/** An enterprise or the public: no one's colleague on the staff. */
export const outsideStaff = (reader: Reader): boolean => reader.role === 'enterprise' || reader.role === 'public';

/** A step's detail without `by` (the internal id of the account that took it). */
export function withoutActorId(detail: Record<string, unknown>): Record<string, unknown> {
  if (!('by' in detail)) return detail;
  const { by: _by, ...rest } = detail;
  return rest;
}

/** `submission` as `reader` receives it: for a reader outside the staff, its result without `decidedBy`. */
export function withoutDeciderId<S extends { result?: unknown }>(reader: Reader, submission: S): S {
  const result = submission.result;
  if (!outsideStaff(reader) || typeof result !== 'object' || result === null || !('decidedBy' in result)) return submission;
  const { decidedBy: _decidedBy, ...rest } = result as Record<string, unknown>;
  return { ...submission, result: rest };
}

/** `submission` as `reader` receives it: for a reader outside the staff, without `userId` unless it is the reader's own
 * (a cadre's nomination of an enterprise names its nominator by the contact name in its data, not by account id). */
export function withoutFilerId<S extends { userId?: unknown }>(reader: Reader, submission: S): S {
  if (!outsideStaff(reader) || !('userId' in submission) || submission.userId === reader.userId) return submission;
  const { userId: _userId, ...rest } = submission;
  return rest as S;
}
