// What the webhook collector (core/webhooks/webhook-collector.ts) reads to find events: the case timeline
// (`submission_events`) past a position, the tasks opened or decided since a time, and the form and case number of the
// cases they name. Read-only; the positions themselves live in webhook-event-store.ts.
import type { Db } from '../db-types';

/** A line of the case timeline. */
export interface TimelineLine {
  id: number;
  submissionId: string;
  kind: string;
  /** The line's detail as stored (JSON text on SQLite, an object on PostgreSQL). */
  detail: unknown;
  at: string;
}

/** A task as an event names it. */
export interface TaskLine {
  id: string;
  processType: string;
  step: string;
  submissionId: string | null;
  workflowId: string;
  dueAt: string;
  createdAt: string;
  closedAt: string | null;
  closeReason: string | null;
}

/** The highest id of the timeline (0 when it is empty). */
export async function lastTimelineId(db: Db): Promise<number> {
  const [row] = await db('submission_events').max({ id: 'id' });
  return Number(row?.id ?? 0);
}

/** Up to `limit` timeline lines after id `after`, in id order. */
export async function timelineAfter(db: Db, after: number, limit: number): Promise<TimelineLine[]> {
  const rows: Record<string, unknown>[] = await db('submission_events')
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .select('id', 'submission_id', 'kind', 'detail', 'at');
  return rows.map((row) => ({
    id: Number(row.id),
    submissionId: String(row.submission_id),
    kind: String(row.kind),
    detail: row.detail,
    at: String(row.at),
  }));
}

function toTaskLine(row: Record<string, unknown>): TaskLine {
  return {
    id: String(row.id),
    processType: String(row.process_type),
    step: String(row.step),
    submissionId: row.submission_id == null ? null : String(row.submission_id),
    workflowId: String(row.workflow_id),
    dueAt: String(row.due_at),
    createdAt: String(row.created_at),
    closedAt: row.closed_at == null ? null : String(row.closed_at),
    closeReason: row.close_reason == null ? null : String(row.close_reason),
  };
}

/** Up to `limit` tasks opened at or after `since`, in the order they opened. */
export async function tasksOpenedSince(db: Db, since: string, limit: number): Promise<TaskLine[]> {
  const rows: Record<string, unknown>[] = await db('tasks').where('created_at', '>=', since).orderBy('created_at').limit(limit);
  return rows.map(toTaskLine);
}

/** Up to `limit` tasks closed by a decision at or after `since`, in the order they closed. */
export async function tasksDecidedSince(db: Db, since: string, limit: number): Promise<TaskLine[]> {
  const rows: Record<string, unknown>[] = await db('tasks')
    .where('closed_at', '>=', since)
    .where('close_reason', 'like', 'decided:%')
    .orderBy('closed_at')
    .limit(limit);
  return rows.map(toTaskLine);
}

/** The form and case number of each of the cases `ids`. */
export async function caseFacts(db: Db, ids: readonly string[]): Promise<Map<string, { formKey: string; caseNumber: string | null }>> {
  if (!ids.length) return new Map();
  const rows: Record<string, unknown>[] = await db('submissions')
    .whereIn('id', [...new Set(ids)])
    .select('id', 'form_key', 'case_number');
  return new Map(
    rows.map((row) => [String(row.id), { formKey: String(row.form_key), caseNumber: (row.case_number as string | null) ?? null }]),
  );
}
