// What GET /api/admin/stuck-cases answers, on its own so the app reads the same types without the server's modules.
import type { LocalizedText } from '#core/domain/locale';

/** What kind of trouble a stuck case is in. */
export type StuckKind = 'activity-retrying' | 'workflow-task-failing' | 'failed';

/** A case as the stuck list names it. */
export interface StuckCaseRef {
  submissionId: string;
  caseNumber: string | null;
  formTitle: LocalizedText;
  enterpriseName: string | null;
}

/** One entry of the stuck list. */
export interface StuckCase {
  kind: StuckKind;
  /** The case it holds up; null for a run that is no case's (a reporting round, the daily digest). */
  case: StuckCaseRef | null;
  /** What runs: the form's title for a case, else the kind of background process. */
  process: LocalizedText;
  /** Why it cannot go on and what to do, in every language. */
  reason: LocalizedText;
  /** The step that keeps failing, in words (a retrying step only). */
  step: LocalizedText | null;
  attempt: number | null;
  since: string | null;
  nextAttemptAt: string | null;
  /** The failure's type and message as the engine reports them, for IT; never its payloads. */
  failureType: string | null;
  technical: string | null;
}

/** One page of the stuck list, when the engine was read and whether the scan had to stop early. */
export interface StuckPage {
  items: StuckCase[];
  page: { limit: number; offset: number; total: number };
  checkedAt: string;
  /** True when the queue held more runs than one scan looks at. */
  truncated: boolean;
}
