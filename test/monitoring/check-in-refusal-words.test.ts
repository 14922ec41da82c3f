// A health-watch check-in refused for its readings answers in the caller's language at the reading's field, as the
// rest of the API does (a finding of the security review: the workflow's English reason came back to a zh-CN caller,
// at no field). The refusal of a workflow Update is worded the same way (update-refusal.ts).
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { AppError } from '#core/errors';
import type { Locale } from '#core/domain/locale';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import { arrival } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';
import { updateRefusal } from '#web/server/monitoring/update-refusal';
import { workerHealthWatch } from '../fixtures/worker-health-watch';
import { startAppOnTimeSkipping, type AppOnTimeSkipping } from '../helpers/time-skipping';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;

describe('health-watch check-in refusals in the caller’s language', () => {
  let system: AppOnTimeSkipping;
  let id: string;
  let subject: { started_at: string; ends_at: string };
  const sessions = new Map<Locale, HttpSession>();
  const checkIn = (locale: Locale, values: Record<string, number>) =>
    sessions.get(locale)!.request('POST', `/api/monitoring/subjects/${id}/check-ins`, { values });

  beforeAll(async () => {
    system = await startAppOnTimeSkipping(TZ);
    const { app, skipping } = system;
    const admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const key = `refusal-words-${randomUUID().slice(0, 6)}`;
    expect((await admin.request('PUT', `/api/admin/forms/${key}/draft`, workerHealthWatch(key))).status).toBe(200);
    expect((await admin.request('POST', `/api/admin/forms/${key}/publish`)).status).toBe(200);
    // 08:00 Beijing time tomorrow: day 1's 09:00 check-in is open.
    const now = await skipping.env.currentTimeMs();
    await skipping.env.sleep(startOfLocalDay(addDays(localDate(now, TZ), 1), TZ) + 8 * HOUR - now);
    for (const locale of ['zh-CN', 'en'] as const) {
      const session = new HttpSession(app.baseUrl, locale);
      await session.login('ent01', DEMO_PASSWORD);
      sessions.set(locale, session);
    }
    const data = { name: '钱八', residentId: freshResidentId(), mobile: '13912345678', returnedFrom: '湖北省孝感市' };
    const filed = await sessions.get('zh-CN')!.request('POST', `/api/forms/${key}/submissions`, { submissionId: randomUUID(), data });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    id = filed.body.submission.id;
    subject = await arrival(() => app.db('monitoring_subjects').where({ id, status: 'active' }).first(), 'the subject row');
    const [slot] = checkInSlots(subject.started_at, subject.ends_at, ['09:00'], TZ);
    await arrival(() => app.db('monitoring_checkins').where({ subject_id: id, slot_at: slot, status: 'open' }).first(), 'the open slot');
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('refuses a reading out of range in Chinese for a zh-CN caller, at the reading’s field', async () => {
    const answer = await checkIn('zh-CN', { temperature: 48 });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toEqual({
      code: 'invalid_body',
      message: '提交的内容有误，请按提示修改',
      details: [{ path: '/values/temperature', message: '应在 34 到 43 之间' }],
    });
  });

  it('refuses the same reading in English for an en caller, at the same field', async () => {
    const answer = await checkIn('en', { temperature: 48 });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toEqual({
      code: 'invalid_body',
      message: 'Some fields need attention',
      details: [{ path: '/values/temperature', message: 'must be between 34 and 43' }],
    });
  });

  it('names a reading the watch does not take at its own field, and then records a good reading', async () => {
    const unknown = await checkIn('zh-CN', { temperature: 36.5, pulse: 80 });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toEqual([{ path: '/values/pulse', message: '不是本观察要记录的读数' }]);
    const recorded = await checkIn('zh-CN', { temperature: 36.5 });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body.checkIn).toMatchObject({ alert: false, fired: [] });
  });

  it('words the workflow’s “not open yet” in the caller’s language, with the opening time in the server’s zone', () => {
    const refused = new WorkflowUpdateFailedError(
      'Workflow Update failed',
      ApplicationFailure.create({ type: 'NoOpenCheckIn', message: 'the check-in opens at 2026-12-08T01:00:00.000Z', nonRetryable: true }),
    );
    const wording = (locale: Locale) => {
      try {
        updateRefusal(refused, { locale, timeZone: TZ });
      } catch (error) {
        return { message: (error as AppError).messageIn(locale), details: (error as AppError).details };
      }
    };
    expect(wording('zh-CN')).toEqual({
      message: '现在没有待记录的检测时段',
      details: [{ path: '', message: expect.stringMatching(/^本次检测 2026年12月8日 09:00 起可记录$/) }],
    });
    expect(wording('en')).toEqual({
      message: 'No check-in is open now',
      details: [{ path: '', message: expect.stringMatching(/^The check-in opens at 8 Dec 2026, 09:00$/) }],
    });
  });

  it('refuses an end-date change the workflow will not take at its field, in each caller’s language, and then takes one', async () => {
    const changeEnd = async (locale: Locale, body: Record<string, unknown>) => {
      const cadre = new HttpSession(system.app.baseUrl, locale);
      await cadre.login('cadre1', DEMO_PASSWORD);
      return cadre.request('POST', `/api/monitoring/subjects/${id}/end`, body);
    };
    const blank = await changeEnd('zh-CN', { endsAt: subject.ends_at, reason: '   ' });
    expect(blank.status).toBe(422);
    expect(blank.body.error).toEqual({
      code: 'invalid_update',
      message: '内容不符合要求',
      details: [{ path: '/reason', message: '请填写调整原因（2–500 字）' }],
    });
    const same = await changeEnd('en', { endsAt: subject.ends_at, reason: 'follow-up normal' });
    expect(same.status).toBe(422);
    expect(same.body.error).toEqual({
      code: 'invalid_update',
      message: 'The request was refused',
      details: [{ path: '/endsAt', message: 'is already the end' }],
    });
    const early = await changeEnd('zh-CN', { endsAt: new Date(Date.parse(subject.started_at) - HOUR).toISOString(), reason: '复查正常' });
    expect(early.body.error.details).toEqual([{ path: '/endsAt', message: '不能早于开始时间' }]);
    const sooner = new Date(Date.parse(subject.ends_at) - 24 * HOUR).toISOString();
    const moved = await changeEnd('zh-CN', { endsAt: sooner, reason: '复查正常，提前结束' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.subject).toMatchObject({ id, endsAt: sooner });
  });
});
