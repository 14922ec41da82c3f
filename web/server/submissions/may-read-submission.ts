// Who may read a submission: its submitter, and whoever's submission scope holds it — the enterprise's records for
// cadres (the site register's gate checks too) and enterprises (not those), the submissions of their tasks for
// working-group members, every one for HQ and admins; gate officers only their own, since they work their site's gate,
// not their enterprise's paperwork. The files attached to a submission follow the same rule
// (web/server/uploads/upload-routes.ts reads them through the same submission scope).
import type { Db } from '#core/stores/db-types';
import { submissionInScope } from '#core/stores/submissions/submission-scope';
import type { SubmissionView } from '#core/stores/submissions/submission-store';
import { visibleSubmissions } from '../access';
import type { SessionUser } from '../request-context';

/** True when `user` may read `submission`. */
export async function mayReadSubmission(db: Db, user: SessionUser, submission: SubmissionView): Promise<boolean> {
  if (submission.userId === user.id) return true;
  return submissionInScope(db, await visibleSubmissions(db, user), submission.id);
}
