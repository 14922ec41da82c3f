// Who may read a submission: its submitter, and whoever may see its enterprise's records — but gate officers only
// their own, since they work their site's gate, not their enterprise's paperwork.
import type { Knex } from 'knex';
import { visibleEnterprises } from '../access';
import type { SessionUser } from '../request-context';
import type { SubmissionView } from './submission-store';

/** True when `user` may read `submission`. */
export async function mayReadSubmission(db: Knex, user: SessionUser, submission: SubmissionView): Promise<boolean> {
  if (submission.userId === user.id) return true;
  if (user.role === 'gate') return false;
  const scope = await visibleEnterprises(db, user);
  if (scope === 'all') return true;
  return submission.enterpriseId !== null && scope.includes(submission.enterpriseId);
}
