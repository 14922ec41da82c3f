// Append-only audit log of state changes: who, in which role, did what to which record, in which request.
import type { Knex } from 'knex';
import { toJson } from './db';

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

/** Writes an audit entry, inside the caller's transaction when given one. */
export async function recordAudit(db: Knex | Knex.Transaction, entry: AuditEntry, now = new Date()): Promise<void> {
  await db('audit_log').insert({
    actor_id: entry.actorId,
    actor_role: entry.actorRole,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    summary: toJson(entry.summary),
    request_id: entry.requestId,
    created_at: now.toISOString(),
  });
}
