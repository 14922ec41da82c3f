// Driving a ladder from a test as its users would: wait until a rung's task row is open (the workflow already waits on
// it by then), then decide it as a seeded user through the workflow's `decide` Update.
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import type { Decision, TaskAction } from '#core/domain/human-task';
import { decideUpdate } from '#workflows/human-task-contract';
import { eventually } from '#scripts/kit/eventually';

/** A task row as the tests use it. */
export interface TaskRow {
  id: string;
  workflow_id: string;
  due_at: string;
  [column: string]: unknown;
}

/** Task helpers over a database and a Temporal client, read when called (suites open both in their hooks). */
export function ladderTasks(database: () => Knex, client: () => Client) {
  async function openTask(submissionId: string, step: string): Promise<TaskRow> {
    const row = await eventually(
      () => database()('tasks').where({ submission_id: submissionId, step }).whereIn('status', ['open', 'claimed']).first(),
      (found) => found !== undefined,
      60_000,
    );
    if (!row) throw new Error(`no open ${step} task for ${submissionId}`);
    return row;
  }

  async function decide(
    task: { id: string; workflow_id: string },
    username: string,
    action: TaskAction,
    data: Record<string, unknown>,
  ): Promise<void> {
    const user = await database()('users').where({ username }).first('id', 'role', 'working_group_id');
    const decision: Decision = {
      taskId: task.id,
      action,
      data,
      comment: '',
      actor: { userId: user.id, role: user.role, workingGroupId: user.working_group_id ?? null },
    };
    await client()
      .workflow.getHandle(task.workflow_id)
      .executeUpdate(decideUpdate, { args: [decision] });
  }

  return { openTask, decide };
}
