// Settles answers to a return left pending: the reply route links an answer's files first, then asks the workflow, then
// marks the answer accepted (case-routes.ts); a process stopped after the workflow answered leaves the row pending. The
// workflow's history says what became of it, by the update's id: accepted there, the row is marked accepted and its
// files are shown with the answer; absent, the workflow never took it (refused by its validator, or never sent), and the
// row goes — its files are then unused uploads and the sweep deletes them like any other (web/server/uploads/upload-sweep.ts).
// Only rows older than SETTLE_AFTER_MS are read, so an answer still on its way is not mistaken for one never sent; a
// history that cannot be read now is read again next time. Every web process settles on a timer (settle-pending.ts):
// settling one row twice does the same thing twice.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Logger } from '#core/logger';
import type { Database } from '#core/stores/db-types';
import { acceptPendingReply, dropPendingReply, pendingRepliesBefore } from '#core/stores/submissions/case-reply-store';

/** What became of an update: the workflow accepted it, or it is not in the workflow's history. */
export type UpdateOutcome = 'accepted' | 'absent';

/** Looks an update up in a workflow's history. */
export type UpdateLookup = (workflowId: string, updateId: string) => Promise<UpdateOutcome>;

/** What settling needs: the database, the clock and a way to look updates up. */
export interface SettleDeps {
  db: Database;
  now: () => Date;
  lookup: UpdateLookup;
  logger?: Logger;
}

/** How old a pending answer must be before it is settled: far longer than a reply request waits for the workflow. */
export const SETTLE_AFTER_MS = 15 * 60_000;
const PAGE = 100;

/** Reads the outcome of `updateId` from the workflow's history (a workflow no longer stored took no answer now). */
export function historyLookup(temporal: Client): UpdateLookup {
  return async (workflowId, updateId) => {
    try {
      const history = await temporal.workflow.getHandle(workflowId).fetchHistory();
      const accepted = (history.events ?? []).some(
        (event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId === updateId,
      );
      return accepted ? 'accepted' : 'absent';
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return 'absent';
      throw error;
    }
  };
}

/** Settles the answers pending for longer than SETTLE_AFTER_MS; counts what it accepted and dropped. */
export async function settlePendingReplies(deps: SettleDeps): Promise<{ accepted: number; dropped: number }> {
  const at = deps.now();
  const before = new Date(at.getTime() - SETTLE_AFTER_MS).toISOString();
  const result = { accepted: 0, dropped: 0 };
  for (const pending of await pendingRepliesBefore(deps.db, before, PAGE)) {
    let outcome: UpdateOutcome;
    try {
      outcome = await deps.lookup(pending.workflowId, pending.updateId);
    } catch (error) {
      deps.logger?.warn({ err: error, updateId: pending.updateId }, 'pending answer not settled; tried again later');
      continue;
    }
    if (outcome === 'accepted') await acceptPendingReply(deps.db, pending.updateId, at.toISOString());
    else await dropPendingReply(deps.db, pending.updateId);
    result[outcome === 'accepted' ? 'accepted' : 'dropped'] += 1;
  }
  return result;
}
