// The ladder's optional publicity stage: after final approval the case is shown on the public bulletin for a window of
// working days; anyone (signed in or not) may lodge an objection with a reason. An objection opens a review task for
// the rung the params name: "uphold" ends the window and sends the case back to that rung; "dismiss" reopens the window
// for the time it still had when the objection came (its end moves later by the review's length, so the public gets
// the whole window), and the notice's text is written again with the moved end, saying an objection was reviewed
// (patch `publicity-notice-restated`). While a review is open the window is paused and further objections are refused,
// and the notice's text says so instead of inviting objections (patch `publicity-notice-paused`). Workflows that
// started before the review task existed send the case back at once, as they did (patch `objection-review-task`).
// Objections arrive as an Update whose validator refuses them outside the window.
import { ApplicationFailure, condition, defineQuery, defineUpdate, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { NoticeInput } from '#activities/notice-activities';
import type { TaskAssignee } from '#core/domain/human-task';
import type { LocalizedText } from '#core/domain/locale';
import type { ProcessStartInput } from '#core/domain/process-start';
import { DB_WRITE } from './activity-profiles';
import { refuseUnsealed } from './sealed-input';
import { setLadderState } from './enterprise-replies';
import { humanTask } from './human-task';

/** Parameters of the publicity stage (the `publicity` entry of a ladder's params). */
export interface PublicityParams {
  /** Length of the window, in working days over the admin-edited calendar. */
  workingDays: number;
  /** The rung that reviews an objection, and that an upheld objection sends the case back to. */
  onObjection: string;
  /** Template of the text shown on the bulletin during the window. */
  noticeTemplate: string;
}

/** An objection lodged during publicity; `userId` is null for a visitor of the public bulletin. The contact stays in the
 * database (`objectionId`), out of workflow history; histories from before it was stored carry no id. */
export interface Objection {
  userId: number | null;
  reason: string;
  objectionId?: number;
}

/** Who reviews an objection: the actor, SLA and title of the rung the params name. */
export interface ObjectionReviewer {
  assignee: TaskAssignee;
  sla: string;
  title: LocalizedText;
}

/** Whether a publicity window is open, and until when; `reviewing` while an objection is being reviewed. */
export interface PublicityState {
  open: boolean;
  noticeId: number | null;
  closesAt: string | null;
  reviewing?: boolean;
}

/** Update: lodge an objection. */
export const objectUpdate = defineUpdate<void, [Objection]>('object');
/** Query: the publicity window. */
export const publicityStateQuery = defineQuery<PublicityState>('publicityState');

/** Step name of the task that reviews an objection. */
export const OBJECTION_REVIEW_STEP = 'objection-review';

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

/** Runs one publicity window; the objection that ended it (upheld, or not reviewed in time), or null when it closed
 * without one. */
export async function runPublicity(
  input: ProcessStartInput<{ publicity?: PublicityParams }>,
  key: string,
  data: Record<string, unknown>,
  reviewer: ObjectionReviewer,
): Promise<Objection | null> {
  const publicity = input.params.publicity!;
  let closesAt = await db.slaDeadline({ start: new Date().toISOString(), sla: `${publicity.workingDays} working days` });
  // Open for objections before the notice is written: the bulletin shows it as soon as the row exists.
  objection = undefined;
  Object.assign(state, { open: true, noticeId: null, closesAt });
  const { noticeId } = await db.openPublicity({ ...noticeInput(input, key, publicity, data), closesAt });
  state.noticeId = noticeId;
  setLadderState({ phase: 'publicity', dueAt: closesAt, pausedRemainingMs: null });
  await db.recordEvent({
    key: `${key}/opened`,
    submissionId: input.submissionId,
    kind: 'publicity.opened',
    detail: { noticeId, closesAt },
  });
  for (let round = 0; ; round += 1) {
    const remainingMs = Math.max(1, Date.parse(closesAt) - Date.now());
    const objected = await condition(() => objection !== undefined, remainingMs);
    if (objected && patched('objection-review-task')) {
      const lodged = objection!;
      // What the window still had when the objection came; a dismissal gives it back.
      const leftMs = Math.max(0, Date.parse(closesAt) - Date.now());
      const window = { key, round, noticeId, leftMs, closesAt, notice: noticeInput(input, key, publicity, data) };
      if (await upheldOnReview(input, window, lodged, reviewer)) {
        Object.assign(state, { open: false, closesAt: null, reviewing: false });
        await db.closePublicity({ key, status: 'objected' });
        return lodged;
      }
      closesAt = new Date(Date.now() + leftMs).toISOString();
      objection = undefined;
      Object.assign(state, { open: true, closesAt, reviewing: false });
      // The notice's text states its closing date: written again with the moved one, saying why it moved.
      const restated = patched('publicity-notice-restated') ? { notice: noticeInput(input, key, publicity, data) } : {};
      await db.resumePublicity({ key, closesAt, ...restated });
      setLadderState({ phase: 'publicity', stage: 'publicity', dueAt: closesAt, pausedRemainingMs: null });
      continue;
    }
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
}

/** What the notice activities render the publicity text from. */
function noticeInput(
  input: ProcessStartInput<{ publicity?: PublicityParams }>,
  key: string,
  publicity: PublicityParams,
  data: Record<string, unknown>,
): NoticeInput {
  const { submissionId, enterpriseId, formTitle } = input;
  return { key, template: publicity.noticeTemplate, submissionId, enterpriseId, formTitle, data };
}

// The decision form of a review: a dismissal says why, so the objector can be answered.
const REVIEW_FORM = { type: 'object', properties: { note: { type: 'string', title: '审核意见', maxLength: 2000 } } };

/** Pauses the window and asks the reviewing rung; true when the objection is upheld, or nobody decided in time (then
 * the case goes back to review, which is what an objection did before review tasks). */
async function upheldOnReview(
  input: ProcessStartInput<{ publicity?: PublicityParams }>,
  window: { key: string; round: number; noticeId: number; leftMs: number; closesAt: string; notice: NoticeInput },
  lodged: Objection,
  reviewer: ObjectionReviewer,
): Promise<boolean> {
  const { key, round, noticeId, leftMs } = window;
  const taskId = `${key}/objection-${round}`;
  Object.assign(state, { open: false, reviewing: true });
  // The notice's text invites objections: written again saying the publicity is paused while this one is reviewed. A
  // window reopened earlier (round > 0) was extended; the paused text does not quote the objection nor who lodged it.
  const paused = patched('publicity-notice-paused') ? { notice: { ...window.notice, closesAt: window.closesAt, extended: round > 0 } } : {};
  await db.pausePublicity({ key, objectionId: lodged.objectionId ?? null, reviewTaskId: taskId, ...paused });
  await db.recordEvent({
    key: `${taskId}/lodged`,
    submissionId: input.submissionId,
    kind: 'publicity.objection',
    detail: { noticeId, by: lodged.userId, reason: lodged.reason, objectionId: lodged.objectionId ?? null, reviewTaskId: taskId },
  });
  const dueAt = await db.slaDeadline({ start: new Date().toISOString(), sla: reviewer.sla });
  setLadderState({ phase: 'publicity', stage: OBJECTION_REVIEW_STEP, dueAt, pausedRemainingMs: leftMs });
  const outcome = await humanTask({
    taskId,
    step: OBJECTION_REVIEW_STEP,
    processType: 'ladder',
    title: {
      'zh-CN': `${input.formTitle['zh-CN']} · 公示异议审核（${reviewer.title['zh-CN']}）`,
      en: `${input.formTitle.en} · Objection review (${reviewer.title.en})`,
    },
    submissionId: input.submissionId,
    enterpriseId: input.enterpriseId,
    category: null,
    assignee: reviewer.assignee,
    priority: 1,
    dueAt,
    allowedActions: ['uphold', 'dismiss'],
    completionSchema: REVIEW_FORM,
    requiredByAction: { dismiss: ['note'] },
    breachStatus: 'expired',
    // A review not done in time upholds the objection: the case goes back to the reviewing rung.
    breach: { kind: 'closed', reason: 'objection-upheld', returnsTo: reviewer.assignee },
  });
  const decided = outcome.kind === 'decided' ? outcome : null;
  const upheld = !decided || decided.action === 'uphold';
  await db.settleObjection({ objectionId: lodged.objectionId ?? null, status: upheld ? 'upheld' : 'dismissed' });
  await db.recordEvent({
    key: `${taskId}/reviewed`,
    submissionId: input.submissionId,
    kind: upheld ? 'publicity.objection-upheld' : 'publicity.objection-dismissed',
    detail: {
      noticeId,
      by: decided?.decidedBy ?? null,
      note: decided?.data.note ?? '',
      lapsed: !decided,
      returnsTo: upheld ? input.params.publicity!.onObjection : null,
    },
  });
  return upheld;
}
