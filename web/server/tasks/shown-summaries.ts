// A task names its case as the case's own line in a list does (forms/present/case-words.ts): what it is about — a
// difficulty's description in the enterprise's words, a gate check's worker with the resident ID masked — and, for a
// task of a process that words its own statuses (a gate check's 放行 / 劝返 / 隔离观察, a report's 按时提交), where the
// case stands. A ladder's task needs no such line: its rung and its own status say where the case stands, though a
// ladder that words some statuses its own way (an inspection's 不予通过) sends those words, for the line saying how the
// task ended. The data
// reaches a reader only as the personal-data policy lets them see it for the purpose at hand (the inbox is a list, a
// task page a detail).
import type { Locale } from '#core/domain/locale';
import type { Purpose } from '#core/privacy/personal-data-policy';
import { readerOf } from '#core/privacy/reader-of';
import { maskSubmissions } from '#core/privacy/submission-facts';
import type { Db } from '#core/stores/db-types';
import { submissionCases } from '#core/stores/submissions/submission-privacy-store';
import type { SessionUser } from '../request-context';
import { withStatusWords } from '../submissions/present-submission';

/** What a task adds about its case. */
export interface ShownCase {
  summary: string | null;
  /** Where the case stands in its process's words; null for a ladder's task or a task without a case. */
  caseStatusText: string | null;
  /** The statuses the case's process words its own way (an inspection's rejected: 不予通过), for the line that says
   * how the task ended; empty for a process that speaks the glossary's statuses or a task without a case. */
  caseStatusWords: Record<string, string>;
}

/** The tasks with each case's summary (as the policy shows it to `user` for `purpose`) and standing. */
export async function withShownSummaries<T extends { submissionId: string | null; processType: string }>(
  db: Db,
  user: SessionUser,
  locale: Locale,
  tasks: T[],
  purpose: Extract<Purpose, 'list' | 'detail'>,
): Promise<(T & ShownCase)[]> {
  const ids = [...new Set(tasks.flatMap((task) => (task.submissionId === null ? [] : [task.submissionId])))];
  const shown = ids.length ? await maskSubmissions(db, readerOf(user, locale), await submissionCases(db, ids), purpose) : [];
  const words = new Map((await withStatusWords(db, shown, locale)).map((row) => [row.id, row]));
  return tasks.map((task) => {
    const own = task.submissionId === null ? undefined : words.get(task.submissionId);
    return {
      ...task,
      summary: own?.summary ?? null,
      caseStatusText: own && task.processType !== 'ladder' ? own.statusText : null,
      caseStatusWords: own?.statusWords ?? {},
    };
  });
}
