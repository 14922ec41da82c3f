// What the inbox access tests share: the demo's inspection-body accounts, a task row no workflow waits on, and reading
// the inbox and a task's routes as a signed-in user.
import type { TaskSpec } from '#core/domain/human-task';
import { publicId } from '#core/domain/public-id';
import type { HttpSession } from '#scripts/kit/http-session';

/** The demo seed's inspection-body members, one per body. */
export const INSPECTORS = ['inspector-town', 'inspector-joint', 'inspector-industry-regulator'];

/**
 * A task row that no workflow waits on (no actions), offered to the service class: enough for the inbox, the task page,
 * a claim and a reassignment, which change the row only.
 */
export function idleTaskSpec(taskId: string, step: string, title: TaskSpec['title']): TaskSpec {
  return {
    taskId,
    step,
    processType: 'ladder',
    title,
    submissionId: null,
    enterpriseId: null,
    assignee: { kind: 'role', role: 'special_class' },
    priority: 0,
    dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    allowedActions: [],
    completionSchema: { type: 'object' },
    breachStatus: 'expired',
  };
}

/** A task's API path by its row id (`rest`: `/claim`, `/candidates`…). */
export const taskPath = (taskId: string, rest = '') => `/api/tasks/${publicId(taskId)}${rest}`;

/** True when `username`'s inbox tab `box` lists the task of row id `taskId` (`as` signs users in once). */
export async function listedIn(as: (username: string) => Promise<HttpSession>, username: string, box: string, taskId: string) {
  const listing = await (await as(username)).request('GET', `/api/tasks?box=${box}&limit=500`);
  return (listing.body.tasks as { id: string }[]).some((task) => task.id === publicId(taskId));
}
