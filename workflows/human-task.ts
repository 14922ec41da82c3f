// The one way a workflow asks a person to act: open a task (activity), wait for a validated `decide` Update or the
// SLA timer, close the task (activity). Validators refuse stale, out-of-scope or malformed decisions before they
// reach history, so the caller gets a clear error at once.
import { ApplicationFailure, condition, defineQuery, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities/index';
import {
  actorMayDecide,
  missingRequired,
  type Decision,
  type OpenedTask,
  type TaskAction,
  type TaskOutcome,
  type TaskSpec,
} from '../core/domain/human-task';
import { DB_WRITE } from './activity-profiles';
import { refuseUnsealed } from './sealed-input';

/** What the `decide` Update returns to the caller. */
export interface DecisionReceipt {
  taskId: string;
  accepted: true;
}

/** A change of assignee, sent by the web layer after it checked who may reassign. */
export interface Reassignment {
  taskId: string;
  assigneeUserId: number;
}

/** Update: decide a task. */
export const decideUpdate = defineUpdate<DecisionReceipt, [Decision]>('decide');
/** Update: point an open task at another user. */
export const reassignUpdate = defineUpdate<void, [Reassignment]>('reassign');
/** Query: the tasks this workflow is waiting on. */
export const openTasksQuery = defineQuery<OpenedTask[]>('openTasks');

interface Waiting {
  task: OpenedTask;
  spec: TaskSpec;
  decision?: Decision & { at: string };
}

const waiting = new Map<string, Waiting>();
let installed = false;
const tasks = proxyActivities<Activities>(DB_WRITE);

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
  const task = await tasks.openTask(spec);
  const entry: Waiting = { task, spec };
  waiting.set(spec.taskId, entry);
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
  await tasks.notifyTask({ taskId: spec.taskId, notice: 'overdue' });
  const outcome: TaskOutcome = { kind: 'breached', at: new Date().toISOString() };
  await tasks.closeTask({ taskId: spec.taskId, status: spec.breachStatus, outcome, decidedBy: null });
  return outcome;
}
