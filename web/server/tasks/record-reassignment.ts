// What a reassignment writes once the workflow took it (at once, for a task no workflow waits on): the task row's new
// holder and the reason as a comment, together. The reassign route and a cadre hand-over write it right after the
// update; for a process that stopped in between, settling writes it from the held audit entry (audit/pending-audits.ts),
// only while no later reassignment of the task was sent and the row is open with the holder the reassignment found. A
// later reassignment is read from the audit entries, not from the row's holder, which a hand-over and a hand-back
// (A→C→A) set back to what it was: the task stays with its later holder. One still held waits to be settled first (the
// workflow may have refused it, and then this one stands). A row that a decision closed stays as it is, and a second
// settling, or the route's own write, finds the row moved already.
import { laterAudits, type HeldAudit } from '#core/stores/pending-audit-store';
import type { Database, Db } from '#core/stores/db-types';
import { addTaskComment } from '#core/stores/task-comment-store';
import { reassignTask, type TaskHolder } from '#core/stores/task-store';
import type { LocalizedText } from '#core/domain/locale';

/** The reason a cadre hand-over gives (org/hand-over-tasks.ts): the system's words, commented in both languages. */
export const CADRE_HANDOVER_REASON: LocalizedText = {
  'zh-CN': '包挂关系变更，待办随企业移交新的包挂干部',
  en: 'The enterprise changed cadre; its tasks moved with it',
};

/** The reasons the system writes, which a held entry's summary keeps in zh-CN only. */
const SYSTEM_REASONS: readonly LocalizedText[] = [CADRE_HANDOVER_REASON];

/** `reason` in every language when it is one the system writes; as given (what a person typed) otherwise. */
const wordsOf = (reason: string): string | LocalizedText =>
  SYSTEM_REASONS.find((words) => words['zh-CN'] === reason || words.en === reason) ?? reason;

/** The audit summary of a reassignment: settling reads the reassignment back from it. */
export interface ReassignSummary {
  before: TaskHolder & { candidateRole?: string | null };
  after: { assigneeUserId: number };
  reason: string;
}

/** A reassignment to record on the task row. */
export interface Reassignment {
  taskId: string;
  assigneeUserId: number;
  /** Who handed the task on: the comment's author. */
  by: number;
  /** What a person typed, or the system's words in every language (each reader is shown theirs). */
  reason: string | LocalizedText;
  at: string;
  /** The holder the reassignment found; given, the row changes only while it is open with that holder. */
  from?: TaskHolder;
}

/** Writes the task's new holder and the comment, with `alongside` in the same transaction; answers whether it did. */
export async function recordReassignment(
  db: Database,
  reassignment: Reassignment,
  alongside?: (trx: Db) => Promise<void>,
): Promise<boolean> {
  return db.transaction(async (trx) => {
    if (!(await reassignTask(trx, reassignment.taskId, reassignment.assigneeUserId, reassignment.from))) return false;
    await addTaskComment(trx, { taskId: reassignment.taskId, userId: reassignment.by, body: reassignment.reason, at: reassignment.at });
    await alongside?.(trx);
    return true;
  });
}

/** Answered by settling a held reassignment that waits for a later one of the same task to be settled first. */
export const SETTLE_LATER = 'later';

/** Records the reassignment a held entry describes, which the workflow took before the sending process stopped, unless
 * a later reassignment of the task was taken (false) or is still held (SETTLE_LATER). A hand-over sent without a
 * signed-in user is commented by the new holder, as the hand-over itself does, and in both languages. */
export async function recordHeldReassignment(db: Database, held: HeldAudit): Promise<boolean | typeof SETTLE_LATER> {
  const later = await laterAudits(db, held);
  if (later.logged) return false;
  if (later.held) return SETTLE_LATER;
  const { before, after, reason } = held.entry.summary as unknown as ReassignSummary;
  return recordReassignment(db, {
    taskId: held.entry.targetId,
    assigneeUserId: after.assigneeUserId,
    by: held.entry.actorId ?? after.assigneeUserId,
    reason: wordsOf(reason),
    at: held.at,
    from: { assigneeUserId: before.assigneeUserId },
  });
}
