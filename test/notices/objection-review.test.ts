// Anonymous objections on the public bulletin (issue 16), on the running system: an objection needs a contact (name and
// mainland mobile), the bulletin shows neither (the objector is protected), the mobile is masked to everyone but the
// reviewer handling it, objections are
// limited per address and per notice, and an objection opens a review task — the case goes back to review only once
// the objection is upheld; a dismissal reopens the window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OBJECTIONS_PER_ADDRESS, OBJECTIONS_PER_NOTICE } from '#web/server/notices/notice-routes';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { decideStep, nominateToPublicity, signedIn } from './commendation-journey';
import { insertClosedPublicity } from './notice-fixture';

const MOBILE = '13912345678';
const MASKED = '139****5678';
let addressSeq = 0;

/** A visitor who is not signed in, coming from an address of its own (the app trusts X-Forwarded-For from loopback). */
async function visitor(system: RunningSystem, address = `198.51.100.${(addressSeq += 1)}`) {
  const session = new HttpSession(system.baseUrl);
  const headers = { 'x-forwarded-for': address };
  session.csrfToken = (await session.request('GET', '/api/session', undefined, { headers })).body.csrfToken;
  return {
    object: (noticeId: number, body: unknown) => session.request('POST', `/api/notices/${noticeId}/objections`, body, { headers }),
    notices: () => session.request('GET', '/api/notices', undefined, { headers }),
  };
}

describe('objections on the public bulletin (HTTP, dev server)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  const reviewCount = (submissionId: string) =>
    system
      .db('tasks')
      .where({ submission_id: submissionId, step: 'review' })
      .count({ n: '*' })
      .first()
      .then((row) => Number(row?.n));
  const noticeStatus = (noticeId: number) => async () =>
    (await system.db('notices').where({ id: noticeId }).first('status')).status as string;

  it('refuses an objection without a contact, naming the fields', async () => {
    const closedId = await insertClosedPublicity(system.db);
    const guest = await visitor(system);
    const none = await guest.object(closedId, { reason: '该企业存在欠薪问题' });
    expect(none.status).toBe(422);
    expect(none.body.error.details.map((d: { path: string }) => d.path)).toContain('/contact');
    const noName = await guest.object(closedId, { reason: '该企业存在欠薪问题', contact: { mobile: MOBILE } });
    expect(noName.status).toBe(422);
    expect(noName.body.error.details.map((d: { path: string }) => d.path)).toContain('/contact/name');
    const badMobile = await guest.object(closedId, { reason: '该企业存在欠薪问题', contact: { name: '李四', mobile: '12345678901' } });
    expect(badMobile.status).toBe(422);
    expect(badMobile.body.error.details).toEqual([{ path: '/contact/mobile', message: '应为11位中国大陆手机号码' }]);
  });

  it('opens a review task instead of sending the case back, masks the mobile, and returns the case only when upheld', async () => {
    const { submissionId, noticeId } = await nominateToPublicity(system, '组织 800 名工人分批返岗。');
    const guest = await visitor(system);
    // An objector often writes a number into the reason too: it is theirs (or someone's) to protect like the contact.
    const reason = '该企业曾隐瞒返岗人员旅居史，请拨 13700137000 核实';
    const lodged = await guest.object(noticeId, { reason, contact: { name: '李四', mobile: MOBILE } });
    expect(lodged.status, JSON.stringify(lodged.body)).toBe(202);
    expect(lodged.body.objection.status).toBe('under-review');

    type TaskRow = { id: string; candidate_role: string; allowed_actions: string } | undefined;
    const review = (await eventually<TaskRow>(
      () => system.db('tasks').where({ submission_id: submissionId, step: 'objection-review', status: 'open' }).first(),
      Boolean,
    ))!;
    expect(review).toMatchObject({ candidate_role: 'special_class' });
    expect(JSON.parse(review.allowed_actions)).toEqual(['uphold', 'dismiss']);
    expect(await eventually(noticeStatus(noticeId), (s) => s === 'under-review')).toBe('under-review');
    expect(await reviewCount(submissionId)).toBe(1);

    // The bulletin shows that an objection is under review, not who lodged it: neither the name nor the mobile.
    const page = await guest.notices();
    const shown = page.body.notices.find((n: { id: number }) => n.id === noticeId);
    expect(shown).toMatchObject({ status: 'under-review', objections: [{ status: 'under-review' }] });
    expect(shown.objections[0]).not.toHaveProperty('contact');
    for (const told of [MOBILE, MASKED, '李四']) expect(JSON.stringify(page.body)).not.toContain(told);
    // Paused: another objection waits for the review.
    const second = await (
      await visitor(system)
    ).object(noticeId, { reason: '再提一次异议理由', contact: { name: '王五', mobile: '13800138000' } });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('objection_under_review');

    // The reviewer who handles the task sees the whole mobile; HQ, who can see every task, sees it masked.
    const reviewer = await signedIn(system, 'class-coordination');
    const asReviewer = (await reviewer.request('GET', `/api/tasks/${encodeURIComponent(review.id)}`)).body;
    expect(asReviewer.objection).toMatchObject({ reason, contact: { name: '李四', mobile: MOBILE } });
    const asHq = (await (await signedIn(system, 'hq')).request('GET', `/api/tasks/${encodeURIComponent(review.id)}`)).body;
    expect(asHq.objection.contact.mobile).toBe(MASKED);
    // …and the number in the reason masked as well, as the timeline shows it, not in full beside the masked contact.
    expect(asHq.objection.reason).toBe('该企业曾隐瞒返岗人员旅居史，请拨 137****7000 核实');
    // Nor does the case's timeline carry it.
    const timeline = (await (await signedIn(system, 'hq')).request('GET', `/api/submissions/${submissionId}`)).body.submission.timeline;
    expect(JSON.stringify(timeline)).not.toContain(MOBILE);
    expect(JSON.stringify(timeline)).not.toContain('13700137000');
    expect(JSON.stringify(timeline)).toContain('该企业曾隐瞒返岗人员旅居史');
    // The commended enterprise learns that an objection was lodged, not what it says: it cannot turn on the objector.
    const own = (await (await signedIn(system, 'ent01')).request('GET', `/api/submissions/${submissionId}`)).body.submission.timeline as {
      kind: string;
      detail: Record<string, unknown>;
    }[];
    expect(own.some((event) => event.kind === 'publicity.objection')).toBe(true);
    expect(JSON.stringify(own)).not.toContain('旅居史');

    // Dismissed: the window reopens, the case stays where it was.
    const before = await system.db('notices').where({ id: noticeId }).first('closes_at');
    await decideStep(system, submissionId, 'objection-review', 'class-coordination', 'dismiss', { note: '经核实，旅居史已如实申报' });
    expect(await eventually(noticeStatus(noticeId), (s) => s === 'open')).toBe('open');
    const after = await system.db('notices').where({ id: noticeId }).first('closes_at');
    expect(Date.parse(after.closes_at)).toBeGreaterThanOrEqual(Date.parse(before.closes_at));
    expect(await reviewCount(submissionId)).toBe(1);
    const dismissed = await system.db('notice_objections').where({ notice_id: noticeId }).first('status');
    expect(dismissed.status).toBe('dismissed');

    // A new objection, upheld: now the case goes back to review.
    const third = await (
      await visitor(system)
    ).object(noticeId, { reason: '该企业上月发生安全事故', contact: { name: '赵六', mobile: '13700137000' } });
    expect(third.status, JSON.stringify(third.body)).toBe(202);
    await decideStep(system, submissionId, 'objection-review', 'class-coordination', 'uphold', { note: '异议属实' });
    expect(
      await eventually(
        () => reviewCount(submissionId),
        (n) => n === 2,
      ),
    ).toBe(2);
    expect(await eventually(noticeStatus(noticeId), (s) => s === 'objected')).toBe('objected');
    const events = await system
      .db('submission_events')
      .where({ submission_id: submissionId })
      .where('kind', 'like', 'publicity.objection%')
      .orderBy('id')
      .pluck('kind');
    expect(events).toEqual(['publicity.objection', 'publicity.objection-dismissed', 'publicity.objection', 'publicity.objection-upheld']);
  }, 180_000);

  it('answers 429 once an address has lodged its share of objections', async () => {
    const closedId = await insertClosedPublicity(system.db);
    const guest = await visitor(system, '203.0.113.7');
    const statuses: number[] = [];
    for (let i = 0; i <= OBJECTIONS_PER_ADDRESS; i += 1)
      statuses.push((await guest.object(closedId, { reason: '同一地址反复提交异议', contact: { name: '钱七', mobile: MOBILE } })).status);
    expect(statuses).toEqual([...Array(OBJECTIONS_PER_ADDRESS).fill(409), 429]);
    const refused = await guest.object(closedId, { reason: '同一地址反复提交异议', contact: { name: '钱七', mobile: MOBILE } });
    expect(refused.body.error.code).toBe('too_many_objections');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 429 once a notice has taken its share of objections, from whatever address', async () => {
    const closedId = await insertClosedPublicity(system.db);
    const statuses: number[] = [];
    for (let i = 0; i <= OBJECTIONS_PER_NOTICE; i += 1) {
      const guest = await visitor(system);
      statuses.push((await guest.object(closedId, { reason: '很多地址一起提交异议', contact: { name: '孙八', mobile: MOBILE } })).status);
    }
    expect(statuses).toEqual([...Array(OBJECTIONS_PER_NOTICE).fill(409), 429]);
  });
});
