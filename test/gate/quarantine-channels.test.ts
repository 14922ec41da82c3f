// A quarantine on the channels beside email (issue 22), on the time-skipping server: the start texts the worker and
// posts a markdown alert to the robot the definition's params name; each check-in's reminder texts the worker; a
// missed check-in alerts the team robot of the enterprise's cadre (the default); the release texts the worker its
// notice. Each once per key; the rows are then delivered by the dispatchers to fake providers on loopback.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { createSecretBox } from '#core/codec/secret-box';
import type { MonitoringParams } from '#core/domain/monitoring-params';
import { checkInSlots } from '#core/domain/quarantine-schedule';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { createRobotDispatcher } from '#core/notify/robot-dispatcher';
import { createSmsDispatcher } from '#core/notify/sms-dispatcher';
import { createAliyunSmsProvider } from '#core/notify/sms-provider';
import type { MonitoringResult } from '#workflows/monitoring-workflow';
import { startFakeRobotServer } from '#scripts/kit/fake-robot-server';
import { startFakeSmsServer } from '#scripts/kit/fake-sms-server';
import { GATE_PARAMS, demoGateOfficer, feverGateCheck, skipToTenTomorrow } from '../helpers/gate-quarantine';
import { openSqlite } from '../helpers/test-db';
import { startTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';
import { registerQuarantineRobots } from '../helpers/quarantine-robots';

const TZ = 'Asia/Shanghai';
const QUEUE = 'quarantine-channels-test';
const SHIPPED = GATE_PARAMS;
const ACCOUNT = { accessKeyId: 'LTAIchannels', accessKeySecret: 'channels-secret', signName: '复工', templateCode: 'SMS_13579' };
const HQ_KEY = 'hq-wecom-key-0123456789';
const CADRE_KEY = 'cadre-wecom-key-0123456789';
const MOBILE = '13712345678';

describe('a quarantine texts the worker and alerts the robots (time-skipping server)', () => {
  let skipping: TimeSkipping;
  let db: Knex;
  const box = createSecretBox([{ id: 'test', secret: randomBytes(32) }], 'robot');

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    const cadre = await db('users').where({ username: 'cadre1' }).first('id');
    await registerQuarantineRobots(db, box, {
      hq: { key: 'hq-class', token: HQ_KEY },
      cadre: { key: 'cadre1-team', token: CADRE_KEY, cadreUserId: cadre.id },
    });
    skipping = await startTimeSkipping(
      QUEUE,
      createActivities({
        db,
        renderer: createTemplateRenderer(TZ),
        from: 'noreply@fugong.local',
        timeZone: TZ,
        robotEndpoints: { 'wecom-robot': 'http://127.0.0.1:9/cgi-bin/webhook/send' },
        publicUrl: 'http://fugong.test',
        sms: { configured: true, signName: ACCOUNT.signName },
      }),
    );
  });
  afterAll(async () => {
    await skipping?.stop();
    await db?.destroy();
  });

  it('sends each text and alert once, and the dispatchers deliver them once each', { timeout: 180_000 }, async () => {
    const { env } = skipping;
    const gate = await demoGateOfficer(db);
    await skipToTenTomorrow(env);
    const params: MonitoringParams = { ...SHIPPED, days: 1, quarantineAlerts: { started: { robots: ['hq-class'] } } };
    const worker = { name: '李四海', mobile: MOBILE };
    const input = await feverGateCheck(db, gate, worker, { params, formVersion: 1, submitterName: '门岗' });
    const id = input.submissionId;
    const handle = await env.client.workflow.start('monitoringWorkflow', {
      taskQueue: QUEUE,
      workflowId: `submission-${id}`,
      args: [input],
    });
    // Nobody checks in: both slots of the day are missed, then the quarantine ends.
    const result: MonitoringResult = await handle.result();
    expect(result).toMatchObject({ outcome: 'quarantined', checkIns: 0, missed: 2 });
    const quarantine = await db('quarantines').where({ id }).first('started_at', 'ends_at');
    const slots = checkInSlots(quarantine.started_at, quarantine.ends_at, params.checkInTimes, TZ);
    expect(slots).toHaveLength(2);

    const rows = await db('outbox').where({ submission_id: id }).whereNot({ channel: 'email' }).orderBy('id').select();
    const texts = rows.filter((r) => r.channel === 'sms');
    expect(texts.map((r) => [r.template, r.to_address, r.status])).toEqual([
      ['quarantine-alert', `sms:${MOBILE}`, 'queued'],
      ['quarantine-alert', `sms:${MOBILE}`, 'queued'],
      ['quarantine-alert', `sms:${MOBILE}`, 'queued'],
      ['quarantine-cleared', `sms:${MOBILE}`, 'queued'],
    ]);
    expect(texts[0].text_body).toMatch(/^李四海您好：您在.+入场检查后需隔离观察至/);
    expect(texts[1].text_body).toMatch(/^李四海您好：请于.+门岗测温登记。$/);
    expect(texts[3].text_body).toMatch(/^李四海您好：您在.+的隔离观察已于.+解除/);
    for (const text of texts) expect([...String(text.text_body)].length).toBeLessThanOrEqual(66);
    // Beside each text, the same template with the name masked: what an admin reads in the outbox.
    for (const text of texts) expect(text.masked_text).toBe(String(text.text_body).replace('李四海', '李**'));
    const robots = rows.filter((r) => r.channel === 'wecom-robot');
    expect(robots.map((r) => r.to_address)).toEqual(['robot:hq-class', 'robot:cadre1-team', 'robot:cadre1-team']);
    expect(robots[0].text_body).toContain('### 隔离观察开始');
    expect(robots[1].text_body).toContain('### 隔离人员漏测');
    // A group chat has many readers: the worker's name masked, no resident ID, no mobile; a link back to the register.
    for (const robot of robots) {
      expect(robot.text_body).toContain('人员 李\\*\\* ');
      expect(robot.text_body).not.toContain('李四海');
      expect(robot.text_body).not.toContain(String(input.data.residentId));
      expect(robot.text_body).not.toContain(MOBILE);
      expect(robot.text_body).toContain('[查看隔离登记](http://fugong.test/#/register)');
      // Already masked for the group: the outbox's copy for admins is the message as the group read it.
      expect(robot.masked_text).toBe(robot.text_body);
    }
    expect(new Set(rows.map((r) => r.idempotency_key)).size).toBe(rows.length);

    // Delivery, twice over: the second pass finds nothing left.
    const clock = () => Date.now();
    const sms = await startFakeSmsServer({ ...ACCOUNT, now: clock });
    const robotFake = await startFakeRobotServer({ wecomKeys: [HQ_KEY, CADRE_KEY], dingtalk: {}, now: clock });
    try {
      await db('outbox').where({ channel: 'wecom-robot' }).update({ next_attempt_at: new Date().toISOString() });
      const smsDispatcher = createSmsDispatcher({ db, provider: createAliyunSmsProvider({ url: sms.url, ...ACCOUNT }), perMinute: 60 });
      const robotDispatcher = createRobotDispatcher({ db, box, endpoints: { 'wecom-robot': robotFake.wecomUrl } });
      for (let i = 0; i < 2; i++) {
        await smsDispatcher.drainOnce();
        await robotDispatcher.drainOnce();
      }
      expect(sms.refused).toEqual([]);
      expect(sms.received.map((m) => [m.mobile, m.text])).toEqual(texts.map((t) => [MOBILE, t.text_body]));
      expect(robotFake.refused).toEqual([]);
      expect(robotFake.received.map((m) => m.token)).toEqual([HQ_KEY, CADRE_KEY, CADRE_KEY]);
    } finally {
      await sms.stop();
      await robotFake.stop();
    }
  });
});
