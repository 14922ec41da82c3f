// The public bulletin over HTTP on the running system: a cadre nominates one of its own enterprises (not another's),
// the case reaches publicity, an anonymous visitor reads it and objects, and the case goes back to review once the
// objection is upheld (test/notices/objection-review.test.ts covers the review itself).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { OBJECTIONS_PER_ADDRESS } from '#web/server/notices/notice-routes';
import { decideStep, nominateToPublicity, signedIn } from './commendation-journey';

describe('public bulletin and objections (HTTP, dev server)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('files a cadre’s nomination under the enterprise it names, and refuses one it may not see', async () => {
    const cadre = await signedIn(system, 'cadre1');
    const foreign = await system
      .db('enterprises')
      .whereNotIn(
        'id',
        system
          .db('cadre_assignments')
          .where('cadre_id', system.db('users').where({ username: 'cadre1' }).select('id'))
          .select('enterprise_id'),
      )
      .first('credit_code');
    const refused = await cadre.request('POST', '/api/forms/commendation/submissions', {
      submissionId: randomUUID(),
      data: { enterpriseCreditCode: foreign.credit_code, honour: '先进企业', deeds: '积极组织复工复产工作。' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details[0].path).toBe('/data/enterpriseCreditCode');
    const missing = await cadre.request('POST', '/api/forms/commendation/submissions', {
      submissionId: randomUUID(),
      data: { honour: '先进企业', deeds: '积极组织复工复产工作。' },
    });
    expect(missing.status).toBe(422);
  });

  it('lets an anonymous visitor read the publicity and object, which returns the case to review once upheld', async () => {
    const { submissionId, noticeId } = await nominateToPublicity(system, '组织 800 名工人分批返岗，<b>零感染</b>。');
    const submission = await system.db('submissions').where({ id: submissionId }).first('enterprise_id');
    expect(submission.enterprise_id).toBe((await system.db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id);

    const visitor = new HttpSession(system.baseUrl);
    visitor.csrfToken = (await visitor.request('GET', '/api/session')).body.csrfToken;
    const list = await visitor.request('GET', '/api/notices');
    const shown = list.body.notices.find((n: { id: number }) => n.id === noticeId);
    expect(shown).toMatchObject({ kind: 'publicity', status: 'open' });
    expect(shown.content['zh-CN'].text).toContain('<b>零感染</b>');
    expect(shown).not.toHaveProperty('submissionId');

    expect((await visitor.request('POST', `/api/notices/${noticeId}/objections`, { reason: '短' })).status).toBe(422);
    expect((await visitor.request('POST', `/api/notices/${noticeId}/objections`, { reason: 'x'.repeat(1001) })).status).toBe(422);
    const contact = { name: '李四', mobile: '13912345678' };
    const lodged = await visitor.request('POST', `/api/notices/${noticeId}/objections`, { reason: '该企业曾隐瞒返岗人员旅居史', contact });
    expect(lodged.status).toBe(202);
    await decideStep(system, submissionId, 'objection-review', 'class-coordination', 'uphold', { note: '异议属实' });
    await expect
      .poll(
        () =>
          system
            .db('tasks')
            .where({ submission_id: submissionId, step: 'review' })
            .count({ n: '*' })
            .first()
            .then((row) => Number(row?.n)),
        { timeout: 30_000 },
      )
      .toBe(2);
    expect((await system.db('notices').where({ id: noticeId }).first()).status).toBe('objected');
    expect((await visitor.request('POST', `/api/notices/${noticeId}/objections`, { reason: '再提一次异议理由', contact })).status).toBe(
      409,
    );
    expect((await visitor.request('GET', '/api/notices')).body.notices.some((n: { id: number }) => n.id === noticeId)).toBe(false);
  }, 120_000);

  it('limits how many objections one address may lodge', async () => {
    const visitor = new HttpSession(system.baseUrl);
    visitor.csrfToken = (await visitor.request('GET', '/api/session')).body.csrfToken;
    const closedId = (await system.db('notices').where({ status: 'objected' }).first('id')).id;
    // An address of its own (the app trusts X-Forwarded-For from loopback): the attempts above counted against loopback.
    const headers = { 'x-forwarded-for': '203.0.113.99' };
    const body = { reason: '同一地址反复提交异议', contact: { name: '王五', mobile: '13800138000' } };
    const statuses: number[] = [];
    for (let i = 0; i <= OBJECTIONS_PER_ADDRESS + 1; i += 1) {
      statuses.push((await visitor.request('POST', `/api/notices/${closedId}/objections`, body, { headers })).status);
    }
    expect(statuses).toEqual([...Array(OBJECTIONS_PER_ADDRESS).fill(409), 429, 429]);
  });

  it('counts the addresses of one IPv6 network (/64) as one address', async () => {
    const visitor = new HttpSession(system.baseUrl);
    visitor.csrfToken = (await visitor.request('GET', '/api/session')).body.csrfToken;
    const body = { reason: '换一个地址再提交异议', contact: { name: '王五', mobile: '13800138000' } };
    // A notice that does not exist: probing counts too, and no notice's own count is spent.
    const answers = [];
    for (let i = 1; i <= OBJECTIONS_PER_ADDRESS + 2; i += 1) {
      const headers = { 'x-forwarded-for': `2001:db8:77:1::${i.toString(16)}` };
      answers.push(await visitor.request('POST', '/api/notices/987654/objections', body, { headers }));
    }
    expect(answers.map((a) => a.status)).toEqual([...Array(OBJECTIONS_PER_ADDRESS).fill(404), 429, 429]);
    expect(answers.at(-1)!.body.error).toMatchObject({ code: 'too_many_objections', message: '提交过于频繁，请稍后再试' });
    const elsewhere = await visitor.request('POST', '/api/notices/987654/objections', body, {
      headers: { 'x-forwarded-for': '2001:db8:77:2::1' },
    });
    expect(elsewhere.status).toBe(404);
  });
});
