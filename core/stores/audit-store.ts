// The `audit_log` table: an append-only log of state changes (who, in which role, did what to which record, in which
// request). Written inside the transaction of the change it records, so the two commit or roll back together.
import { toJson } from '../db';
import type { Db } from './db-types';

/** One audited state change. */
export interface AuditEntry {
  actorId: number | null;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string;
  summary: Record<string, unknown>;
  requestId: string | null;
}

// Fixed SQL (both databases read it alike): every state change writes one, so it is not built anew each time.
const INSERT_ENTRY =
  'insert into audit_log (actor_id, actor_role, action, target_type, target_id, summary, request_id, created_at) ' +
  'values (?, ?, ?, ?, ?, ?, ?, ?)';

/** Writes an audit entry, inside the caller's transaction when given one. */
export async function recordAudit(db: Db, entry: AuditEntry, now = new Date()): Promise<void> {
  await db.raw(INSERT_ENTRY, [
    // Bound as null when absent: a raw statement refuses `undefined`, which the query builder wrote as the default.
    entry.actorId ?? null,
    entry.actorRole ?? null,
    entry.action,
    entry.targetType,
    entry.targetId,
    toJson(entry.summary),
    entry.requestId ?? null,
    now.toISOString(),
  ]);
}
