// What a ladder waits for from the enterprise that reported: more information after "return", and its verdict on a
// resolution (confirm, or reopen with a reason). Updates with validators, so a reply nobody asked for is refused at once.
import { ApplicationFailure, condition, defineQuery, defineUpdate, setHandler } from '@temporalio/workflow';
import { refuseUnsealed } from './sealed-input';

/** The enterprise's answer to "return for more information". */
export interface InformationReply {
  userId: number;
  text: string;
}

/** The enterprise's verdict on a resolution. */
export interface ResolutionVerdict {
  userId: number;
  verdict: 'confirm' | 'reopen';
  reason?: string;
}

/** What the ladder is waiting on now, for the API and the submitter's page. */
export interface LadderState {
  phase: 'task' | 'returned' | 'awaiting-confirmation' | 'publicity' | 'done';
  stage: string | null;
  /** When the open rung's SLA (or the confirmation or publicity window) runs out; while returned, see pausedRemainingMs. */
  dueAt: string | null;
  pausedRemainingMs: number | null;
}

/** Update: the enterprise answers a return. */
export const replyUpdate = defineUpdate<void, [InformationReply]>('reply');
/** Update: the enterprise confirms or reopens a resolution. */
export const verdictUpdate = defineUpdate<void, [ResolutionVerdict]>('verdict');
/** Query: the ladder's current phase. */
export const ladderStateQuery = defineQuery<LadderState>('ladderState');

const state: LadderState = { phase: 'task', stage: null, dueAt: null, pausedRemainingMs: null };
let reply: InformationReply | undefined;
let verdict: ResolutionVerdict | undefined;

function refuse(type: string, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}

/** Registers the handlers; call once at the start of the workflow. */
export function installEnterpriseReplies(): void {
  setHandler(ladderStateQuery, () => ({ ...state }));
  setHandler(replyUpdate, (answer) => void (reply = answer), {
    validator: (answer) => {
      refuseUnsealed(answer, 'reply');
      if (state.phase !== 'returned' || reply) refuse('NotWaiting', 'nothing was returned to the enterprise');
      if (!answer.text?.trim()) refuse('InvalidReply', 'the reply needs text');
    },
  });
  setHandler(verdictUpdate, (answer) => void (verdict = answer), {
    validator: (answer) => {
      refuseUnsealed(answer, 'verdict');
      if (state.phase !== 'awaiting-confirmation' || verdict) refuse('NotWaiting', 'no resolution awaits confirmation');
      if (answer.verdict === 'reopen' && !answer.reason?.trim()) refuse('InvalidReply', 'reopening needs a reason');
    },
  });
}

/**
 * Sets what the ladder is waiting on. Entering "returned" or "awaiting-confirmation" forgets the last answer here, before
 * the case shows that phase: an answer that comes while the workflow is still telling the enterprise (an activity or
 * two before it waits) is kept, not wiped by the wait that follows (it used to be, and the case hung).
 */
export function setLadderState(next: Partial<LadderState>): void {
  if (next.phase === 'returned' && state.phase !== 'returned') reply = undefined;
  if (next.phase === 'awaiting-confirmation' && state.phase !== 'awaiting-confirmation') verdict = undefined;
  Object.assign(state, next);
}

/** Waits, without limit, for the enterprise's information (it may have come already). */
export async function awaitInformation(): Promise<InformationReply>;
/** Waits at most `timeoutMs` for the enterprise's information; null when the time ran out first. */
export async function awaitInformation(timeoutMs: number): Promise<InformationReply | null>;
export async function awaitInformation(timeoutMs?: number): Promise<InformationReply | null> {
  // Without a limit no timer is started, so the histories of ladders without a rework deadline replay as they ran.
  if (timeoutMs === undefined) await condition(() => reply !== undefined);
  else if (!(await condition(() => reply !== undefined, timeoutMs))) return null;
  return reply!;
}

/** Waits for the verdict until `windowMs` passes (it may have come already); silence counts as confirmation. */
export async function awaitVerdict(windowMs: number): Promise<ResolutionVerdict | null> {
  const answered = await condition(() => verdict !== undefined, windowMs);
  return answered ? verdict! : null;
}
