// A decision sent to a workflow as an Update is audited across a stopped process: its entry is held first, named by the
// id given to the update (core/stores/pending-audit-store.ts), then the update is sent, then the entry goes to the log.
// A refusal the route recognises (an AppError: the workflow's validator refused, so the update never reached history)
// removes the entry; any other failure may have reached the workflow and leaves it held, for settling to read the outcome
// from the workflow's history (pending-audits.ts). So the log never records a refused decision, and never misses one
// that stands.
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { AppError } from '#core/errors';
import type { Logger } from '#core/logger';
import type { Db } from '#core/stores/db-types';
import { acceptAudit, dropPendingAudit, holdAudit, type HeldAudit } from '#core/stores/pending-audit-store';
import { auditEntryOf } from './audit-request';

/** What an audited update records, and the workflow it goes to. */
export interface AuditedUpdate<T = unknown> {
  workflowId: string;
  /** The update's id when the caller names it (a row of its own is keyed by it too); a new one otherwise. */
  updateId?: string;
  action: string;
  target: { type: string; id: string | number };
  summary?: Record<string, unknown>;
  /** The summary once the workflow answered, when it says what the log records (the slot a reading filled); the held
   * entry, and so a settled one, keeps `summary`. */
  summaryOf?: (answer: T) => Record<string, unknown>;
}

/**
 * Sends an update under the id `send` is given, its audit entry held before and written to the log after; answers the
 * workflow's answer. Once the workflow has accepted, the decision stands whatever follows: a log that cannot be written
 * now is logged and left to settling, and the caller answers that the decision was taken.
 */
export async function sendAudited<T>(
  { db, logger }: { db: Db; logger: Logger },
  req: Request,
  audited: AuditedUpdate<T>,
  send: (updateId: string) => Promise<T>,
): Promise<T> {
  const held: HeldAudit = {
    updateId: audited.updateId ?? `${audited.action}/${randomUUID()}`,
    workflowId: audited.workflowId,
    entry: auditEntryOf(req, audited.action, audited.target, audited.summary),
    at: new Date().toISOString(),
  };
  await holdAudit(db, held);
  let answer: T;
  try {
    answer = await send(held.updateId);
  } catch (error) {
    if (error instanceof AppError) await dropPendingAudit(db, held.updateId);
    throw error;
  }
  try {
    const entry = audited.summaryOf ? { ...held.entry, summary: audited.summaryOf(answer) } : held.entry;
    await acceptAudit(db, { ...held, entry });
  } catch (error) {
    logger.error({ err: error, updateId: held.updateId }, 'decision taken; its audit entry is left for settling');
  }
  return answer;
}
