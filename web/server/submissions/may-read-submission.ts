// Who may read a submission: its submitter, and whoever's submission scope holds it — the enterprise's records for
// cadres and enterprises, the submissions of their tasks for working-group members, every one for HQ and admins;
// gate officers only their own, since they work their site's gate, not their enterprise's paperwork.
import type { Db } from '#core/stores/db-types';
import { isTaskSubmission, type SubmissionView } from '#core/stores/submissions/submission-store';
import { visibleSubmissions } from '../access';
import type { SessionUser } from '../request-context';

/** True when `user` may read `submission`. */
export async function mayReadSubmission(db: Db, user: SessionUser, submission: SubmissionView): Promise<boolean> {
  if (submission.userId === user.id) return true;
  const scope = await visibleSubmissions(db, user);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'own':
      return false;
    case 'enterprises':
      return submission.enterpriseId !== null && scope.ids.includes(submission.enterpriseId);
    case 'tasks':
      return isTaskSubmission(db, user, submission.id);
  }
}
