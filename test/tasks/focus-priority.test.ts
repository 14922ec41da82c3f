// Focus enterprises (000 §II.4) have their tasks at least 优先: a task about one opens at FOCUS_ENTERPRISE_PRIORITY
// or its own priority, whichever is higher; a task about another enterprise keeps the priority its rung gave it.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmailActivities } from '#activities/email-activities';
import { createTaskActivities } from '#activities/task-activities';
import { prepareDatabase } from '#core/bootstrap';
import { FOCUS_ENTERPRISE_PRIORITY, type TaskSpec } from '#core/domain/human-task';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { testDatabases } from '../helpers/test-db';

describe.each(testDatabases())('focus enterprise priority on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let openTask: ReturnType<typeof createTaskActivities>['openTask'];
  let focus: number;
  let ordinary: number;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    const email = createEmailActivities({ db, renderer: createTemplateRenderer('Asia/Shanghai'), from: 'noreply@fugong.local' });
    ({ openTask } = createTaskActivities({ db, email }));
    const [a, b] = await db('enterprises').orderBy('id').limit(2).pluck('id');
    [focus, ordinary] = [Number(a), Number(b)];
    await db('enterprises').where({ id: focus }).update({ focus: true });
    await db('enterprises').where({ id: ordinary }).update({ focus: false });
  });
  afterAll(async () => {
    await close?.();
  });

  const spec = (id: string, enterpriseId: number, priority: number): TaskSpec => ({
    taskId: `focus-test-${database.name}-${id}/cadre`,
    step: 'cadre',
    processType: 'ladder',
    title: { 'zh-CN': '困难问题', en: 'Difficulty' },
    submissionId: null,
    enterpriseId,
    assignee: { kind: 'cadre-of-enterprise' },
    priority,
    dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    allowedActions: ['resolve', 'escalate'],
    completionSchema: { type: 'object' },
    breachStatus: 'escalated',
    silent: true,
  });
  const priorityOf = async (taskId: string) => Number((await db('tasks').where({ id: taskId }).first('priority')).priority);

  it('raises a focus enterprise’s normal task to 优先 and leaves an urgent one urgent', async () => {
    const normal = spec('normal', focus, 0);
    await openTask(normal);
    expect(await priorityOf(normal.taskId)).toBe(FOCUS_ENTERPRISE_PRIORITY);
    const urgent = spec('urgent', focus, 2);
    await openTask(urgent);
    expect(await priorityOf(urgent.taskId)).toBe(2);
  });

  it('keeps the rung’s priority for an enterprise that is not a focus enterprise', async () => {
    const normal = spec('ordinary', ordinary, 0);
    await openTask(normal);
    expect(await priorityOf(normal.taskId)).toBe(0);
  });
});
