// After a rung resolves a case, the enterprise confirms the resolution or reopens it with a reason, within the ladder's
// `confirmWithin`; silence confirms. Kept apart from the ladder's climb so each file stays small.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { ProcessStartInput } from '#core/domain/process-start';
import { DB_WRITE } from './activity-profiles';
import { configuredMs } from './configured-duration';
import { awaitVerdict, setLadderState } from './enterprise-replies';
import { event, tell } from './ladder-messages';
import type { LadderParams, LadderStage } from './ladder-workflow';

const db = proxyActivities<Activities>(DB_WRITE);

/** Asks the enterprise to confirm a resolution `decidedBy` decided; true when it reopens the case instead. */
export async function reopened(
  input: ProcessStartInput<LadderParams>,
  stage: LadderStage,
  key: string,
  decided: Record<string, unknown>,
  decidedBy: number | null,
): Promise<boolean> {
  const windowMs = configuredMs(input.params.confirmWithin!, 'confirmWithin');
  const confirmBy = new Date(Date.now() + windowMs).toISOString();
  setLadderState({ phase: 'awaiting-confirmation', stage: stage.name, dueAt: confirmBy, pausedRemainingMs: null });
  // The decider is kept as a settled result keeps it: the pending result names who resolved the case.
  const result = { stage: stage.name, ...decided, decidedBy, confirmBy };
  await db.markSubmission({ submissionId: input.submissionId, status: 'resolved', result });
  await tell(input, key, stage, { resolved: true, resolution: decided.resolution ?? decided.note ?? '', confirmBy });
  const verdict = await awaitVerdict(windowMs);
  await event(input, `${key}/verdict`, verdict ? `ladder.${verdict.verdict}` : 'ladder.confirm-by-silence', {
    stage: stage.name,
    by: verdict?.userId ?? null,
    reason: verdict?.reason ?? '',
  });
  if (verdict?.verdict !== 'reopen') return false;
  await db.markSubmission({ submissionId: input.submissionId, status: 'received', result: null });
  return true;
}
