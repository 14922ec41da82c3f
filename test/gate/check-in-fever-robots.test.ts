// DESIGN P5: fever → alert and HQ referral. A fever found at a quarantine check-in (the twice-daily reading) reached HQ
// by the referral task and the email alert only; it now reaches the group robots that hear a quarantine start (HQ's by
// default, or those quarantineAlerts.started names), as a fever at the gate does: once per check-in and robot, the name
// masked, no temperature, no text to the worker. On the time-skipping server; the rows are then delivered by the robot
// dispatcher to the fake WeCom server on loopback, which receives each alert once.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import type { WorkflowHandle } from '@temporalio/client';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { createSecretBox } from '#core/codec/secret-box';
import type { MonitoringParams } from '#core/domain/monitoring-params';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { createRobotDispatcher } from '#core/notify/robot-dispatcher';
import { arrival } from '#scripts/kit/eventually';
import { startFakeRobotServer } from '#scripts/kit/fake-robot-server';
import { checkInUpdate } from '#workflows/monitoring-handlers';
import type { MonitoringResult } from '#workflows/monitoring-workflow';
import { GATE_PARAMS, demoGateOfficer, feverGateCheck, skipToTenTomorrow, type GateOfficer } from '../helpers/gate-quarantine';
import { openSqlite } from '../helpers/test-db';
import { startTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';
import { registerQuarantineRobots } from '../helpers/quarantine-robots';

const TZ = 'Asia/Shanghai';
const QUEUE = 'check-in-fever-robots-test';
const HQ_KEY = 'hq-fever-wecom-key-0123456789';
const CADRE_KEY = 'cadre-fever-wecom-key-0123456789';
const MOBILE = '13612345678';

describe('a fever at a quarantine check-in reaches HQ’s group robots (time-skipping server)', () => {
  let skipping: TimeSkipping;
  let db: Knex;
  let gate: GateOfficer;
  let activities: ReturnType<typeof createActivities>;
  const box = createSecretBox([{ id: 'test', secret: randomBytes(32) }], 'robot');

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    gate = await demoGateOfficer(db);
    const cadre = await db('users').where({ username: 'cadre1' }).first('id');
    await registerQuarantineRobots(db, box, {
      hq: { key: 'hq-fever', token: HQ_KEY },
      cadre: { key: 'cadre1-fever', token: CADRE_KEY, cadreUserId: cadre.id },
    });
    activities = createActivities({
      db,
      renderer: createTemplateRenderer(TZ),
      from: 'noreply@fugong.local',
      timeZone: TZ,
      robotEndpoints: { 'wecom-robot': 'http://127.0.0.1:9/cgi-bin/webhook/send' },
      publicUrl: 'http://fugong.test',
      sms: { configured: true, signName: '复工' },
    });
    skipping = await startTimeSkipping(QUEUE, activities);
  });
  afterAll(async () => {
    await skipping?.stop();
    await db?.destroy();
  });

  /** Skips to a slot's time, waits for the workflow to open it, and records a reading through the Update. */
  async function checkIn(handle: WorkflowHandle, id: string, slotAt: string, temperature: number) {
    const { env } = skipping;
    const left = Date.parse(slotAt) - (await env.currentTimeMs());
    if (left > 0) await env.sleep(left);
    await arrival(
      () => db('quarantine_checkins').where({ quarantine_id: id, slot_at: slotAt, status: 'open' }).first(),
      `slot ${slotAt} to open`,
    );
    return handle.executeUpdate(checkInUpdate, { args: [{ temperature, by: gate.id }] });
  }

  it('posts each check-in’s fever once to the start’s robots, the name masked and no temperature', { timeout: 180_000 }, async () => {
    const { env } = skipping;
    await skipToTenTomorrow(env);
    const params: MonitoringParams = { ...GATE_PARAMS, days: 1, quarantineAlerts: { started: { robots: ['hq-fever'] } } };
    const input = await feverGateCheck(db, gate, { name: '周建华', mobile: MOBILE }, { params, formVersion: 1, submitterName: '门岗' });
    const id = input.submissionId;
    const handle = await env.client.workflow.start('monitoringWorkflow', {
      taskQueue: QUEUE,
      workflowId: `submission-${id}`,
      args: [input],
    });
    const row = await arrival(() => db('quarantines').where({ id }).first(), 'the quarantine row');
    await arrival(() => db('submissions').where({ id, status: 'received' }).first(), 'the quarantine under way');
    const slots = checkInSlots(row.started_at, row.ends_at, params.checkInTimes, TZ);
    expect(slots).toHaveLength(2);
    // Both readings are fevers (the shipped rule refers each to HQ, whose task lapses unanswered here).
    expect(await checkIn(handle, id, slots[0]!, 38.2)).toEqual({ slotAt: slots[0], fever: true });
    expect(await checkIn(handle, id, slots[1]!, 37.8)).toEqual({ slotAt: slots[1], fever: true });
    const result: MonitoringResult = await handle.result();
    expect(result).toMatchObject({ outcome: 'quarantined', checkIns: 2, missed: 0 });

    const robots = await db('outbox').where({ submission_id: id, channel: 'wecom-robot' }).orderBy('id').select();
    // The start, then one fever alert per check-in, all to the robot the params name (the cadres' robot hears none).
    expect(robots.map((r) => r.to_address)).toEqual(['robot:hq-fever', 'robot:hq-fever', 'robot:hq-fever']);
    expect(robots[0].text_body).toContain('### 隔离观察开始');
    const fevers = robots.slice(1);
    for (const [i, fever] of fevers.entries()) {
      const body = String(fever.text_body);
      expect(body).toContain(`### 隔离人员测温发热 · `);
      expect(body).toMatch(/人员 周\\\*\\\* 在 .+ 时段的隔离测温登记中达到发热标准，已转指挥部处置，请核实并跟进处置。/);
      expect(body).toContain('[查看隔离登记](http://fugong.test/#/register)');
      // A group chat has many readers: no name in full, no temperature, no resident ID or mobile.
      for (const secret of ['周建华', '38.2', '37.8', String(input.data.residentId), MOBILE]) expect(body).not.toContain(secret);
      expect(body).not.toContain('隔离观察开始');
      expect(body).not.toContain('劝返');
      expect(fever.masked_text).toBe(body);
      // Each alert names its own check-in's time.
      expect(body).toContain(slotWords(slots[i]!));
    }
    expect(new Set(robots.map((r) => r.idempotency_key)).size).toBe(robots.length);
    // The worker is not texted about the fever: the start, two reminders and the release only.
    const texts = await db('outbox').where({ submission_id: id, channel: 'sms' }).pluck('text_body');
    expect(texts).toHaveLength(4);
    for (const text of texts) expect(text).not.toContain('发热标准');

    // Sent again under the same key (a retried activity), the check-in's alert is not posted twice.
    await activities.sendQuarantineChannels({
      key: `submission-${id}/${slots[0]}/fever/channels`,
      quarantineId: id,
      moment: 'fever',
      alerts: params.quarantineAlerts,
      data: { slotAt: slots[0], referred: true },
    });
    expect(await db('outbox').where({ submission_id: id, channel: 'wecom-robot' }).count({ n: '*' }).first()).toEqual({ n: 3 });

    // Delivered to the robot's webhook once each, as the group reads them.
    const fake = await startFakeRobotServer({ wecomKeys: [HQ_KEY, CADRE_KEY], dingtalk: {}, now: () => Date.now() });
    try {
      await db('outbox').where({ channel: 'wecom-robot' }).update({ next_attempt_at: new Date().toISOString() });
      const dispatcher = createRobotDispatcher({ db, box, endpoints: { 'wecom-robot': fake.wecomUrl } });
      for (let i = 0; i < 2; i++) await dispatcher.drainOnce();
      expect(fake.refused).toEqual([]);
      expect(fake.received.map((m) => m.token)).toEqual([HQ_KEY, HQ_KEY, HQ_KEY]);
      expect(fake.received.slice(1).map((m) => m.body.markdown.content)).toEqual(fevers.map((f) => f.text_body));
    } finally {
      await fake.stop();
    }
  });
});

/** A slot's local time as the robot message writes it (MM-DD HH:mm or so): its hour and minute suffice here. */
function slotWords(slotAt: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(slotAt));
}
