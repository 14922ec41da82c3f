// A task names its case by the case's summary (a difficulty's description, in the enterprise's words): that text is a
// personal field (`x-personal: free-text`), so it reaches a reader only as the personal-data policy lets them see it
// for the purpose at hand (the inbox is a list, a task page a detail).
import { caseSummary } from '#core/domain/case-summary';
import type { Locale } from '#core/domain/locale';
import type { Purpose } from '#core/privacy/personal-data-policy';
import { readerOf } from '#core/privacy/reader-of';
import { maskSubmissions } from '#core/privacy/submission-facts';
import type { Db } from '#core/stores/db-types';
import { submissionOwnersWithData } from '#core/stores/submissions/submission-privacy-store';
import type { SessionUser } from '../request-context';

/** The tasks with each summary as the policy shows it to `user` for `purpose`. */
export async function withShownSummaries<T extends { submissionId: string | null; summary: string | null }>(
  db: Db,
  user: SessionUser,
  locale: Locale,
  tasks: T[],
  purpose: Extract<Purpose, 'list' | 'detail'>,
): Promise<T[]> {
  const ids = [...new Set(tasks.filter((task) => task.summary !== null).map((task) => task.submissionId!))];
  if (!ids.length) return tasks;
  const shown = await maskSubmissions(db, readerOf(user, locale), await submissionOwnersWithData(db, ids), purpose);
  const summaries = new Map(shown.map((submission) => [submission.id, caseSummary(submission.data)]));
  return tasks.map((task) => (task.summary === null ? task : { ...task, summary: summaries.get(task.submissionId!) ?? null }));
}
