// The one way a workflow asks a person to act: open a task (activity), wait for a validated `decide` Update or the
// SLA timer, close the task (activity). Validators refuse stale, out-of-scope or malformed decisions before they
// reach history, so the caller gets a clear error at once. The workflow waits on a task before its row is written, so
// a decision sent as soon as the task is listed is taken at once (the caller never retries).
import { ApplicationFailure, condition, patched, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import {
  actorMayDecide,
  missingRequired,
  type Decision,
  type OpenedTask,
  type TaskAction,
  type TaskBreach,
  type TaskOutcome,
  type TaskSpec,
} from '#core/domain/human-task';
import { DB_READ_LOCAL, DB_WRITE } from './activity-profiles';
import { decideUpdate, openTasksQuery, reassignUpdate } from './human-task-contract';
import { refuseUnsealed } from './sealed-input';

export { decideUpdate, openTasksQuery, reassignUpdate, type DecisionReceipt, type Reassignment } from './human-task-contract';

/**
 * Patch: the waiting entry is registered before the task row is written (its assignee resolved first, by a local
 * activity), so the decide Update never meets a listed task the workflow does not wait on yet (issue 20). Histories
 * without it open the row first and register after, as they ran.
 */
export const WAIT_BEFORE_OPEN_PATCH = 'human-task-waits-before-open';

interface Waiting {
  task: OpenedTask;
  spec: TaskSpec;
  decision?: Decision & { at: string };
}

const waiting = new Map<string, Waiting>();
let installed = false;
const tasks = proxyActivities<Activities>(DB_WRITE);
const lookups = proxyLocalActivities<Activities>(DB_READ_LOCAL);

function refuse(type: string, message: string): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true });
}

function install(): void {
  if (installed) return;
  installed = true;
  setHandler(openTasksQuery, () => [...waiting.values()].filter((w) => !w.decision).map((w) => w.task));
  setHandler(
    decideUpdate,
    (decision) => {
      waiting.get(decision.taskId)!.decision = { ...decision, at: new Date().toISOString() };
      return { taskId: decision.taskId, accepted: true as const };
    },
    {
      validator: (decision) => {
        refuseUnsealed(decision, 'decision');
        const entry = waiting.get(decision.taskId);
        if (!entry || entry.decision) refuse('TaskClosed', `task ${decision.taskId} is not open`);
        if (!actorMayDecide(entry.task, decision.actor))
          refuse('NotInScope', `user ${decision.actor.userId} may not decide task ${decision.taskId}`);
        if (!entry.spec.allowedActions.includes(decision.action))
          refuse('ActionNotAllowed', `"${decision.action}" is not allowed at step ${entry.spec.step}`);
        const missing = missingRequired(
          entry.spec.completionSchema,
          decision.data ?? {},
          entry.spec.requiredByAction?.[decision.action as TaskAction],
        );
        if (missing.length) refuse('InvalidCompletion', `missing ${missing.join(', ')}`);
      },
    },
  );
  setHandler(
    reassignUpdate,
    ({ taskId, assigneeUserId }) => {
      const entry = waiting.get(taskId)!;
      entry.task = { ...entry.task, assigneeUserId, candidateRole: null, candidateGroupId: null };
    },
    {
      validator: (reassignment) => {
        refuseUnsealed(reassignment, 'reassignment');
        const entry = waiting.get(reassignment.taskId);
        if (!entry || entry.decision) refuse('TaskClosed', `task ${reassignment.taskId} is not open`);
      },
    },
  );
}

/** Registers the workflow's waiting entry for `spec` and writes its row: in that order, under the patch. */
async function openWaiting(spec: TaskSpec): Promise<Waiting> {
  if (!patched(WAIT_BEFORE_OPEN_PATCH)) {
    const entry: Waiting = { task: await tasks.openTask(spec), spec };
    waiting.set(spec.taskId, entry);
    return entry;
  }
  const resolved = await lookups.resolveTaskAssignee(spec);
  const entry: Waiting = { task: { taskId: spec.taskId, ...resolved }, spec };
  waiting.set(spec.taskId, entry);
  await tasks.openTask(spec, resolved);
  return entry;
}

/** What the breach of `spec` does, as its overdue notice says: as the caller told it, or as its `breachStatus` reads. */
function breachOf(spec: TaskSpec): TaskBreach {
  return spec.breach ?? (spec.breachStatus === 'escalated' ? { kind: 'escalated' } : { kind: 'closed' });
}

/** What a task that stays open past its SLA does meanwhile: `alert(0)` at once, then `alert(n)` every `everyMs`, until decided. */
export interface OverdueWatch {
  everyMs: number;
  alert: (round: number) => Promise<void>;
}

/**
 * Opens a task and waits for its decision or its SLA; the task row is closed either way. With `overdue`, the SLA
 * does not end the task: it is flagged overdue, stays open and keeps alerting until someone decides.
 */
export async function humanTask(spec: TaskSpec, overdue?: OverdueWatch): Promise<TaskOutcome> {
  install();
  const entry = await openWaiting(spec);
  const isDecided = () => entry.decision !== undefined;
  const remindMs = spec.remindAt ? Date.parse(spec.remindAt) - Date.now() : 0;
  if (remindMs > 0 && !(await condition(isDecided, remindMs))) await tasks.notifyTask({ taskId: spec.taskId, notice: 'due-soon' });
  const decided = isDecided() || (await condition(isDecided, Math.max(1, Date.parse(spec.dueAt) - Date.now())));
  if (!decided && overdue) {
    await tasks.flagTaskOverdue({ taskId: spec.taskId, at: new Date().toISOString() });
    for (let round = 0; ; round += 1) {
      await overdue.alert(round);
      if (await condition(isDecided, overdue.everyMs)) break;
    }
  }
  // Without a watch, a decision that lands in the same activation as the SLA timer loses to it, as it always has.
  if ((decided || overdue) && entry.decision) {
    const { action, data, comment, actor, at } = entry.decision;
    const outcome: TaskOutcome = { kind: 'decided', action, data, comment, decidedBy: actor.userId, decidedAt: at };
    await tasks.closeTask({ taskId: spec.taskId, status: 'done', outcome, decidedBy: actor.userId });
    return outcome;
  }
  waiting.delete(spec.taskId);
  // What the breach does travels in the notice's input (replay does not compare activity inputs): no new command.
  await tasks.notifyTask({ taskId: spec.taskId, notice: 'overdue', breach: breachOf(spec) });
  const outcome: TaskOutcome = { kind: 'breached', at: new Date().toISOString() };
  await tasks.closeTask({ taskId: spec.taskId, status: spec.breachStatus, outcome, decidedBy: null });
  return outcome;
}
