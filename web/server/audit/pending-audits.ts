// Settles audit entries left held: a decision's entry is held before its update is sent and written to the log once the
// workflow accepted it (audited-update.ts); a process stopped in between leaves it held. The workflow's history says what
// became of it, by the update's id: accepted there, the entry is written to the log (at the time the decision was sent);
// absent, the workflow never took the decision (refused, or never sent) and the entry goes. What the route writes after
// the update besides the entry (a reassignment's task row and comment, tasks/record-reassignment.ts) is written before
// the entry goes to the log, so a run stopped in between finds the entry still held and tries again; written twice, it
// changes the row once. Only entries held longer than SETTLE_AFTER_MS are read, as for answers to a return
// (pending-replies.ts), whose timer settles these too.
import { SETTLE_AFTER_MS, type SettleDeps, type UpdateOutcome } from '../cases/pending-replies';
import type { Database } from '#core/stores/db-types';
import { acceptAudit, dropPendingAudit, pendingAuditsBefore, type HeldAudit } from '#core/stores/pending-audit-store';
import { recordHeldReassignment, SETTLE_LATER } from '../tasks/record-reassignment';

const PAGE = 100;

/** What a route writes after the workflow took its decision besides the audit entry, by the entry's action; answering
 * SETTLE_LATER, it leaves the entry held for a later run (it waits on another entry's outcome). */
const AFTER_ACCEPTED: Partial<Record<string, (db: Database, held: HeldAudit) => Promise<unknown>>> = {
  'task.reassign': recordHeldReassignment,
};

/** Settles the entries held longer than SETTLE_AFTER_MS; counts what it wrote to the log and what it dropped. */
export async function settlePendingAudits(deps: SettleDeps): Promise<{ accepted: number; dropped: number }> {
  const before = new Date(deps.now().getTime() - SETTLE_AFTER_MS).toISOString();
  const result = { accepted: 0, dropped: 0 };
  for (const held of await pendingAuditsBefore(deps.db, before, PAGE)) {
    let outcome: UpdateOutcome;
    try {
      outcome = await deps.lookup(held.workflowId, held.updateId);
      if (outcome === 'accepted' && (await AFTER_ACCEPTED[held.entry.action]?.(deps.db, held)) === SETTLE_LATER) continue;
    } catch (error) {
      deps.logger?.warn({ err: error, updateId: held.updateId }, 'held audit entry not settled; tried again later');
      continue;
    }
    if (outcome === 'accepted') await acceptAudit(deps.db, held);
    else await dropPendingAudit(deps.db, held.updateId);
    result[outcome === 'accepted' ? 'accepted' : 'dropped'] += 1;
  }
  return result;
}
