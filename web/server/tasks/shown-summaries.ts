// A task names its case by the case's summary (a difficulty's description, in the enterprise's words): that text is a
// personal field (`x-personal: free-text`), so it reaches a reader only as the personal-data policy lets them see it
// for the purpose at hand (the inbox is a list, a task page a detail).
import type { Knex } from 'knex';
import { fromJson } from '#core/db';
import { caseSummary } from '#core/domain/case-summary';
import type { Locale } from '#core/domain/locale';
import type { Purpose } from '#core/privacy/personal-data-policy';
import { readerOf } from '#core/privacy/reader-of';
import { maskSubmissions } from '#core/privacy/submission-facts';
import type { SessionUser } from '../request-context';

/** The tasks with each summary as the policy shows it to `user` for `purpose`. */
export async function withShownSummaries<T extends { submissionId: string | null; summary: string | null }>(
  db: Knex,
  user: SessionUser,
  locale: Locale,
  tasks: T[],
  purpose: Extract<Purpose, 'list' | 'detail'>,
): Promise<T[]> {
  const ids = [...new Set(tasks.filter((task) => task.summary !== null).map((task) => task.submissionId!))];
  if (!ids.length) return tasks;
  const rows = await db('submissions').whereIn('id', ids).select('id', 'form_key', 'form_version', 'enterprise_id', 'user_id', 'data');
  const shown = await maskSubmissions(
    db,
    readerOf(user, locale),
    rows.map((row) => ({
      id: String(row.id),
      formKey: String(row.form_key),
      formVersion: Number(row.form_version),
      enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
      userId: row.user_id == null ? null : Number(row.user_id),
      data: fromJson<Record<string, unknown>>(row.data),
    })),
    purpose,
  );
  const summaries = new Map(shown.map((submission) => [submission.id, caseSummary(submission.data)]));
  return tasks.map((task) => (task.summary === null ? task : { ...task, summary: summaries.get(task.submissionId!) ?? null }));
}
