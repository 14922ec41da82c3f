// What operators read about the running system, from the app DB: the outbox's depth and age, open tasks and SLA
// breaches, active quarantines, the migrations applied and the pool's connections. Read by the system page
// (web/server/system/system-status.ts) and the Prometheus gauges (web/server/metrics/domain-gauges.ts); counts only,
// never a row's content.
import type { Db } from '../db-types';

/** How many outbox messages are in each status (`queued`, `sent`, `outbox` kept without SMTP). */
export async function outboxCountsByStatus(db: Db): Promise<Map<string, number>> {
  const rows: { status: string; n: number | string }[] = await db('outbox').select('status').count({ n: '*' }).groupBy('status');
  return new Map(rows.map((row) => [row.status, Number(row.n)]));
}

/** How many messages each channel keeps in the outbox (status `outbox`) because its provider is not configured. */
export async function keptOutboxCountsByChannel(db: Db): Promise<Map<string, number>> {
  const rows: { channel: string; n: number | string }[] = await db('outbox')
    .where({ status: 'outbox' })
    .select('channel')
    .count({ n: '*' })
    .groupBy('channel');
  return new Map(rows.map((row) => [row.channel, Number(row.n)]));
}

/** How many messages wait for delivery. */
export async function queuedOutboxCount(db: Db): Promise<number> {
  const row = await db('outbox').where({ status: 'queued' }).count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** When the oldest message still waiting was queued, or null when none waits. */
export async function oldestQueuedOutboxAt(db: Db): Promise<string | null> {
  const row: { at?: string | null } | undefined = await db('outbox').where({ status: 'queued' }).min({ at: 'created_at' }).first();
  return row?.at ? String(row.at) : null;
}

/** How many waiting messages failed at least once. */
export async function failingOutboxCount(db: Db): Promise<number> {
  const row = await db('outbox').where({ status: 'queued' }).whereNotNull('last_error').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** Names of the migrations applied, oldest first. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const rows: { name: string }[] = await db('knex_migrations').select('name').orderBy('id');
  return rows.map((row) => row.name);
}

/** Open human tasks of one process type, form and rung. */
export interface OpenTaskCount {
  processType: string;
  formKey: string;
  step: string;
  count: number;
}

/** Open (or claimed) tasks grouped by process type, form and rung; only those due before `dueBefore` when given. */
export async function openTaskCounts(db: Db, dueBefore?: string): Promise<OpenTaskCount[]> {
  const query = db('tasks as t')
    .leftJoin('submissions as s', 's.id', 't.submission_id')
    .whereIn('t.status', ['open', 'claimed'])
    .select('t.process_type', 's.form_key', 't.step')
    .count({ n: '*' })
    .groupBy('t.process_type', 's.form_key', 't.step');
  if (dueBefore !== undefined) query.where('t.due_at', '<', dueBefore);
  const rows: Record<string, unknown>[] = await query;
  return rows.map((row) => ({
    processType: String(row.process_type ?? ''),
    formKey: String(row.form_key ?? ''),
    step: String(row.step ?? ''),
    count: Number(row.n),
  }));
}

/** How many workers are in quarantine now. */
export async function activeQuarantineCount(db: Db): Promise<number> {
  const row = await db('quarantines').where({ status: 'active' }).count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

interface Pool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** The connection pool's state now: connections in use, idle, and queries waiting for one (zeros before it exists). */
export function poolState(db: Db): { used: number; free: number; pendingAcquires: number } {
  const pool = (db.client as { pool?: Pool }).pool;
  return { used: pool?.numUsed() ?? 0, free: pool?.numFree() ?? 0, pendingAcquires: pool?.numPendingAcquires() ?? 0 };
}
