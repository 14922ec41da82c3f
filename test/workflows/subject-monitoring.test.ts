// Acceptance (issue 18): "复工人员健康观察 7 天，每天 09:00 测温" is composed by an admin from params alone — saved and
// published through the admin API — then filed by an enterprise and run on the time-skipping server: a 09:00
// check-in on each of 7 days, a missed one alerts, a high reading alerts, and the watch ends with day 7.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import { workerHealthWatch } from '../fixtures/worker-health-watch';
import type { BareApp } from '../helpers/bare-app';
import { arrival } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { startAppOnTimeSkipping, type AppOnTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;

describe('a monitoring process composed from params: 复工人员健康观察 7 天，每天 09:00 测温', () => {
  let app: BareApp;
  let skipping: TimeSkipping;
  let system: AppOnTimeSkipping;
  let admin: HttpSession;
  let enterprise: HttpSession;

  beforeAll(async () => {
    system = await startAppOnTimeSkipping(TZ);
    ({ app, skipping } = system);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('is refused at publish when a rule reads no reading of the plan or the subject names no field', async () => {
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const broken = workerHealthWatch('broken-health-watch');
    const params = broken.process.params as { subject: { nameField: string }; rules: { field: string }[] };
    params.subject.nameField = 'fullName';
    params.rules[0]!.field = 'pulse';
    const answer = await admin.request('PUT', '/api/admin/forms/broken-health-watch/draft', broken);
    expect(answer.status).toBe(422);
    expect(answer.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      '/process/params/rules/0/field',
      '/process/params/subject/nameField',
    ]);
  });

  it('runs 7 days of 09:00 check-ins, alerts a missed one and a high reading, and ends with day 7', async () => {
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const key = `health-watch-${randomUUID().slice(0, 6)}`;
    const saved = await admin.request('PUT', `/api/admin/forms/${key}/draft`, workerHealthWatch(key));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const published = await admin.request('POST', `/api/admin/forms/${key}/publish`);
    expect(published.body).toMatchObject({ key, version: 1 });

    // 08:00 Beijing time tomorrow: day 1's 09:00 check-in is still ahead.
    const { env } = skipping;
    const now = await env.currentTimeMs();
    const day1 = addDays(localDate(now, TZ), 1);
    await env.sleep(startOfLocalDay(day1, TZ) + 8 * HOUR - now);

    enterprise = new HttpSession(app.baseUrl);
    await enterprise.login('ent01', DEMO_PASSWORD);
    const data = { name: '王五', residentId: freshResidentId(), mobile: '13912345678', returnedFrom: '湖北省孝感市' };
    const filed = await enterprise.request('POST', `/api/forms/${key}/submissions`, { submissionId: randomUUID(), data });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const id: string = filed.body.submission.id;

    const subject = await arrival(() => app.db('monitoring_subjects').where({ id }).first(), 'the subject row');
    expect(subject).toMatchObject({ name: '王五', subject_kind: 'worker', status: 'active', form_key: key });
    // 7 calendar days: it ends at local 24:00 of day 7.
    expect(subject.ends_at).toBe(new Date(startOfLocalDay(addDays(day1, 7), TZ)).toISOString());
    const slots = checkInSlots(subject.started_at, subject.ends_at, ['09:00'], TZ);
    expect(slots.map((slot) => [localDate(slot, TZ), new Date(slot).toLocaleTimeString('zh-CN', { timeZone: TZ, hour12: false })])).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((d) => [addDays(day1, d), '09:00:00']),
    );

    const reading = async (slotAt: string, temperature: number) => {
      const left = Date.parse(slotAt) - (await env.currentTimeMs());
      if (left > 0) await env.sleep(left);
      await arrival(
        () => app.db('monitoring_checkins').where({ subject_id: id, slot_at: slotAt, status: 'open' }).first(),
        `slot ${slotAt}`,
      );
      return enterprise.request('POST', `/api/monitoring/subjects/${id}/check-ins`, { values: { temperature } });
    };
    // Day 1 normal; a typo is refused at its field before it reaches the record.
    const typo = await reading(slots[0]!, 48);
    expect(typo.status).toBe(422);
    expect(typo.body.error.details).toEqual([{ path: '/values/temperature', message: '应在 34 到 43 之间' }]);
    expect(
      (await enterprise.request('POST', `/api/monitoring/subjects/${id}/check-ins`, { values: { temperature: 36.5 } })).body.checkIn,
    ).toEqual({
      slotAt: slots[0],
      alert: false,
      fired: [],
    });
    // Day 2 nobody records: at 11:00 it is missed and alerts.
    await env.sleep(Date.parse(slots[1]!) + 2 * HOUR + 60_000 - (await env.currentTimeMs()));
    await arrival(
      () => app.db('monitoring_checkins').where({ subject_id: id, slot_at: slots[1], status: 'missed' }).first(),
      'the missed slot',
    );
    // Day 3 high: 37.6 ℃ breaks the 37.3 rule.
    const high = await reading(slots[2]!, 37.6);
    expect(high.body.checkIn).toMatchObject({ slotAt: slots[2], alert: true, fired: [{ field: 'temperature', op: '>=', value: 37.3 }] });
    for (const slot of slots.slice(3)) expect((await reading(slot, 36.6)).body.checkIn.alert).toBe(false);

    const result = await env.client.workflow.getHandle(`submission-${id}`).result();
    expect(result).toMatchObject({ endsAt: subject.ends_at, checkIns: 6, missed: 1, alerts: 2, changes: [] });
    expect(localDate(Date.parse(result.endsAt) - 1, TZ)).toBe(addDays(day1, 6));
    expect(Date.parse(result.endedAt)).toBeGreaterThanOrEqual(Date.parse(subject.ends_at));

    const rows = await app.db('monitoring_checkins').where({ subject_id: id }).orderBy('slot_at').select('status', 'alert');
    expect(rows.map((r) => [r.status, Boolean(r.alert)])).toEqual([
      ['done', false],
      ['missed', false],
      ['done', true],
      ['done', false],
      ['done', false],
      ['done', false],
      ['done', false],
    ]);
    const timeline = await app.db('submission_events').where({ submission_id: id }).orderBy('id').pluck('kind');
    expect(timeline.filter((kind: string) => kind.startsWith('monitoring.'))).toEqual([
      'monitoring.started',
      'monitoring.missed',
      'monitoring.alert',
      'monitoring.ended',
    ]);
    // The alerts go to the worker's enterprise (who filed) and its cadre; they name the rule, never the reading.
    const alerts = await app
      .db('outbox')
      .where({ submission_id: id, template: 'monitoring-alert' })
      .orderBy('id')
      .select('to_address', 'subject', 'text_body');
    expect(alerts.map((m) => m.to_address).sort()).toEqual([
      'cadre1@demo.fugong.local',
      'cadre1@demo.fugong.local',
      'ent01@demo.fugong.local',
      'ent01@demo.fugong.local',
    ]);
    const highAlert = alerts.find((m) => m.text_body.includes('触发预警'))!;
    expect(highAlert.subject).toBe('【复工】复工人员健康观察预警：王五');
    expect(highAlert.text_body).toContain('体温 ≥ 37.3 ℃');
    expect(alerts.every((m) => !m.text_body.includes('37.6'))).toBe(true);
    expect(alerts.some((m) => m.text_body.includes('未按时记录'))).toBe(true);
    const ended = await app.db('outbox').where({ submission_id: id, template: 'monitoring-ended' }).pluck('text_body');
    expect(ended).toHaveLength(2);
    expect(ended[0]).toContain('完成检测 6 次，漏报 1 次，预警 2 次');
    expect((await app.db('submissions').where({ id }).first('status')).status).toBe('settled');
    // The case page reads the alert on its timeline; the reading itself is health data and stays off it.
    const casePage = await enterprise.request('GET', `/api/submissions/${id}`);
    expect(casePage.body.submission.timeline.map((e: { kind: string }) => e.kind)).toContain('monitoring.alert');
    // As a value, not inside a time: a timestamp at 15:19:37.654 contains the characters "37.6" too.
    expect(JSON.stringify(casePage.body)).not.toMatch(/(?<![\d.])37\.6(?!\d)/);
    expect(JSON.stringify({ at: '2026-12-05T15:19:37.654Z', reading: 37.6 })).toMatch(/(?<![\d.])37\.6(?!\d)/);

    // The register lists the subject with its state and counts; the resident ID stays masked for the cadre.
    const cadre = new HttpSession(app.baseUrl);
    await cadre.login('cadre1', DEMO_PASSWORD);
    const register = await cadre.request('GET', `/api/monitoring/register?formKey=${key}`);
    expect(register.status).toBe(200);
    expect(register.body.definition).toMatchObject({ key, days: 7, checkInTimes: ['09:00'] });
    const row = register.body.subjects.find((s: { id: string }) => s.id === id);
    expect(row).toMatchObject({ name: '王五', status: 'ended', checkIns: 6, missed: 1, alerts: 2, endsAt: subject.ends_at });
    expect(row.data.residentId).not.toBe(data.residentId);
    expect(row.data.residentId).toMatch(/\*{8}/);
    const detail = await cadre.request('GET', `/api/monitoring/subjects/${id}`);
    expect(detail.body.subject.checkIns.map((c: { status: string }) => c.status)).toEqual(rows.map((r) => r.status));
    expect(detail.body.subject.checkIns[2].readings.temperature).not.toBe(37.6);
  });

  it('moves the end date only with a reason, keeps the earlier one on the register, and ends at the new date', async () => {
    const key = `health-watch-${randomUUID().slice(0, 6)}`;
    await admin.request('PUT', `/api/admin/forms/${key}/draft`, workerHealthWatch(key));
    await admin.request('POST', `/api/admin/forms/${key}/publish`);
    const { env } = skipping;
    const data = { name: '赵六', residentId: freshResidentId(), returnedFrom: '河南省信阳市' };
    const filed = await enterprise.request('POST', `/api/forms/${key}/submissions`, { submissionId: randomUUID(), data });
    const id: string = filed.body.submission.id;
    const subject = await arrival(() => app.db('monitoring_subjects').where({ id }).first(), 'the subject row');
    const cadre = new HttpSession(app.baseUrl);
    await cadre.login('cadre1', DEMO_PASSWORD);
    const sooner = new Date(Date.parse(subject.started_at) + 30 * HOUR).toISOString();
    const noReason = await cadre.request('POST', `/api/monitoring/subjects/${id}/end`, { endsAt: sooner, reason: '' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.details.map((d: { path: string }) => d.path)).toContain('/reason');
    // The enterprise records readings; it does not move the end.
    expect((await enterprise.request('POST', `/api/monitoring/subjects/${id}/end`, { endsAt: sooner, reason: '提前结束' })).status).toBe(
      403,
    );
    const moved = await cadre.request('POST', `/api/monitoring/subjects/${id}/end`, { endsAt: sooner, reason: '复查正常，提前结束' });
    expect(moved.body.subject).toEqual({ id, endsAt: sooner, previousEndsAt: subject.ends_at });
    const register = await cadre.request('GET', `/api/monitoring/register?formKey=${key}`);
    expect(register.body.subjects[0].endChanges).toEqual([
      expect.objectContaining({ from: subject.ends_at, to: sooner, reason: '复查正常，提前结束' }),
    ]);
    await env.sleep(Date.parse(sooner) - (await env.currentTimeMs()) + 60_000);
    const result = await env.client.workflow.getHandle(`submission-${id}`).result();
    expect(result).toMatchObject({ endsAt: sooner, changes: [expect.objectContaining({ to: sooner })] });
    expect((await app.db('monitoring_subjects').where({ id }).first('status')).status).toBe('ended');
    const timeline = await app.db('submission_events').where({ submission_id: id }).orderBy('id').pluck('kind');
    expect(timeline).toContain('monitoring.shortened');
  });
});
