// A publicity window paused by an objection and reopened when its review dismissed it closes later than it first said
// (the first finding of the black-box review): the bulletin must state that one closing date everywhere — the notice's
// own field, its text in both languages, the list and the single notice — and say the window was extended because an
// objection was reviewed, without quoting the objection. While the review runs, the text says the publicity is paused
// (it invited objections the window no longer took), naming neither the objection nor who lodged it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import { datetimeHelper } from '#core/mail/datetime-helper';
import { arrival } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { startAppOnTimeSkipping, type AppOnTimeSkipping } from '../helpers/time-skipping';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;
const REASON = '该企业曾隐瞒返岗人员旅居史';
const closing = datetimeHelper(TZ);

type Shown = { closesAt: string; extended: boolean; status: string; content: Record<'zh-CN' | 'en', { text: string }> };

describe('a publicity window extended after an objection was reviewed (time-skipping server)', () => {
  let system: AppOnTimeSkipping;

  beforeAll(async () => {
    system = await startAppOnTimeSkipping(TZ);
  });
  afterAll(async () => {
    await system?.stop();
  });

  async function session(username?: string) {
    const signed = new HttpSession(system.app.baseUrl);
    if (username) await signed.login(username, DEMO_PASSWORD);
    else signed.csrfToken = (await signed.request('GET', '/api/session')).body.csrfToken;
    return signed;
  }

  async function decide(submissionId: string, step: string, username: string, action: string, data: Record<string, unknown>) {
    const task = await arrival<{ id: string }>(
      () => system.app.db('tasks').where({ submission_id: submissionId, step, status: 'open' }).first('id'),
      `the ${step} task`,
    );
    const answer = await (await session(username)).request('POST', `/api/tasks/${encodeURIComponent(task.id)}/decide`, { action, data });
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  }

  /** A commendation of ent01 nominated, reviewed and approved at 09:00 of the next day: its open publicity notice. */
  async function nominatedToPublicity(): Promise<{ submissionId: string; noticeId: number }> {
    const { app, skipping } = system;
    const now = await skipping.env.currentTimeMs();
    await skipping.env.sleep(startOfLocalDay(addDays(localDate(now, TZ), 1), TZ) + 9 * HOUR - now);
    const ent01 = await app
      .db('users as u')
      .join('enterprises as e', 'e.id', 'u.enterprise_id')
      .where('u.username', 'ent01')
      .first('e.credit_code');
    const submissionId = randomUUID();
    const nominated = await (
      await session('cadre1')
    ).request('POST', '/api/forms/commendation/submissions', {
      submissionId,
      data: { enterpriseCreditCode: ent01.credit_code, honour: '复工复产先进企业', deeds: '组织 800 名工人分批返岗。' },
    });
    expect(nominated.status, JSON.stringify(nominated.body)).toBe(202);
    await decide(submissionId, 'review', 'class-coordination', 'escalate', { opinion: '事迹属实' });
    await decide(submissionId, 'hq', 'hq', 'approve', { opinion: '同意' });
    const { id: noticeId } = await arrival<{ id: number }>(
      () => app.db('notices').where({ submission_id: submissionId, kind: 'publicity', status: 'open' }).first('id'),
      'the publicity notice',
    );
    return { submissionId, noticeId };
  }

  it('states the moved closing date in the notice’s text and field alike, and says why it moved', async () => {
    const { app, skipping } = system;
    const { submissionId, noticeId } = await nominatedToPublicity();
    const visitor = await session();
    const shown = async (): Promise<Shown> => (await visitor.request('GET', `/api/notices/${noticeId}`)).body.notice;
    const opened = await shown();
    expect(opened.extended).toBe(false);
    expect(opened.content['zh-CN'].text).toContain(`公示期至 ${closing(opened.closesAt, 'zh-CN')}。`);

    const lodged = await visitor.request('POST', `/api/notices/${noticeId}/objections`, {
      reason: REASON,
      contact: { name: '李四', mobile: '13912345678' },
    });
    expect(lodged.status, JSON.stringify(lodged.body)).toBe(202);
    await arrival(
      () => app.db('tasks').where({ submission_id: submissionId, step: 'objection-review', status: 'open' }).first('id'),
      'the objection review',
    );
    // The review takes a day and two hours: the window gets that time back.
    await skipping.env.sleep(26 * HOUR);
    await decide(submissionId, 'objection-review', 'class-coordination', 'dismiss', { note: '经核实，旅居史已如实申报' });
    await arrival(() => app.db('notices').where({ id: noticeId, status: 'open' }).first('id'), 'the reopened window');

    const reopened = await shown();
    expect(Date.parse(reopened.closesAt)).toBeGreaterThan(Date.parse(opened.closesAt) + 25 * HOUR);
    expect(reopened.extended).toBe(true);
    for (const locale of ['zh-CN', 'en'] as const) {
      const text = reopened.content[locale].text;
      expect(text).toContain(closing(reopened.closesAt, locale));
      expect(text).not.toContain(closing(opened.closesAt, locale));
      expect(text).not.toContain('旅居史');
    }
    expect(reopened.content['zh-CN'].text).toContain(
      `公示期间收到的异议已经审核，公示期相应顺延至 ${closing(reopened.closesAt, 'zh-CN')}。`,
    );
    expect(reopened.content.en.text).toContain(
      `An objection lodged during this notice has been reviewed, so the notice was extended: it stays open until ${closing(reopened.closesAt, 'en')}.`,
    );
    // The bulletin's list states the same notice the same way.
    const listed = (await visitor.request('GET', '/api/notices?kind=publicity')).body.notices.find(
      (n: { id: number }) => n.id === noticeId,
    );
    expect(listed).toMatchObject({ closesAt: reopened.closesAt, extended: true, content: reopened.content });
    await skipping.env.client.workflow.getHandle(`submission-${submissionId}`).terminate('test over');
  });

  it('says the publicity is paused while an objection is reviewed, instead of inviting objections, without the objector', async () => {
    const { app } = system;
    const { submissionId, noticeId } = await nominatedToPublicity();
    const visitor = await session();
    const shown = async (): Promise<Shown> => (await visitor.request('GET', `/api/notices/${noticeId}`)).body.notice;
    const listed = async () =>
      (await visitor.request('GET', '/api/notices?kind=publicity')).body.notices.find((n: { id: number }) => n.id === noticeId);
    const opened = await shown();
    const object = async (reason: string, contact: { name: string; mobile: string }) => {
      const lodged = await visitor.request('POST', `/api/notices/${noticeId}/objections`, { reason, contact });
      expect(lodged.status, JSON.stringify(lodged.body)).toBe(202);
      // The window is paused before its review task is written.
      return arrival<{ id: string }>(
        () => app.db('tasks').where({ submission_id: submissionId, step: 'objection-review', status: 'open' }).first('id'),
        'the objection review',
      );
    };
    const expectPaused = async (objector: string[]) => {
      const paused = await shown();
      expect(paused.status).toBe('under-review');
      expect(paused.content['zh-CN'].text).toContain(
        '暂停公示：公示期间收到的异议正在核查中，核查期间暂不受理新的异议。核查结束后如恢复公示，公示期相应顺延，截止时间届时在本页公布。',
      );
      expect(paused.content.en.text).toContain(
        'Publicity paused: an objection lodged during this notice is under review, and no further objection is taken meanwhile.',
      );
      // No invitation to object, and no closing date that no longer holds.
      expect(paused.content['zh-CN'].text).not.toContain('均可在本页提出');
      expect(paused.content.en.text).not.toContain('anyone may lodge an objection');
      for (const locale of ['zh-CN', 'en'] as const) expect(paused.content[locale].text).not.toContain(closing(opened.closesAt, locale));
      expect(await listed()).toMatchObject({ status: 'under-review', content: paused.content });
      // Who objected, and what they said, stay off the public bulletin.
      const bulletin = JSON.stringify((await visitor.request('GET', '/api/notices')).body);
      for (const told of objector) expect(bulletin).not.toContain(told);
    };

    await object(REASON, { name: '李四', mobile: '13912345678' });
    await expectPaused([REASON, '李四', '13912345678', '139****5678']);

    // Dismissed: the text invites objections again, until the moved end, as a reopened notice says.
    await decide(submissionId, 'objection-review', 'class-coordination', 'dismiss', { note: '经核实，旅居史已如实申报' });
    await arrival(() => app.db('notices').where({ id: noticeId, status: 'open' }).first('id'), 'the reopened window');
    const reopened = await shown();
    expect(reopened.content['zh-CN'].text).toContain(
      `公示期间收到的异议已经审核，公示期相应顺延至 ${closing(reopened.closesAt, 'zh-CN')}。公示期间，任何单位和个人对上述事项有异议的，均可在本页提出并说明理由。`,
    );
    expect(reopened.content.en.text).toContain('Until then anyone may lodge an objection on this page, with a reason.');
    expect(reopened.content['zh-CN'].text).not.toContain('暂停公示');
    expect(reopened.content.en.text).not.toContain('Publicity paused');

    // A second objection pauses it again; upheld, the notice leaves the bulletin.
    await object('该企业上月发生安全事故', { name: '赵六', mobile: '13700137000' });
    await expectPaused(['该企业上月发生安全事故', '赵六', '13700137000', '137****7000']);
    await decide(submissionId, 'objection-review', 'class-coordination', 'uphold', { note: '异议属实' });
    await arrival(() => app.db('notices').where({ id: noticeId, status: 'objected' }).first('id'), 'the objected notice');
    expect((await visitor.request('GET', `/api/notices/${noticeId}`)).status).toBe(404);
    expect(await listed()).toBeUndefined();
    await system.skipping.env.client.workflow.getHandle(`submission-${submissionId}`).terminate('test over');
  });
});
