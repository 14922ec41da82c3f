// Seed 004: "每天两次全方位消毒、对进出人员早晚两次测温" for the whole site, shipped as a monitoring definition
// (forms/definitions/site-epidemic-rounds.json) on the generic monitoring machinery, run on the time-skipping server:
// the subject is a site, a round at 08:00 and one at 18:00 each day; a zone left out, a fever or a round not recorded
// alerts the enterprise and its cadre.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import type { BareApp } from '../helpers/bare-app';
import { arrival } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { startAppOnTimeSkipping, type AppOnTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;
const KEY = 'site-epidemic-rounds';
const clock = (at: string) => new Date(at).toLocaleTimeString('zh-CN', { timeZone: TZ, hour12: false });

describe('site rounds (004): 每天两次全方位消毒、对进出人员早晚两次测温', () => {
  let app: BareApp;
  let skipping: TimeSkipping;
  let system: AppOnTimeSkipping;

  beforeAll(async () => {
    system = await startAppOnTimeSkipping(TZ);
    ({ app, skipping } = system);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('follows a site with a morning and an evening round each day and alerts a zone left out, a fever and a missed round', async () => {
    const { env } = skipping;
    const now = await env.currentTimeMs();
    const day1 = addDays(localDate(now, TZ), 1);
    await env.sleep(startOfLocalDay(day1, TZ) + 7 * HOUR - now);

    const enterprise = new HttpSession(app.baseUrl);
    await enterprise.login('ent01', DEMO_PASSWORD);
    const forms = await enterprise.request('GET', '/api/forms');
    expect(JSON.stringify(forms.body)).toContain('工地每日消毒和测温巡查');
    const siteName = `只有河南项目${randomUUID().slice(0, 4)}`;
    const data = { siteName, address: '中牟县大孟镇', manager: '田耿辉', mobile: '13912345678' };
    const filed = await enterprise.request('POST', `/api/forms/${KEY}/submissions`, { submissionId: randomUUID(), data });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const id: string = filed.body.submission.id;

    const subject = await arrival(() => app.db('monitoring_subjects').where({ id }).first(), 'the site');
    expect(subject).toMatchObject({ name: siteName, subject_kind: 'site', status: 'active', form_key: KEY });
    // 30 calendar days, two rounds a day: 08:00 and 18:00.
    expect(subject.ends_at).toBe(new Date(startOfLocalDay(addDays(day1, 30), TZ)).toISOString());
    const slots = checkInSlots(subject.started_at, subject.ends_at, ['08:00', '18:00'], TZ);
    expect(slots).toHaveLength(60);
    expect(slots.slice(0, 4).map((slot) => [localDate(slot, TZ), clock(slot)])).toEqual([
      [day1, '08:00:00'],
      [day1, '18:00:00'],
      [addDays(day1, 1), '08:00:00'],
      [addDays(day1, 1), '18:00:00'],
    ]);

    const round = async (slotAt: string, values: Record<string, number>) => {
      const left = Date.parse(slotAt) - (await env.currentTimeMs());
      if (left > 0) await env.sleep(left);
      await arrival(
        () => app.db('monitoring_checkins').where({ subject_id: id, slot_at: slotAt, status: 'open' }).first(),
        `round ${slotAt}`,
      );
      return enterprise.request('POST', `/api/monitoring/subjects/${id}/check-ins`, { values });
    };
    // Day 1 morning: all four zones, 120 people, no fever. A round without the fever count is refused.
    const partial = await round(slots[0]!, { zonesDisinfected: 4, peopleMeasured: 120 });
    expect(partial.status).toBe(422);
    expect(partial.body.error.details).toEqual([{ path: '/values/feverCount', message: '应在 0 到 100000 之间' }]);
    const morning = await enterprise.request('POST', `/api/monitoring/subjects/${id}/check-ins`, {
      values: { zonesDisinfected: 4, peopleMeasured: 120, feverCount: 0 },
    });
    expect(morning.body.checkIn).toEqual({ slotAt: slots[0], alert: false, fired: [] });
    // Day 1 evening: nobody records the round; two hours later it is missed.
    await env.sleep(Date.parse(slots[1]!) + 2 * HOUR + 60_000 - (await env.currentTimeMs()));
    await arrival(
      () => app.db('monitoring_checkins').where({ subject_id: id, slot_at: slots[1], status: 'missed' }).first(),
      'the missed round',
    );
    // Day 2 morning: the isolation zone left out.
    const leftOut = await round(slots[2]!, { zonesDisinfected: 3, peopleMeasured: 118, feverCount: 0 });
    expect(leftOut.body.checkIn).toMatchObject({ alert: true, fired: [{ field: 'zonesDisinfected', op: '<', value: 4 }] });
    // Day 2 evening: one person at 37.3 °C or above.
    const fever = await round(slots[3]!, { zonesDisinfected: 4, peopleMeasured: 121, feverCount: 1 });
    expect(fever.body.checkIn).toMatchObject({ alert: true, fired: [{ field: 'feverCount', op: '>=', value: 1 }] });

    // The campaign ends early for this site: the cadre moves the end with a reason; the run ends there.
    const cadre = new HttpSession(app.baseUrl);
    await cadre.login('cadre1', DEMO_PASSWORD);
    const end = new Date(startOfLocalDay(addDays(day1, 2), TZ)).toISOString();
    const moved = await cadre.request('POST', `/api/monitoring/subjects/${id}/end`, { endsAt: end, reason: '复工检查验收通过' });
    expect(moved.body.subject).toEqual({ id, endsAt: end, previousEndsAt: subject.ends_at });
    await env.sleep(Date.parse(end) - (await env.currentTimeMs()) + 60_000);
    const result = await env.client.workflow.getHandle(`submission-${id}`).result();
    expect(result).toMatchObject({ endsAt: end, checkIns: 3, missed: 1, alerts: 3 });

    const alerts = await app
      .db('outbox')
      .where({ submission_id: id, template: 'monitoring-alert' })
      .select('to_address', 'subject', 'text_body');
    expect(alerts.map((m) => m.to_address).sort()).toEqual([
      ...Array(3).fill('cadre1@demo.fugong.local'),
      ...Array(3).fill('ent01@demo.fugong.local'),
    ]);
    expect(new Set(alerts.map((m) => m.subject))).toEqual(
      new Set([`【复工】工地每日消毒和测温巡查漏报：${siteName}`, `【复工】工地每日消毒和测温巡查预警：${siteName}`]),
    );
    expect(alerts.some((m) => m.text_body.includes('已全面消毒的区域数（管理区、施工区、生活区、隔离区） < 4 个'))).toBe(true);
    expect(alerts.some((m) => m.text_body.includes('体温达到 37.3 ℃ 的人数 ≥ 1 人'))).toBe(true);
    expect(alerts.some((m) => m.text_body.includes('未按时记录'))).toBe(true);

    // The register shows the site with its rounds, for the cadre.
    const register = await cadre.request('GET', `/api/monitoring/register?formKey=${KEY}`);
    expect(register.body.definition).toMatchObject({ key: KEY, days: 30, checkInTimes: ['08:00', '18:00'] });
    expect(register.body.subjects.find((s: { id: string }) => s.id === id)).toMatchObject({
      name: siteName,
      status: 'ended',
      checkIns: 3,
      missed: 1,
      alerts: 3,
    });
  });
});
