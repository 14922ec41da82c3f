// Records the state change a request made, with who made it and the request id.
import type { Request } from 'express';
import { recordAudit, type AuditEntry } from '#core/stores/audit-store';
import type { Db } from '#core/stores/db-types';

/** The audit entry of one state change made by the current request. */
export function auditEntryOf(
  req: Request,
  action: string,
  target: { type: string; id: string | number },
  summary: Record<string, unknown> = {},
): AuditEntry {
  return {
    actorId: req.user?.id ?? null,
    actorRole: req.user?.role ?? null,
    action,
    targetType: target.type,
    targetId: String(target.id),
    summary,
    requestId: req.requestId,
  };
}

/** Audits one state change made by the current request. */
export async function auditRequest(
  db: Db,
  req: Request,
  action: string,
  target: { type: string; id: string | number },
  summary: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(db, auditEntryOf(req, action, target, summary));
}

/** The fields of `after` that differ from `before`, as `{ before, after }` for the audit summary. */
export function changes(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k]])), after: Object.fromEntries(keys.map((k) => [k, after[k]])) };
}
