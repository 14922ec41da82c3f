// Whoever hands a task on is offered only the people who could hold it, and the reassignment accepts no one else: an
// inspection body's task stays with that body's members (the levels inspect in turn), and a task of the service
// class, a cadre or HQ never goes to an inspection body's member, who could not work it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTaskRecord } from '#core/stores/task-row';
import { openTask } from '#core/stores/task-store';
import { signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { idleTaskSpec, INSPECTORS, taskPath } from '../helpers/inbox-fixtures';

describe.each(testDatabases())('reassign candidates are the people who could hold the task, on $name', (database) => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  const path = taskPath;
  const usernames = async (ids: number[]) =>
    ((await system.db('users').whereIn('id', ids).orderBy('username').pluck('username')) as string[]).map(String);
  const userId = async (username: string) => Number((await system.db('users').where({ username }).first('id')).id);
  const candidatesOf = async (taskId: string) => {
    const answer = await (await as('hq')).request('GET', `${path(taskId, '/candidates')}?limit=500`);
    expect(answer.status).toBe(200);
    return usernames((answer.body.candidates as { id: number }[]).map((c) => c.id));
  };
  const reassign = async (taskId: string, username: string) =>
    (await as('hq')).request('POST', path(taskId, '/reassign'), { userId: await userId(username), reason: '调整办理人' });
  const open = async (candidateGroupId: number | null) => {
    const taskId = `reassign-${randomUUID()}`;
    await openTask(
      system.db,
      newTaskRecord(
        idleTaskSpec(taskId, 'inspect', { 'zh-CN': '转办对象', en: 'Reassign targets' }),
        { assigneeUserId: null, candidateRole: 'special_class', candidateGroupId },
        '',
        new Date().toISOString(),
      ),
    );
    return taskId;
  };

  beforeAll(async () => {
    system = await startSystem(database);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('offers a service-class task to no inspector, and refuses to hand it to one', async () => {
    const taskId = await open(null);
    const offered = await candidatesOf(taskId);
    expect(offered).toEqual(expect.arrayContaining(['cadre1', 'class-coordination', 'class-personnel', 'hq']));
    expect(offered.filter((name) => INSPECTORS.includes(name))).toEqual([]);

    const refused = await reassign(taskId, 'inspector-town');
    expect(refused).toMatchObject({
      status: 422,
      body: {
        error: {
          code: 'bad_assignee',
          message: '检查机构成员只办理本机构的检查待办，不能接收此待办',
          details: [{ path: '/userId', message: '是检查机构成员' }],
        },
      },
    });
    expect(await system.db('tasks').where({ id: taskId }).first('assignee_user_id')).toEqual({ assignee_user_id: null });
    // Every candidate offered is accepted.
    expect((await reassign(taskId, 'class-personnel')).status).toBe(200);
    expect(await candidatesOf(taskId)).not.toContain('inspector-town');
  });

  it('keeps an inspection body’s task with the body’s members, offered or handed to one', async () => {
    const town = Number((await system.db('working_groups').where({ key: 'town-inspection' }).first('id')).id);
    const taskId = await open(town);
    expect(await candidatesOf(taskId)).toEqual(['inspector-town']);
    for (const [username, message] of [
      ['cadre1', '不是该检查机构的成员'],
      ['class-coordination', '不是该检查机构的成员'],
      ['inspector-joint', '不是该检查机构的成员'],
    ] as const)
      expect(await reassign(taskId, username)).toMatchObject({
        status: 422,
        body: { error: { code: 'bad_assignee', details: [{ path: '/userId', message }] } },
      });
    expect(await reassign(taskId, 'inspector-town')).toMatchObject({
      status: 200,
      body: { task: { assigneeUserId: await userId('inspector-town'), candidateGroupId: null } },
    });
    // Handed to its member, it is still the town team's: no one outside the team is offered it, nor accepted.
    expect(await candidatesOf(taskId)).toEqual([]);
    expect((await reassign(taskId, 'hq')).status).toBe(422);
  });
});
