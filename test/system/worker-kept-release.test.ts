// The worker as deployed (scripts/worker.ts), started with SMS_PROVIDER_URL and WECOM_ROBOT_URL over a database holding a
// text and a robot message kept while neither was set: it sends the recent ones through the providers (fakes on
// loopback) and marks the text older than MAIL_KEPT_SEND_HOURS expired, saying so in its log.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Knex } from 'knex';
import { createSecretBox } from '#core/codec/secret-box';
import { payloadKeys } from '#core/codec/payload-keys';
import { loadConfig } from '#core/config';
import { enqueueRobotMessage } from '#core/notify/robot-outbox';
import { enqueueSms } from '#core/notify/sms-outbox';
import { findRobot, insertRobot } from '#core/stores/notify/robot-store';
import { createDb } from '#core/db';
import { until } from '#scripts/kit/eventually';
import { startFakeRobotServer } from '#scripts/kit/fake-robot-server';
import { startFakeSmsServer } from '#scripts/kit/fake-sms-server';
import { spawnScript } from '#scripts/kit/spawn-script';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';
import { openSqlite } from '../helpers/test-db';

const HOUR = 3_600_000;
const ACCOUNT = { accessKeyId: 'LTAItestkey', accessKeySecret: 'test-secret-0123456789', signName: '复工', templateCode: 'SMS_24680' };
const WECOM_KEY = `wecom-${randomBytes(8).toString('hex')}`;

/** Records a text and a robot message as a worker without their providers does, and a text from long ago. */
async function keepMessages(db: Knex): Promise<void> {
  const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();
  const text = (key: string, mobile: string, at: string) =>
    enqueueSms(db, {
      key,
      purpose: 'quarantine-cleared',
      locale: 'zh-CN',
      mobile,
      text: '赵六您好：您的隔离观察已解除。',
      deliverable: false,
      at,
    });
  await text('worker-kept/recent', '13912345678', ago(2));
  await text('worker-kept/stale', '13987654321', ago(30));
  const box = createSecretBox(payloadKeys(loadConfig({ FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS })), 'robot');
  const id = await insertRobot(
    db,
    box,
    { key: 'worker-wecom', name: '综合协调专班群', channel: 'wecom-robot', audience: 'hq', secret: { token: WECOM_KEY } },
    ago(3),
  );
  await enqueueRobotMessage(db, {
    key: 'worker-kept/robot',
    purpose: 'collection-bulletin',
    locale: 'zh-CN',
    robotKey: 'worker-wecom',
    robot: await findRobot(db, id),
    message: { title: '项目动态每日通报', markdown: '## 项目动态每日通报\n未报企业：丙公司' },
    deliverable: false,
    at: ago(3),
  });
}

describe('a worker started with the SMS gateway and a robot address', () => {
  const stops: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  it('sends the text and robot message kept of late, once, and marks the old text expired', { timeout: 180_000 }, async () => {
    const prepared = await openSqlite();
    const filename = (prepared.client.config as { connection: { filename: string } }).connection.filename;
    await keepMessages(prepared);
    await prepared.destroy();
    const sms = await startFakeSmsServer({ ...ACCOUNT, now: () => Date.now(), perMinute: 1000 });
    stops.push(() => sms.stop());
    const robots = await startFakeRobotServer({ wecomKeys: [WECOM_KEY], dingtalk: {}, now: () => Date.now() });
    stops.push(() => robots.stop());

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `sqlite:${filename}`,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: `worker-kept-${randomUUID()}`,
      PUBLIC_URL: 'https://fugong.example.gov.cn',
      FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
      LOG_LEVEL: 'info',
      SMS_PROVIDER_URL: sms.url,
      SMS_ACCESS_KEY_ID: ACCOUNT.accessKeyId,
      SMS_ACCESS_KEY_SECRET: ACCOUNT.accessKeySecret,
      SMS_SIGN_NAME: ACCOUNT.signName,
      SMS_TEMPLATE_CODE: ACCOUNT.templateCode,
      WECOM_ROBOT_URL: robots.wecomUrl,
    };
    let output = '';
    const child = spawnScript('scripts/worker.ts', env, (chunk) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    stops.push(async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    });
    await until(
      () => Promise.resolve(sms.received.length > 0 && robots.received.length > 0),
      120_000,
      'the kept text and robot message to be sent',
    );
    child.kill('SIGTERM');
    await exited;

    expect(sms.received.map((m) => m.mobile)).toEqual(['13912345678']);
    expect(robots.received).toHaveLength(1);
    expect(robots.received[0]!.body.markdown.content).toContain('未报企业：丙公司');
    const released = output
      .split('\n')
      .filter((line) => line.includes('messages kept without a provider'))
      .map((line) => JSON.parse(line) as { channel: string })
      .sort((a, b) => b.channel.localeCompare(a.channel));
    expect(released).toEqual([
      expect.objectContaining({ channel: 'wecom-robot', queued: 1, expired: 0, keptSendHours: 24 }),
      expect.objectContaining({ channel: 'sms', queued: 1, expired: 1, keptSendHours: 24 }),
    ]);
    const db = createDb({ client: 'sqlite3', filename });
    stops.push(() => db.destroy());
    const rows: { idempotency_key: string; status: string }[] = await db('outbox')
      .whereLike('idempotency_key', 'worker-kept/%')
      .orderBy('idempotency_key')
      .select('idempotency_key', 'status');
    expect(rows.map((row) => [row.idempotency_key.split('/')[1], row.status])).toEqual([
      ['recent', 'sent'],
      ['robot', 'sent'],
      ['stale', 'expired'],
    ]);
  });
});
