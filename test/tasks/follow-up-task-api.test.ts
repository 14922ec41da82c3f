// A liaison campaign's follow-up task through the running system: the cadre's inbox lists it with the enterprise named,
// the task page shows its row, nobody can "decide" it away, and the enterprise's designation (submitted through the API,
// filed by its own workflow) closes it and becomes the enterprise's liaison, on the enterprise's audit history.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivities } from '#activities/index';
import { addDays, localDate } from '#core/domain/working-calendar';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { eventually } from '#scripts/kit/eventually';
import { signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

describe('a liaison follow-up task in the inbox', () => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('is on the cadre’s inbox with its enterprise, cannot be decided away, and closes when the designation arrives', async () => {
    const tomorrow = addDays(localDate(Date.now(), 'Asia/Shanghai'), 1);
    const opened = await (
      await as('admin')
    ).request('POST', '/api/collections/campaigns', {
      formKey: 'liaison-designation',
      deadline: `${tomorrow}T18:00`,
    });
    expect(opened.status).toBe(202);
    // The API shows the round's id escaped; the tables keep its stored form (roundKey).
    const roundId = opened.body.round.roundKey as string;
    const ent02 = await system.db('users').where({ username: 'ent02' }).first('enterprise_id');
    await eventually(
      () => system.db('collection_reports').where({ round_id: roundId, enterprise_id: ent02.enterprise_id }).first(),
      (row) => Boolean(row),
    );
    // The deadline step, as the round's workflow runs it tomorrow: ent02's report is missed and followed up.
    await system.db('collection_reports').where({ round_id: roundId, enterprise_id: ent02.enterprise_id }).update({ status: 'missed' });
    const round = await system.db('collection_rounds').where({ id: roundId }).first('workflow_id');
    const activities = createActivities({ db: system.db, renderer: createTemplateRenderer('Asia/Shanghai'), from: 'noreply@fugong.local' });
    expect(
      await activities.openCollectionFollowUps({
        roundId,
        workflowId: round.workflow_id,
        index: 0,
        to: 'cadre',
        task: { sla: '1 working day' },
        at: new Date().toISOString(),
      }),
    ).toMatchObject({ items: 1, listTask: null });

    const cadre = await as('cadre1');
    const inbox = await cadre.request('GET', '/api/tasks?box=mine');
    const task = inbox.body.tasks.find((t: { taskKey: string }) => t.taskKey.startsWith(`${round.workflow_id}/escalate-0/`));
    const name = (await system.db('enterprises').where({ id: ent02.enterprise_id }).first('name')).name as string;
    expect(task).toMatchObject({ enterpriseId: ent02.enterprise_id, enterpriseName: name, status: 'open', allowedActions: [] });
    const path = `/api/tasks/${encodeURIComponent(task.id)}`;
    expect((await cadre.request('GET', path)).body.items).toEqual([
      expect.objectContaining({ enterpriseName: name, cadreName: expect.stringContaining('包挂干部'), status: 'open' }),
    ]);
    expect((await cadre.request('POST', `${path}/decide`, { action: 'acknowledge' })).status).toBe(422);
    // Nothing waits on a cadre's follow-up in a workflow: reassigning it moves the row (HQ hands it over and back).
    const hq = await as('hq');
    const cadreIds = Object.fromEntries(
      (await system.db('users').whereIn('username', ['cadre1', 'cadre2']).select('username', 'id')).map((u) => [u.username, u.id]),
    );
    for (const username of ['cadre2', 'cadre1']) {
      const moved = await hq.request('POST', `${path}/reassign`, { userId: cadreIds[username], reason: '按包挂调整' });
      expect(moved.status).toBe(200);
      expect((await system.db('tasks').where({ id: task.taskKey }).first('assignee_user_id')).assignee_user_id).toBe(cadreIds[username]);
    }

    const designation = await (
      await as('ent02')
    ).request('POST', '/api/forms/liaison-designation/submissions', {
      submissionId: randomUUID(),
      data: { liaisonName: '赵六', mobile: '13600136000', email: 'zhaoliu@example.com' },
    });
    expect(designation.status).toBe(202);
    const closed = await eventually(
      async () => (await cadre.request('GET', path)).body,
      (body) => body.task.status === 'done',
    );
    expect(closed.task).toMatchObject({
      closeReason: 'report-received',
      outcome: { kind: 'closed', note: { 'zh-CN': '已收到工作联络员指定，自动办结' } },
    });
    expect(closed.items).toEqual([expect.objectContaining({ status: 'closed', closeReason: 'report-received' })]);

    const admin = await as('admin');
    expect((await admin.request('GET', `/api/enterprises/${ent02.enterprise_id}`)).body.enterprise).toMatchObject({
      liaisonName: '赵六',
      liaisonMobile: '13600136000',
      liaisonEmail: 'zhaoliu@example.com',
    });
    const history = await admin.request(
      'GET',
      `/api/audit?targetType=enterprise&targetId=${ent02.enterprise_id}&action=enterprise.liaison`,
    );
    expect(history.body.entries[0]).toMatchObject({ actor: { username: 'ent02' }, summary: { after: { liaison_name: '赵六' } } });
    await system.client.workflow.getHandle(round.workflow_id).terminate('test over');
  });
});
