// The human-task block's messages as one contract: the workflow installs handlers for them, the web layer and the tests
// send them by these definitions, never by a bare name. Free of side effects, so code outside the sandbox may import it.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Decision, OpenedTask } from '#core/domain/human-task';

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
