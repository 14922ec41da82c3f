// Alert fan-out (issue 22): N quarantine-style alerts, each to two group robots (one WeCom, one DingTalk) and one
// person, through the real notice activity, outbox and robot dispatcher, against the fake robot server on loopback
// with its per-robot rate limit. Measures the time to drain and counts delivered, lost and doubled messages per
// channel; the same fan-out with the limit off, in the same run, is the baseline. No SMS channel on this branch:
// email (through the email activity and a counting in-process mailer) stands in for it, and the output says so.
// Usage: npm run bench:alerts [-- --alerts 1000 --per-minute 500]
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEmailActivities } from '../activities/email-activities';
import { createNotifyActivities } from '../activities/notify-activities';
import { prepareDatabase } from '../core/bootstrap';
import { createSecretBox } from '../core/codec/secret-box';
import { createDb, type Knex } from '../core/db';
import type { Mailer } from '../core/mail/mailer';
import { createTemplateRenderer } from '../core/mail/template-renderer';
import { createMarkdownRenderer } from '../core/notify/markdown-renderer';
import { createRobotDispatcher } from '../core/notify/robot-dispatcher';
import { insertRobot } from '../core/notify/robot-store';
import { startFakeRobotServer } from '../test/helpers/fake-robot-server';

const { values } = parseArgs({
  options: {
    alerts: { type: 'string', default: '1000' },
    'per-minute': { type: 'string', default: '500' },
  },
});
const ALERTS = Number(values.alerts);
const PER_MINUTE = Number(values['per-minute']);
const UNLIMITED = 1_000_000;
const TZ = 'Asia/Shanghai';
const WECOM_KEY = 'bench-wecom-key-0123456789';
const DING_TOKEN = 'bench0123456789token';
const DING_SECRET = 'SECbench0123456789signsecret';
const box = createSecretBox([{ id: 'bench', secret: randomBytes(32) }], 'robot');

interface RunResult {
  enqueueMs: number;
  drainMs: number;
  perChannel: { channel: string; delivered: number; lost: number; doubled: number }[];
  rateLimitAnswers: number;
}

/** Tallies, per alert index found in each delivered text, how often it arrived. */
function tally(channel: string, texts: string[]): RunResult['perChannel'][number] {
  const seen = new Map<number, number>();
  for (const text of texts) {
    const index = Number(/告警(\d+)号/.exec(text)?.[1]);
    if (Number.isInteger(index)) seen.set(index, (seen.get(index) ?? 0) + 1);
  }
  const doubled = [...seen.values()].reduce((sum, n) => sum + n - 1, 0);
  return { channel, delivered: seen.size, lost: ALERTS - seen.size, doubled };
}

async function run(db: Knex, label: string, perMinute: number): Promise<RunResult> {
  const fake = await startFakeRobotServer({
    wecomKeys: [WECOM_KEY],
    dingtalk: { [DING_TOKEN]: DING_SECRET },
    now: () => Date.now(),
    perMinute,
  });
  const at = new Date().toISOString();
  const wecom = `bench-${label}-wecom`;
  const ding = `bench-${label}-ding`;
  await insertRobot(
    db,
    box,
    { key: wecom, name: '专班群', channel: 'wecom-robot', audience: 'hq', secret: { token: WECOM_KEY }, perMinute },
    at,
  );
  await insertRobot(
    db,
    box,
    {
      key: ding,
      name: '指挥部群',
      channel: 'dingtalk-robot',
      audience: 'hq',
      secret: { token: DING_TOKEN, signSecret: DING_SECRET },
      perMinute,
    },
    at,
  );
  const mailed: string[] = [];
  const mailer: Mailer = { send: async (mail) => void mailed.push(mail.text), close: () => {} };
  const endpoints = { 'wecom-robot': fake.wecomUrl, 'dingtalk-robot': fake.dingtalkUrl };
  const email = createEmailActivities({ db, renderer: createTemplateRenderer(TZ), mailer, from: 'noreply@fugong.local', timeZone: TZ });
  const notifier = createNotifyActivities({
    db,
    email,
    markdown: createMarkdownRenderer(TZ),
    endpoints,
    publicUrl: 'http://localhost:3000',
  });
  const dispatcher = createRobotDispatcher({ db, box, endpoints });

  const started = performance.now();
  for (let i = 0; i < ALERTS; i += 1) {
    await notifier.sendNotice({
      purpose: 'case-overdue-alert',
      key: `bench/${label}/${i}`,
      recipients: [
        { channel: 'robot', robotKey: wecom },
        { channel: 'robot', robotKey: ding },
        { channel: 'email', to: `standin-${label}@example.com`, locale: 'zh-CN', urgent: true },
      ],
      data: { formTitle: '隔离观察', stageTitle: `告警${i}号`, title: `告警${i}号`, summary: `告警${i}号`, dueAt: at },
      links: { open: `http://localhost:3000/#/monitoring/${i}` },
    });
  }
  const enqueued = performance.now();
  const pending = async () =>
    Number(
      (
        await db('outbox')
          .where('idempotency_key', 'like', `bench/${label}/%`)
          .whereNotNull('robot_id')
          .whereIn('status', ['queued', 'sending'])
          .count({ n: '*' })
          .first()
      )?.n ?? 0,
    );
  while ((await pending()) > 0) {
    const pass = await dispatcher.drainOnce(200);
    // Every robot waits for its window: nothing to send this instant, so look again shortly.
    if (pass.sent === 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const drained = performance.now();
  const byToken = (token: string) => fake.received.filter((m) => m.token === token);
  const result: RunResult = {
    enqueueMs: enqueued - started,
    drainMs: drained - started,
    perChannel: [
      tally(
        'wecom-robot',
        byToken(WECOM_KEY).map((m) => m.body.markdown.content ?? ''),
      ),
      tally(
        'dingtalk-robot',
        byToken(DING_TOKEN).map((m) => m.body.markdown.text ?? ''),
      ),
      tally('email (stand-in for SMS)', mailed),
    ],
    rateLimitAnswers: fake.rateLimitAnswers(),
  };
  await fake.stop();
  return result;
}

function print(title: string, result: RunResult): void {
  console.log(`\n${title}`);
  console.log(`  enqueue ${ALERTS} notices (${ALERTS * 3} outbox rows): ${(result.enqueueMs / 1000).toFixed(1)} s`);
  console.log(`  time to drain (from the first enqueue): ${(result.drainMs / 1000).toFixed(1)} s`);
  for (const c of result.perChannel)
    console.log(`  ${c.channel.padEnd(26)} delivered ${c.delivered}, lost ${c.lost}, doubled ${c.doubled}`);
  console.log(`  rate-limit answers from the fake provider: ${result.rateLimitAnswers}`);
}

const dir = mkdtempSync(join(tmpdir(), 'fugong-alerts-'));
const db = createDb({ client: 'sqlite3', filename: join(dir, 'bench.sqlite') });
await prepareDatabase(db, { seedDemo: false });
console.log(`alert fan-out: ${ALERTS} alerts × (WeCom robot + DingTalk robot + one person)`);
console.log('SMS channel: not on this branch — email through the real email activity stands in for it');
const baseline = await run(db, 'baseline', UNLIMITED);
print('baseline: rate limit off', baseline);
const limited = await run(db, 'limited', PER_MINUTE);
print(`rate limit ${PER_MINUTE} messages per minute per robot (fake provider and dispatcher)`, limited);
const floor = Math.ceil(ALERTS / PER_MINUTE) - 1;
console.log(
  `\nlower bound at that limit: ${floor} full minute(s) of waiting per robot; the real WeCom limit (20/min) would take ≈ ${Math.ceil(ALERTS / 20)} min`,
);
await db.destroy();
