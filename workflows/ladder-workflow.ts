// The `ladder` process type: ordered rungs, each a human task with its own actor, SLA and actions. Escalating (by
// decision, or by an SLA breach that escalates) climbs a rung; "return" pauses the rung's clock until the enterprise
// answers (by a deadline when the params set `rework`); resolve or approve settles, after the enterprise confirms when
// the params ask for it (reopen: same rung again).
import { patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import type { TaskAction, TaskAssignee, TaskBreach, TaskOutcome } from '#core/domain/human-task';
import type { LocalizedText } from '#core/domain/locale';
import type { ProcessStartInput } from '#core/domain/process-start';
import type { Role } from '#core/org/org-types';
import { DB_WRITE } from './activity-profiles';
import { awaitInformation, installEnterpriseReplies, setLadderState } from './enterprise-replies';
import { humanTask } from './human-task';
import {
  applyEffects,
  clearToResume,
  STAGE_CLEARANCE_PATCH,
  suspendClearance,
  SUSPENSION_PATCH,
  type EffectsParams,
} from './ladder-effects';
import { event, notify, overdueWatch, robotAlert, tell } from './ladder-messages';
import { installPublicity, runPublicity, type ObjectionReviewer, type PublicityParams } from './publicity-stage';
import { applyRules } from './ladder-rules';
import type { Rule } from '#forms/rules/rule-types';
import { reopened } from './resolution-confirmation';
import { awaitRework, REWORK_DEADLINE_PATCH, reworkDeadline, type ReworkParams } from './rework-deadline';

/** One rung of a ladder. */
export interface LadderStage {
  name: string;
  title: LocalizedText;
  /** The enterprise's assigned cadre, the working group its report's category maps to, a role (and group), or an inspection body. */
  actor: 'cadre-of-enterprise' | 'group-of-category' | { role: Role; workingGroupKey?: string } | { body: string };
  /** A duration ("4 hours"), "end-of-day" (local 24:00 of the day the rung starts) or "N working days". */
  sla: string;
  actions: TaskAction[];
  /** What an SLA breach does: climb, end the case as expired, or keep it open here, flagged overdue, alerting daily. */
  onBreach: 'escalate' | 'expire' | 'stay-open';
  priority?: number;
  /** This rung's own supervisor list when it stays open past its SLA; the ladder's `overdue` otherwise. */
  overdue?: LadderParams['overdue'];
  /** Group robots told (markdown, linked back) when this rung's SLA runs out and when a case is referred up to it. */
  robots?: string[];
  /** P2: a pass at this rung (escalate, or approve at the last) clears the enterprise's projects to resume. */
  clearsToResume?: boolean;
}

/** Parameters of the `ladder` process type (see forms/process-types.ts). */
export interface LadderParams {
  stages: LadderStage[];
  receiptTemplate?: string;
  settledTemplate?: string;
  /** How long the enterprise has to confirm or reopen a resolution; absent: a resolution settles at once. */
  confirmWithin?: string;
  /** Template of the emails that tell the enterprise each change (returned, resolved, escalated, rejected). */
  updateTemplate?: string;
  /** The form a decision fills, and the fields each action needs (a resolution and its outcome to resolve). */
  completion?: { schema: Record<string, unknown>; requiredByAction?: Partial<Record<TaskAction, string[]>> };
  /** After final approval: a window on the public bulletin that accepts objections (each reviewed; an upheld one returns the case to review). */
  publicity?: PublicityParams;
  /** Once settled (and past publicity): credit points, a published notice, an email. */
  effects?: EffectsParams;
  /** A yes/no field that, answered yes ("影响开复工，需紧急处理"), lifts every rung's task to at least `priority`. */
  urgent?: { field: string; priority: number };
  /** Who hears when a `stay-open` rung runs out of time, how often again, with which template (defaults below). */
  overdue?: { alert?: { role?: Role; userIds?: number[]; workingGroupKey?: string }; every?: string; template?: string };
  /** The decision table on the submitted data, evaluated once at the start (forms/rules/evaluate-rules.ts). */
  rules?: Rule[];
  /** A return for rework has this deadline, with reminders before it, and a flag and an alert past it (P2). */
  rework?: ReworkParams;
}

/** Patch: the "settled" email goes out only for a settled case; expiry tells the enterprise so (issue 19). */
export const HONEST_ENDINGS_PATCH = 'ladder-honest-endings';

/** How a ladder ended. */
export interface LadderResult {
  status: 'settled' | 'rejected' | 'expired';
  stage: string;
  action: TaskAction | null;
  decidedBy: number | null;
  data: Record<string, unknown>;
  path: { stage: string; outcome: string }[];
}

const db = proxyActivities<Activities>(DB_WRITE);

// Without a completion form in the params, a decision carries an optional note.
const NOTE_ONLY = { type: 'object', properties: { note: { type: 'string', maxLength: 2000 } } };

function assigneeOf(stage: LadderStage, category: string | null): TaskAssignee {
  if (stage.actor === 'cadre-of-enterprise') return { kind: 'cadre-of-enterprise' };
  if (stage.actor === 'group-of-category') return { kind: 'group-of-category', category };
  // An inspection body's members are the special-class accounts an admin put in that unit.
  if ('body' in stage.actor) return { kind: 'role', role: 'special_class', workingGroupKey: stage.actor.body };
  return { kind: 'role', ...stage.actor };
}

function priorityOf(input: ProcessStartInput<LadderParams>, stage: LadderStage): number {
  const { urgent } = input.params;
  const base = stage.priority ?? 0;
  return urgent && input.data[urgent.field] === true ? Math.max(base, urgent.priority) : base;
}

/** Who reviews an objection during publicity: the rung an upheld objection returns to (the first when none matches). */
function objectionReviewer(params: LadderParams): ObjectionReviewer {
  const stage = params.stages.find((s) => s.name === params.publicity?.onObjection) ?? params.stages[0]!;
  return { assignee: assigneeOf(stage, null), sla: stage.sla, title: stage.title };
}

/** Climbs the rungs until a decision settles or rejects, or the last rung runs out of time. */
export async function ladderWorkflow(submitted: ProcessStartInput<LadderParams>): Promise<LadderResult> {
  installEnterpriseReplies();
  installPublicity();
  const { workflowId } = workflowInfo();
  const { input, startIndex } = await applyRules(submitted);
  const { stages } = input.params;
  // When the case came in: the "submitted on" of every email about it.
  const receivedAt = new Date().toISOString();
  await db.markSubmission({ submissionId: input.submissionId, status: 'received', result: null });
  await notify(input, `${workflowId}/receipt`, input.params.receiptTemplate, { receivedAt: new Date().toISOString() });
  const path: LadderResult['path'] = [];
  const end = async (result: LadderResult): Promise<LadderResult> => {
    setLadderState({ phase: 'done', stage: result.stage, dueAt: null, pausedRemainingMs: null });
    await db.markSubmission({ submissionId: input.submissionId, status: result.status, result: { ...result } });
    // A rejection was told with its reason when it was decided; only a settled case gets the "settled" email.
    if (result.status === 'settled' || !patched(HONEST_ENDINGS_PATCH))
      await notify(input, `${workflowId}/settled`, input.params.settledTemplate, { receivedAt, settledAt: new Date().toISOString() });
    else if (result.status === 'expired')
      await tell(
        input,
        `${workflowId}/expired`,
        stages.find((s) => s.name === result.stage)!,
        {
          expired: true,
          receivedAt,
          expiredAt: new Date().toISOString(),
        },
      );
    return result;
  };
  // The rung a case was referred up to tells its group robots, linking to the task the next round opens there.
  const referred = (key: string, nextRound: number, to: number) =>
    robotAlert(input, key, stages[to]!, 'referral', { taskId: `${workflowId}/${nextRound}-${to}-${stages[to]!.name}` });
  let index = startIndex;
  for (let round = 0; ; round += 1) {
    const stage = stages[index]!;
    const last = index === stages.length - 1;
    const outcome = await climbRung(input, stage, `${workflowId}/${round}-${index}-${stage.name}`, stages[index + 1], receivedAt, () =>
      path.push({ stage: stage.name, outcome: 'sla-breached' }),
    );
    if (outcome.kind === 'breached') {
      path.push({ stage: stage.name, outcome: 'sla-breached' });
      await event(input, `${workflowId}/${round}/breach`, 'ladder.sla-breached', {
        stage: stage.name,
        sla: stage.sla,
        escalatesTo: stage.onBreach === 'escalate' && !last ? stages[index + 1]!.name : null,
      });
      await robotAlert(input, `${workflowId}/${round}/breach`, stage, 'breach', {
        escalatesTo: stage.onBreach === 'escalate' && !last ? stages[index + 1]!.title['zh-CN'] : null,
      });
      if (stage.onBreach === 'escalate' && !last) {
        index += 1;
        await tell(input, `${workflowId}/${round}/breach`, stages[index]!, { escalated: true, note: '' });
        await referred(`${workflowId}/${round}/breach`, round + 1, index);
        continue;
      }
      return end({ status: 'expired', stage: stage.name, action: null, decidedBy: null, data: {}, path });
    }
    path.push({ stage: stage.name, outcome: outcome.action });
    await event(input, `${workflowId}/${round}/decision`, `ladder.${outcome.action}`, {
      stage: stage.name,
      by: outcome.decidedBy,
      ...outcome.data,
      comment: outcome.comment,
    });
    // Seed 003: a pass at the rung that clears (the town/street level) is the resumption; the rungs above inspect after.
    const clears = stage.clearsToResume === true && (outcome.action === 'escalate' || outcome.action === 'approve');
    if (clears && patched(STAGE_CLEARANCE_PATCH))
      await clearToResume(input, outcome.decidedBy, bodyOf(stage), `${workflowId}/${round}/cleared`);
    if (outcome.action === 'escalate') {
      index += 1;
      const cleared = clears ? { cleared: true } : {};
      await tell(input, `${workflowId}/${round}/decision`, stages[index]!, { escalated: true, note: outcome.data.note ?? '', ...cleared });
      await referred(`${workflowId}/${round}/decision`, round + 1, index);
      continue;
    }
    const data = { ...outcome.data, comment: outcome.comment };
    if (outcome.action === 'reject') {
      // Seed 003: the joint team and the regulators inspect an enterprise back at work; their fail means the
      // requirements are no longer met (达到要求才能复工), so the clearance is suspended until a new pass clears it.
      const clearing = stages.findIndex((s) => s.clearsToResume === true);
      const suspended =
        clearing >= 0 && index > clearing && patched(SUSPENSION_PATCH)
          ? await suspendClearance(input, outcome.decidedBy, bodyOf(stage), `${workflowId}/${round}/suspended`)
          : [];
      // The email says so, and which level's pass restores it.
      const resume = suspended.length ? { suspended: true, resumeStage: stages[clearing]!.title[input.submitter.locale] } : {};
      await tell(input, `${workflowId}/${round}/decision`, stage, {
        rejected: true,
        ...resume,
        note: outcome.data.note ?? '',
        receivedAt,
        decidedAt: outcome.decidedAt,
      });
      return end({ status: 'rejected', stage: stage.name, action: 'reject', decidedBy: outcome.decidedBy, data, path });
    }
    if (
      input.params.confirmWithin &&
      input.enterpriseId !== null &&
      (await reopened(input, stage, `${workflowId}/${round}`, outcome.data, outcome.decidedBy))
    )
      continue;
    const caseData = { ...input.data, ...(input.params.effects?.credit ? { points: input.params.effects.credit.points } : {}) };
    if (input.params.publicity) {
      setLadderState({ phase: 'done', stage: 'publicity', dueAt: null, pausedRemainingMs: null });
      const objection = await runPublicity(input, `${workflowId}/${round}/publicity`, caseData, objectionReviewer(input.params));
      path.push({ stage: 'publicity', outcome: objection ? 'objected' : 'closed' });
      if (objection) {
        index = Math.max(
          0,
          stages.findIndex((s) => s.name === input.params.publicity!.onObjection),
        );
        continue;
      }
    }
    await applyEffects(input, outcome.decidedBy, caseData, bodyOf(stage));
    return end({ status: 'settled', stage: stage.name, action: outcome.action, decidedBy: outcome.decidedBy, data, path });
  }
}

/** The inspection body acting at `stage`, when it names one. */
function bodyOf(stage: LadderStage): string | null {
  return typeof stage.actor === 'object' && 'body' in stage.actor ? stage.actor.body : null;
}

/** What a breach of `stage` does, for the overdue notice: climb to the `next` rung's actor, or end the case as expired. */
function breachOf(stage: LadderStage, next: LadderStage | undefined, category: string | null): TaskBreach {
  return stage.onBreach === 'escalate' && next
    ? { kind: 'escalated', to: assigneeOf(next, category) }
    : { kind: 'closed', reason: 'case-expired' };
}

/** One rung (`next`: the one above it, none at the last): its task, paused while the enterprise owes information; the
 * final decision or the breach. */
async function climbRung(
  input: ProcessStartInput<LadderParams>,
  stage: LadderStage,
  taskBase: string,
  next: LadderStage | undefined,
  receivedAt: string,
  onOverdue: () => void,
): Promise<TaskOutcome> {
  const last = next === undefined;
  const category = typeof input.data.category === 'string' ? input.data.category : null;
  let dueAt = await db.slaDeadline({ start: new Date().toISOString(), sla: stage.sla });
  for (let attempt = 0; ; attempt += 1) {
    setLadderState({ phase: 'task', stage: stage.name, dueAt, pausedRemainingMs: null });
    const slaMs = Date.parse(dueAt) - Date.now();
    const taskId = attempt === 0 ? taskBase : `${taskBase}-${attempt}`;
    const watch = stage.onBreach === 'stay-open' ? overdueWatch(input, stage, taskId, dueAt, receivedAt, onOverdue) : undefined;
    const outcome = await humanTask(
      {
        taskId,
        step: stage.name,
        processType: 'ladder',
        title: { 'zh-CN': `${input.formTitle['zh-CN']} · ${stage.title['zh-CN']}`, en: `${input.formTitle.en} · ${stage.title.en}` },
        submissionId: input.submissionId,
        enterpriseId: input.enterpriseId,
        category,
        assignee: assigneeOf(stage, category),
        priority: priorityOf(input, stage),
        dueAt,
        // Remind a quarter of the remaining time before the deadline, at most two hours before.
        remindAt: new Date(Date.parse(dueAt) - Math.min(2 * 3600_000, slaMs / 4)).toISOString(),
        allowedActions: last ? stage.actions.filter((a) => a !== 'escalate') : stage.actions,
        completionSchema: input.params.completion?.schema ?? NOTE_ONLY,
        requiredByAction: input.params.completion?.requiredByAction,
        breachStatus: stage.onBreach === 'escalate' && !last ? 'escalated' : 'expired',
        // A rung that stays open past its SLA sends no overdue notice: the watch alerts instead.
        breach: watch ? undefined : breachOf(stage, next, category),
      },
      watch,
    );
    if (outcome.kind !== 'decided' || outcome.action !== 'return') return outcome;
    // The clock stops while the enterprise owes information and restarts with what was left.
    const remainingMs = Math.max(0, Date.parse(dueAt) - Date.parse(outcome.decidedAt));
    setLadderState({ phase: 'returned', stage: stage.name, dueAt: null, pausedRemainingMs: remainingMs });
    const reworkDueAt = input.params.rework && patched(REWORK_DEADLINE_PATCH) ? await reworkDeadline(input.params.rework) : null;
    if (reworkDueAt) setLadderState({ dueAt: reworkDueAt });
    const note = String(outcome.data.note ?? '');
    const due = reworkDueAt ? { reworkDueAt } : {};
    await db.markSubmission({ submissionId: input.submissionId, status: 'returned', result: { stage: stage.name, note, ...due } });
    await event(input, `${taskBase}/${attempt}/returned`, 'ladder.return', {
      stage: stage.name,
      by: outcome.decidedBy,
      note,
      remainingMs,
      ...due,
    });
    await tell(input, `${taskBase}/${attempt}/returned`, stage, { returned: true, note, ...due });
    const answer = reworkDueAt ? await awaitRework(input, stage, `${taskBase}/${attempt}`, reworkDueAt, note) : await awaitInformation();
    // Past the rework deadline: back in front of the same rung (flagged, its body alerted) with the time it had left.
    if (!answer) {
      await db.markSubmission({ submissionId: input.submissionId, status: 'received', result: null });
      dueAt = new Date(Date.now() + remainingMs).toISOString();
      continue;
    }
    await event(input, `${taskBase}/${attempt}/reply`, 'ladder.reply', { stage: stage.name, by: answer.userId, text: answer.text });
    await db.markSubmission({ submissionId: input.submissionId, status: 'received', result: null });
    dueAt = new Date(Date.now() + remainingMs).toISOString();
  }
}
