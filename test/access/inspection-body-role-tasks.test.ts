// A task offered to the role special_class as a whole (a commendation's "企业服务专班审核", a publicity objection's
// review) is the enterprise service class's: the members of an inspection body — special_class users too — do not
// see it in their inbox, cannot open, claim or decide it, are not emailed about it and do not read the nominee's phone
// as a possible decider. A task offered to an inspection body's own group is still theirs.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTaskRecord } from '#core/stores/task-row';
import { openTask } from '#core/stores/task-store';
import { eventually } from '#scripts/kit/eventually';
import { signedInOnce } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { idleTaskSpec, INSPECTORS, listedIn, taskPath } from '../helpers/inbox-fixtures';

const roleTask = (taskId: string) => idleTaskSpec(taskId, 'review', { 'zh-CN': '角色待办', en: 'Role task' });

const MOBILE = '13912345678';

describe('tasks offered to the whole service class are not the inspection bodies’', () => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);
  const userId = async (username: string) => Number((await system.db('users').where({ username }).first('id')).id);
  const listed = (username: string, box: string, taskId: string) => listedIn(as, username, box, taskId);
  const path = taskPath;

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('keeps a commendation’s service-class review from the inspectors, and offers it to the service class', async () => {
    const ent01 = await system
      .db('users as u')
      .join('enterprises as e', 'e.id', 'u.enterprise_id')
      .where('u.username', 'ent01')
      .first('e.credit_code');
    const submissionId = randomUUID();
    const nominated = await (
      await as('cadre1')
    ).request('POST', '/api/forms/commendation/submissions', {
      submissionId,
      data: {
        enterpriseCreditCode: ent01.credit_code,
        honour: '复工复产先进企业',
        deeds: '组织 800 名工人分批返岗。',
        contactMobile: MOBILE,
      },
    });
    expect(nominated.status, JSON.stringify(nominated.body)).toBe(202);
    const review = (await eventually(
      () => system.db('tasks').where({ submission_id: submissionId, step: 'review', status: 'open' }).first(),
      Boolean,
    )) as { id: string; candidate_role: string; candidate_group_id: number | null };
    expect(review).toMatchObject({ candidate_role: 'special_class', candidate_group_id: null });

    for (const inspector of INSPECTORS) {
      const session = await as(inspector);
      expect(await listed(inspector, 'groups', review.id)).toBe(false);
      expect(await listed(inspector, 'all', review.id)).toBe(false);
      const read = await session.request('GET', path(review.id));
      expect(read.status).toBe(404);
      expect(JSON.stringify(read.body)).not.toContain(MOBILE);
      expect((await session.request('GET', path(review.id, '/timeline'))).status).toBe(404);
      const claim = await session.request('POST', path(review.id, '/claim'));
      expect(claim.status).toBe(404);
      expect(claim.body.error).toHaveProperty('code');
      const decide = await session.request('POST', path(review.id, '/decide'), { action: 'reject', data: { opinion: '不同意' } });
      expect(decide.status).toBe(404);
      expect(decide.body).not.toHaveProperty('accepted');
      const submission = await session.request('GET', `/api/submissions/${submissionId}`);
      expect(submission.status).not.toBe(200);
      expect(JSON.stringify(submission.body)).not.toContain(MOBILE);
    }
    expect(await system.db('tasks').where({ id: review.id }).first('status', 'claimed_by')).toEqual({ status: 'open', claimed_by: null });

    // The "new task" email goes to the service class, not to the inspection bodies.
    const emailed = await eventually(
      async () =>
        (await system.db('outbox').where({ template: 'task-assigned', submission_id: submissionId }).pluck('to_address')) as string[],
      (to) => to.includes('class-coordination@demo.fugong.local'),
    );
    expect(emailed).toEqual(expect.arrayContaining(['class-personnel@demo.fugong.local', 'class-materials@demo.fugong.local']));
    expect(emailed.filter((to) => to.startsWith('inspector-'))).toEqual([]);

    // A member of a service group sees it, reads the nominee's phone as its possible decider, and may claim it.
    const member = await as('class-coordination');
    expect(await listed('class-coordination', 'groups', review.id)).toBe(true);
    const shown = await member.request('GET', path(review.id));
    expect(shown).toMatchObject({ status: 200, body: { task: { taskKey: review.id, candidateRole: 'special_class', status: 'open' } } });
    const own = await member.request('GET', `/api/submissions/${submissionId}`);
    expect(own.status).toBe(200);
    expect(own.body.submission.data.contactMobile).toBe(MOBILE);
    const claimed = await member.request('POST', path(review.id, '/claim'));
    expect(claimed).toMatchObject({
      status: 200,
      body: { task: { taskKey: review.id, status: 'claimed', claimedBy: await userId('class-coordination') } },
    });
    // Claimed, it is the claimer's to decide; an inspector still cannot reach it.
    expect((await (await as('inspector-town')).request('POST', path(review.id, '/decide'), { action: 'reject', data: {} })).status).toBe(
      404,
    );
    const decided = await member.request('POST', path(review.id, '/decide'), { action: 'escalate', data: { opinion: '事迹属实' } });
    expect(decided).toMatchObject({ status: 200, body: { accepted: true, task: { status: 'done' } } });
  }, 120_000);

  it('leaves a task offered to an inspection body’s own group with its members', async () => {
    const town = Number((await system.db('working_groups').where({ key: 'town-inspection' }).first('id')).id);
    const wholeRole = `role-wide-${randomUUID()}`;
    const ofTown = `town-only-${randomUUID()}`;
    const at = new Date().toISOString();
    await openTask(
      system.db,
      newTaskRecord(roleTask(wholeRole), { assigneeUserId: null, candidateRole: 'special_class', candidateGroupId: null }, '', at),
    );
    await openTask(
      system.db,
      newTaskRecord(roleTask(ofTown), { assigneeUserId: null, candidateRole: 'special_class', candidateGroupId: town }, '', at),
    );

    const inspector = await as('inspector-town');
    expect(await listed('inspector-town', 'groups', wholeRole)).toBe(false);
    expect((await inspector.request('POST', path(wholeRole, '/claim'))).status).toBe(404);
    expect(await listed('inspector-town', 'groups', ofTown)).toBe(true);
    expect(await inspector.request('GET', path(ofTown))).toMatchObject({
      status: 200,
      body: { task: { taskKey: ofTown, candidateGroupId: town } },
    });
    const claimed = await inspector.request('POST', path(ofTown, '/claim'));
    expect(claimed).toMatchObject({
      status: 200,
      body: { task: { taskKey: ofTown, status: 'claimed', claimedBy: await userId('inspector-town') } },
    });

    // The service class keeps the whole role's task and does not see the town team's.
    expect(await listed('class-personnel', 'groups', wholeRole)).toBe(true);
    expect(await listed('class-personnel', 'groups', ofTown)).toBe(false);
    const hq = await as('hq');
    expect((await hq.request('GET', path(wholeRole))).status).toBe(200);
    expect((await hq.request('GET', path(ofTown))).status).toBe(200);
  });
});
