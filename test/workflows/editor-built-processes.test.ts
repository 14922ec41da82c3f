// Issue 18's acceptance, second half: the daily collection and "复工人员健康观察 7 天，每天 09:00 测温" that an admin
// created from the starters and set in the parameter editor (test/browser/builder-acceptance-journey.test.ts writes
// what it published into test/fixtures/editor-built/) run on the time-skipping server: the round opens at the
// collection's opening time with the deadline the admin set, and at the reminder time only the missing are reminded;
// the monitored worker gets a 09:00 check-in on each of 7 days, a reading over the threshold alerts, and the watch ends
// after day 7. The time-skipping server has no Schedules: the round is started at its opening time as the daily
// Schedule (created from `dailyCollections`, checked here) starts it.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dailyCollections } from '#core/collection-schedules';
import { atLocalTime } from '#core/domain/collection-plan';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import { checkDefinition } from '#forms/check-definition';
import type { FormDefinition } from '#forms/form-definition';
import { syncShippedForms } from '#core/stores/forms/form-store';
import { fileReport } from '../collections/collection-harness';
import { eventually } from '#scripts/kit/eventually';
import type { BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';
import { startAppOnTimeSkipping, type AppOnTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';
import { freshResidentId } from '#scripts/kit/fresh-resident-id';

const TZ = 'Asia/Shanghai';
const HOUR = 3_600_000;

/** A definition as the browser journey published it. */
function editorBuilt(file: string): FormDefinition {
  return JSON.parse(readFileSync(new URL(`../fixtures/editor-built/${file}`, import.meta.url), 'utf8')) as FormDefinition;
}

describe('processes built in the editor, run on the time-skipping server', () => {
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

  /** Skips the server's clock to local `time` on `date`. */
  const skipTo = async (date: string, time: string) => {
    const target = atLocalTime(date, time, TZ);
    const now = await skipping.env.currentTimeMs();
    if (target > now) await skipping.env.sleep(target - now);
  };

  it('the daily collection opens its round at 08:00 with an 18:00 deadline and reminds only the missing at 17:00', async () => {
    const form = editorBuilt('daily-collection.json');
    expect(checkDefinition(form)).toEqual([]);
    await syncShippedForms(app.db, [form]);
    // What the daily Schedule is made from: the opening time and deadline the admin chose.
    expect(await dailyCollections(app.db)).toContainEqual({ formKey: form.key, opensAt: '08:00', deadline: '18:00' });

    const day = addDays(localDate(await skipping.env.currentTimeMs(), TZ), 1);
    await skipTo(day, '08:00');
    await skipping.env.client.workflow.start('collectionRoundWorkflow', {
      taskQueue: app.config.temporal.taskQueue,
      workflowId: `round-${randomUUID()}`,
      args: [{ formKey: form.key }],
    });
    const roundId = `${form.key}/${day}`;
    const expected = Number((await app.db('enterprises').count({ n: '*' }).first())!.n);
    const round = await eventually(
      () => app.db('collection_rounds').where({ id: roundId }).first(),
      (row) => Boolean(row) && Number(row.expected_count) === expected,
    );
    expect(round).toMatchObject({ status: 'open', expected_count: expected });
    // Opened at 08:00 (the workflow's clock reads a moment after the instant the server skipped to).
    const opened = Date.parse(round.opens_at) - atLocalTime(day, '08:00', TZ);
    expect(opened >= 0 && opened < 60_000, round.opens_at).toBe(true);
    expect(round.deadline_at).toBe(new Date(atLocalTime(day, '18:00', TZ)).toISOString());

    // ent01 files in the morning (stamped with the server's skipped clock, which the API's wall clock is not).
    await skipTo(day, '10:00');
    await fileReport(skipping, app.db, form, 'ent01', { workersOnSite: 86, note: '钢筋班组全部到岗' }, app.config.temporal.taskQueue);
    const reportOf = (username: string) =>
      app
        .db('collection_reports as r')
        .join('users as u', 'u.enterprise_id', 'r.enterprise_id')
        .where({ 'r.round_id': roundId, 'u.username': username })
        .first('r.status');
    expect(
      await eventually(
        () => reportOf('ent01'),
        (row) => row?.status === 'on_time',
      ),
    ).toMatchObject({ status: 'on_time' });

    const reminders = () =>
      app
        .db('outbox')
        .where({ template: 'collection-reminder' })
        .andWhere('idempotency_key', 'like', `collection/${roundId}/%`)
        .pluck('to_address');
    await skipTo(day, '16:59');
    expect(await reminders()).toEqual([]);
    await skipTo(day, '17:01');
    const sent = await eventually(reminders, (rows) => rows.length === expected - 1);
    expect(sent).toHaveLength(expected - 1);
    expect(sent).not.toContain('ent01@demo.fugong.local');
    expect(sent).toContain('ent02@demo.fugong.local');
  });

  it('复工人员健康观察: seven 09:00 check-ins, a reading over 37.3 alerts, and the watch ends after day 7', async () => {
    const form = editorBuilt('health-watch.json');
    const admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    expect((await admin.request('PUT', `/api/admin/forms/${form.key}/draft`, form)).status).toBe(200);
    expect((await admin.request('POST', `/api/admin/forms/${form.key}/publish`)).body).toMatchObject({ key: form.key, version: 1 });

    // 08:00 Beijing time on a later day: day 1's 09:00 check-in is still ahead.
    const { env } = skipping;
    const day1 = addDays(localDate(await env.currentTimeMs(), TZ), 1);
    await env.sleep(startOfLocalDay(day1, TZ) + 8 * HOUR - (await env.currentTimeMs()));
    const enterprise = new HttpSession(app.baseUrl);
    await enterprise.login('ent01', DEMO_PASSWORD);
    const data = { name: '李四', residentId: freshResidentId(), returnedFrom: '湖北省孝感市' };
    const filed = await enterprise.request('POST', `/api/forms/${form.key}/submissions`, { submissionId: randomUUID(), data });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const id: string = filed.body.submission.id;

    const subject = await eventually(
      () => app.db('monitoring_subjects').where({ id }).first(),
      (row) => Boolean(row),
    );
    expect(subject).toMatchObject({ name: '李四', status: 'active', form_key: form.key });
    const slots = checkInSlots(subject.started_at, subject.ends_at, ['09:00'], TZ);
    expect(
      slots.map((slot) => `${localDate(slot, TZ)} ${new Date(slot).toLocaleTimeString('zh-CN', { timeZone: TZ, hour12: false })}`),
    ).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => `${addDays(day1, d)} 09:00:00`));

    for (const [index, slot] of slots.entries()) {
      const left = Date.parse(slot) - (await env.currentTimeMs());
      if (left > 0) await env.sleep(left);
      await eventually(
        () => app.db('monitoring_checkins').where({ subject_id: id, slot_at: slot, status: 'open' }).first(),
        (row) => Boolean(row),
      );
      const temperature = index === 3 ? 37.8 : 36.5;
      const answer = await enterprise.request('POST', `/api/monitoring/subjects/${id}/check-ins`, { values: { temperature } });
      expect(answer.body.checkIn, JSON.stringify(answer.body)).toMatchObject({ slotAt: slot, alert: index === 3 });
    }

    const result = await env.client.workflow.getHandle(`submission-${id}`).result();
    expect(result).toMatchObject({ checkIns: 7, missed: 0, alerts: 1 });
    expect(result.endsAt).toBe(new Date(startOfLocalDay(addDays(day1, 7), TZ)).toISOString());
    expect((await app.db('monitoring_subjects').where({ id }).first('status')).status).toBe('ended');
    const alert = await app.db('outbox').where({ submission_id: id, template: 'monitoring-alert' }).select('to_address', 'text_body');
    expect(alert.map((m) => m.to_address).sort()).toEqual(['cadre1@demo.fugong.local', 'ent01@demo.fugong.local']);
    expect(alert[0]!.text_body).toContain('体温 ≥ 37.3 ℃');
    const ended = await app.db('outbox').where({ submission_id: id, template: 'monitoring-ended' }).pluck('text_body');
    expect(ended[0]).toContain('完成检测 7 次，漏报 0 次，预警 1 次');
  });
});
