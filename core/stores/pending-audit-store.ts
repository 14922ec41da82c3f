// Audit entries of decisions sent to a workflow as Updates (migration 0063). An entry is held in `audit_pending`, named
// by the id of the update that carries the decision, before the update is sent, and moved to `audit_log` once the
// workflow accepted it: a process stopped in between leaves it held, never a decision that stands unrecorded. The log
// lists accepted entries only, and keeps each one's update id, unique, so moving an entry twice (the route and a
// settling at once) writes it once. A refused decision's entry is deleted (web/server/audit/audited-update.ts), and one
// left held is settled from the workflow's history (web/server/audit/pending-audits.ts).
import { fromJson, toJson } from '../db';
import type { AuditEntry } from './audit-store';
import type { Db } from './db-types';

/** An audit entry waiting for the workflow to take the decision it records. */
export interface HeldAudit {
  /** The id of the update that carries the decision. */
  updateId: string;
  workflowId: string;
  entry: AuditEntry;
  /** When the decision was sent: the entry's time in the log. */
  at: string;
}

const columnsOf = (entry: AuditEntry) => ({
  actor_id: entry.actorId ?? null,
  actor_role: entry.actorRole ?? null,
  action: entry.action,
  target_type: entry.targetType,
  target_id: entry.targetId,
  summary: toJson(entry.summary),
  request_id: entry.requestId ?? null,
});

/** Holds the entry of a decision about to be sent: shown in no log until accepted. */
export async function holdAudit(db: Db, held: HeldAudit): Promise<void> {
  await db('audit_pending').insert({
    update_id: held.updateId,
    workflow_id: held.workflowId,
    ...columnsOf(held.entry),
    created_at: held.at,
  });
}

/** Writes the entry to the log (once, whoever asks first) and lets go of the held one: the workflow took the decision.
 * Written whole even when a settling took the held entry away meanwhile (an update slower than settling waits). */
export async function acceptAudit(db: Db, held: HeldAudit): Promise<void> {
  await db.transaction(async (trx) => {
    await trx('audit_log')
      .insert({ ...columnsOf(held.entry), update_id: held.updateId, created_at: held.at })
      .onConflict('update_id')
      .ignore();
    await trx('audit_pending').where({ update_id: held.updateId }).delete();
  });
}

/** Removes the held entry of update `updateId`: the workflow refused the decision or never received it. */
export async function dropPendingAudit(db: Db, updateId: string): Promise<void> {
  await db('audit_pending').where({ update_id: updateId }).delete();
}

/** What became of the same action on the same target after the held entry was sent: whether the log records one (the
 * workflow took it) and whether one is still held (its outcome not known yet). A reassignment settled late asks this
 * rather than the task row's holder, which a later reassignment may have set back to what it was. */
export async function laterAudits(db: Db, held: HeldAudit): Promise<{ logged: boolean; held: boolean }> {
  const { action, targetType, targetId } = held.entry;
  const same = { action, target_type: targetType, target_id: targetId };
  const [logged, pending] = await Promise.all([
    db('audit_log').where(same).where('created_at', '>', held.at).first('id'),
    db('audit_pending').where(same).where('created_at', '>', held.at).whereNot({ update_id: held.updateId }).first('update_id'),
  ]);
  return { logged: logged !== undefined, held: pending !== undefined };
}

/** Entries held since before `before`, oldest first. */
export async function pendingAuditsBefore(db: Db, before: string, limit: number): Promise<HeldAudit[]> {
  const rows: Record<string, unknown>[] = await db('audit_pending')
    .where('created_at', '<', before)
    .orderBy('created_at')
    .orderBy('update_id')
    .limit(limit)
    .select('*');
  return rows.map((row) => ({
    updateId: String(row.update_id),
    workflowId: String(row.workflow_id),
    entry: {
      actorId: row.actor_id == null ? null : Number(row.actor_id),
      actorRole: (row.actor_role as string | null) ?? null,
      action: String(row.action),
      targetType: String(row.target_type),
      targetId: String(row.target_id),
      summary: fromJson<Record<string, unknown>>(row.summary),
      requestId: (row.request_id as string | null) ?? null,
    },
    at: String(row.created_at),
  }));
}
