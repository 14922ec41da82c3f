// The ladder's optional publicity stage: after final approval the case is shown on the public bulletin for a window of
// working days; anyone (signed in or not) may lodge an objection with a reason, which ends the window at once and
// sends the case back to review. Objections arrive as an Update whose validator refuses them outside the window.
import { ApplicationFailure, condition, defineQuery, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities/index';
import type { ProcessStartInput } from '../core/domain/process-start';
import { DB_WRITE } from './activity-profiles';
import { refuseUnsealed } from './sealed-input';
import { setLadderState } from './enterprise-replies';

/** Parameters of the publicity stage (the `publicity` entry of a ladder's params). */
export interface PublicityParams {
  /** Length of the window, in working days over the admin-edited calendar. */
  workingDays: number;
  /** The rung an objection sends the case back to. */
  onObjection: string;
  /** Template of the text shown on the bulletin during the window. */
  noticeTemplate: string;
}

/** An objection lodged during publicity; `userId` is null for a visitor of the public bulletin. */
export interface Objection {
  userId: number | null;
  reason: string;
}

/** Whether a publicity window is open, and until when. */
export interface PublicityState {
  open: boolean;
  noticeId: number | null;
  closesAt: string | null;
}

/** Update: lodge an objection. */
export const objectUpdate = defineUpdate<void, [Objection]>('object');
/** Query: the publicity window. */
export const publicityStateQuery = defineQuery<PublicityState>('publicityState');

const state: PublicityState = { open: false, noticeId: null, closesAt: null };
let objection: Objection | undefined;
const db = proxyActivities<Activities>(DB_WRITE);

function refuse(type: string, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}

/** Registers the handlers; call once at the start of the workflow. */
export function installPublicity(): void {
  setHandler(publicityStateQuery, () => ({ ...state }));
  setHandler(objectUpdate, (lodged) => void (objection = lodged), {
    validator: (lodged) => {
      refuseUnsealed(lodged, 'objection');
      if (!state.open || objection) refuse('NotWaiting', 'no publicity window is open');
      if (!lodged.reason?.trim()) refuse('InvalidObjection', 'an objection needs a reason');
    },
  });
}

/** Runs one publicity window; the objection that ended it, or null when it closed without one. */
export async function runPublicity(
  input: ProcessStartInput<{ publicity?: PublicityParams }>,
  key: string,
  data: Record<string, unknown>,
): Promise<Objection | null> {
  const publicity = input.params.publicity!;
  const closesAt = await db.slaDeadline({ start: new Date().toISOString(), sla: `${publicity.workingDays} working days` });
  // Open for objections before the notice is written: the bulletin shows it as soon as the row exists.
  objection = undefined;
  Object.assign(state, { open: true, noticeId: null, closesAt });
  const { noticeId } = await db.openPublicity({
    key,
    template: publicity.noticeTemplate,
    submissionId: input.submissionId,
    enterpriseId: input.enterpriseId,
    formTitle: input.formTitle,
    data,
    closesAt,
  });
  state.noticeId = noticeId;
  setLadderState({ phase: 'publicity', dueAt: closesAt, pausedRemainingMs: null });
  await db.recordEvent({
    key: `${key}/opened`,
    submissionId: input.submissionId,
    kind: 'publicity.opened',
    detail: { noticeId, closesAt },
  });
  const objected = await condition(() => objection !== undefined, Math.max(1, Date.parse(closesAt) - Date.now()));
  Object.assign(state, { open: false, closesAt: null });
  await db.closePublicity({ key, status: objected ? 'objected' : 'closed' });
  if (!objected) {
    await db.recordEvent({ key: `${key}/closed`, submissionId: input.submissionId, kind: 'publicity.closed', detail: { noticeId } });
    return null;
  }
  const lodged = objection!;
  await db.recordEvent({
    key: `${key}/objection`,
    submissionId: input.submissionId,
    kind: 'publicity.objection',
    detail: { noticeId, by: lodged.userId, reason: lodged.reason, returnsTo: publicity.onObjection },
  });
  return lodged;
}
