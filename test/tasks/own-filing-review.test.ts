// Separation of duties: nobody reviews what they filed. A working-group member who nominates an enterprise for
// commendation does not find the service class's review of it among their group's work, cannot claim, decide or hand
// it on, is not emailed about it and is not offered (nor accepted) as its assignee; another member of the class works
// it. The same holds for the review of an objection to it, whose objector's mobile the nominator reads masked. A report filed on an enterprise's behalf (a call taken on the hotline) is the enterprise's, so the member who took
// the call may still work it when it reaches their group.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession, signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { listedIn, taskPath } from '../helpers/inbox-fixtures';

describe.each(testDatabases())('nobody reviews what they filed, on $name', (database) => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  const userId = async (username: string) => Number((await system.db('users').where({ username }).first('id')).id);
  const listed = (username: string, box: string, taskId: string) => listedIn(as, username, box, taskId);
  const path = taskPath;
  const openTaskOf = (submissionId: string, step: string) =>
    eventually(
      () => system.db('tasks').where({ submission_id: submissionId, step, status: 'open' }).first('id', 'workflow_id'),
      Boolean,
    ) as Promise<{ id: string; workflow_id: string }>;

  beforeAll(async () => {
    system = await startSystem(database);
  });
  afterAll(async () => {
    await system?.stop();
  });

  /** `username` nominates ent02's enterprise; the submission's id. */
  async function nominate(username: string): Promise<string> {
    const { credit_code: creditCode } = await system
      .db('users as u')
      .join('enterprises as e', 'e.id', 'u.enterprise_id')
      .where('u.username', 'ent02')
      .first('e.credit_code');
    const submissionId = randomUUID();
    const nominated = await (
      await as(username)
    ).request('POST', '/api/forms/commendation/submissions', {
      submissionId,
      data: { enterpriseCreditCode: creditCode, honour: '复工复产先进企业', deeds: '专班走访时看到的防疫做法。' },
    });
    expect(nominated.status, JSON.stringify(nominated.body)).toBe(202);
    return submissionId;
  }

  it('keeps a nominating member from claiming or deciding the review of the nomination, and lets another member', async () => {
    const submissionId = await nominate('class-coordination');
    const review = await openTaskOf(submissionId, 'review');

    // Not among the group's work to pick up; readable under "all", where the nominator follows the case.
    expect(await listed('class-coordination', 'groups', review.id)).toBe(false);
    expect(await listed('class-coordination', 'all', review.id)).toBe(true);
    const nominator = await as('class-coordination');
    const opened = await nominator.request('GET', path(review.id));
    expect(opened.status).toBe(200);
    // The page is told so: it shows why, and no claim, decision or reassignment.
    expect(opened.body.ownFiling).toBe(true);
    expect((await (await as('class-personnel')).request('GET', path(review.id))).body.ownFiling).toBe(false);

    const claim = await nominator.request('POST', path(review.id, '/claim'));
    expect(claim).toMatchObject({
      status: 403,
      body: { error: { code: 'own_submission', message: '这是您本人提交的事项，须由他人审核办理' } },
    });
    const inEnglish = await (await as('class-coordination', 'en')).request('POST', path(review.id, '/claim'));
    expect(inEnglish.body.error).toMatchObject({
      code: 'own_submission',
      message: 'You filed this submission; someone else must review it',
    });
    const decide = await nominator.request('POST', path(review.id, '/decide'), { action: 'escalate', data: { opinion: '事迹属实' } });
    expect(decide).toMatchObject({ status: 403, body: { error: { code: 'own_submission' } } });
    expect(decide.body).not.toHaveProperty('accepted');
    const handOn = await nominator.request('POST', path(review.id, '/reassign'), {
      userId: await userId('class-personnel'),
      reason: '请同事审核',
    });
    expect(handOn).toMatchObject({ status: 403, body: { error: { code: 'own_submission' } } });
    expect((await nominator.request('GET', path(review.id, '/candidates'))).status).toBe(403);
    const history = await system.client.workflow.getHandle(review.workflow_id).fetchHistory();
    expect(history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(0);
    expect(await system.db('tasks').where({ id: review.id }).first('status', 'claimed_by', 'assignee_user_id')).toEqual({
      status: 'open',
      claimed_by: null,
      assignee_user_id: null,
    });

    // The "new task" email reaches the rest of the class, not the nominator.
    const emailed = await eventually(
      async () =>
        (await system.db('outbox').where({ template: 'task-assigned', submission_id: submissionId }).pluck('to_address')) as string[],
      (to) => to.includes('class-personnel@demo.fugong.local'),
    );
    expect(emailed).not.toContain('class-coordination@demo.fugong.local');

    // HQ is not offered the nominator as its assignee, and cannot force it.
    const hq = await as('hq');
    const candidates = (await hq.request('GET', `${path(review.id, '/candidates')}?limit=500`)).body.candidates as { id: number }[];
    expect(candidates.map((c) => c.id)).not.toContain(await userId('class-coordination'));
    expect(candidates.map((c) => c.id)).toContain(await userId('class-personnel'));
    const forced = await hq.request('POST', path(review.id, '/reassign'), { userId: await userId('class-coordination'), reason: '转本人' });
    expect(forced).toMatchObject({
      status: 422,
      body: { error: { code: 'bad_assignee', details: [{ path: '/userId', message: '是该事项的提交人' }] } },
    });

    // Another member of the class finds it, claims it and decides it.
    expect(await listed('class-personnel', 'groups', review.id)).toBe(true);
    const member = await as('class-personnel');
    expect(await member.request('POST', path(review.id, '/claim'))).toMatchObject({
      status: 200,
      body: { task: { status: 'claimed', claimedBy: await userId('class-personnel') } },
    });
    const decided = await member.request('POST', path(review.id, '/decide'), { action: 'escalate', data: { opinion: '事迹属实' } });
    expect(decided).toMatchObject({ status: 200, body: { accepted: true, task: { status: 'done' } } });
  }, 120_000);

  it('shows an objector’s mobile masked to the nominator, who may not review the objection either', async () => {
    const submissionId = await nominate('class-materials');
    const decide = async (step: string, username: string, action: string) => {
      const task = await openTaskOf(submissionId, step);
      const answer = await (await as(username)).request('POST', path(task.id, '/decide'), { action, data: { opinion: '同意' } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    };
    await decide('review', 'class-personnel', 'escalate');
    await decide('hq', 'hq', 'approve');
    const notice = (await eventually(
      () => system.db('notices').where({ submission_id: submissionId, kind: 'publicity', status: 'open' }).first('id'),
      Boolean,
    )) as { id: number };
    const guest = new HttpSession(system.baseUrl);
    const headers = { 'x-forwarded-for': '198.51.100.201' };
    guest.csrfToken = (await guest.request('GET', '/api/session', undefined, { headers })).body.csrfToken;
    const lodged = await guest.request(
      'POST',
      `/api/notices/${notice.id}/objections`,
      { reason: '该企业曾隐瞒返岗人员旅居史', contact: { name: '李四', mobile: '13912345678' } },
      { headers },
    );
    expect(lodged.status, JSON.stringify(lodged.body)).toBe(202);
    const objectionReview = await openTaskOf(submissionId, 'objection-review');

    const nominator = await as('class-materials');
    const shown = await nominator.request('GET', path(objectionReview.id));
    expect(shown.status).toBe(200);
    expect(shown.body.objection.contact.mobile).toBe('139****5678');
    expect(await listed('class-materials', 'groups', objectionReview.id)).toBe(false);
    expect((await nominator.request('POST', path(objectionReview.id, '/claim'))).body.error.code).toBe('own_submission');
    // The reviewer who may handle it reads the number to call back.
    const reviewer = await (await as('class-personnel')).request('GET', path(objectionReview.id));
    expect(reviewer.body.objection.contact.mobile).toBe('13912345678');
  }, 120_000);

  it('lets the member who took a hotline call work the report when it reaches their group', async () => {
    const taker = await as('class-coordination');
    const enterpriseId = Number((await system.db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id);
    const call = await taker.request('POST', '/api/hotline', {
      callerName: '李女士',
      callerMobile: '13912340000',
      enterpriseId,
      category: 'funds',
      problem: '复工贷款迟迟未放款，工资发放困难',
    });
    expect(call.status).toBe(201);
    const filed = await taker.request('POST', `/api/hotline/${call.body.call.id}/difficulty`);
    expect(filed.status).toBe(201);
    const cadreTask = await openTaskOf(filed.body.submissionId, 'cadre');
    const escalated = await (
      await as('cadre1')
    ).request('POST', path(cadreTask.id, '/decide'), { action: 'escalate', data: { note: '需协调银行' } });
    expect(escalated.status, JSON.stringify(escalated.body)).toBe(200);

    const groupTask = await openTaskOf(filed.body.submissionId, 'group');
    expect(await eventually(() => listed('class-coordination', 'groups', groupTask.id), Boolean)).toBe(true);
    expect(await taker.request('POST', path(groupTask.id, '/claim'))).toMatchObject({
      status: 200,
      body: { task: { status: 'claimed', claimedBy: await userId('class-coordination') } },
    });
  }, 120_000);
});
