// Moving the end date of a followed subject — a quarantine at a gate, a health watch — is the same Update for both
// (workflows/end-change.ts), audited the same way: the dates before and after and the reason, held before the update is
// sent and kept only once the workflow took it (audit/audited-update.ts). Each route names its own action and target
// and translates refusals in its own words (a quarantine over, a watch over).
import type { Request } from 'express';
import { changeEndUpdate } from '#workflows/end-change';
import type { AppDeps } from '../app-deps';
import { sendAudited } from '../audit/audited-update';

/** One end-date change: the subject's workflow and audit target, its end before, and what the reader asked for. */
export interface EndChange {
  action: string;
  target: { type: string; id: string | number };
  workflowId: string;
  endsBefore: string;
  endsAt: string;
  reason: string;
  by: number;
}

/** Sends `change` through the subject's workflow, audited, refusals translated by `send`; answers the new end. */
export function sendEndChange(
  deps: Pick<AppDeps, 'db' | 'logger' | 'temporal'>,
  req: Request,
  change: EndChange,
  send: <T>(update: () => Promise<T>) => Promise<T>,
): Promise<{ endsAt: string }> {
  const { action, target, workflowId, endsBefore, endsAt, reason, by } = change;
  const audited = { workflowId, action, target, summary: { before: endsBefore, after: endsAt, reason } };
  return sendAudited(deps, req, audited, (updateId) =>
    send(() => deps.temporal.workflow.getHandle(workflowId).executeUpdate(changeEndUpdate, { args: [{ endsAt, reason, by }], updateId })),
  );
}
