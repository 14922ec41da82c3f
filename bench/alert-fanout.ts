// Alert fan-out (issue 22): N quarantine alerts, each a text to the worker's mobile (purpose quarantine-alert, the
// `started` text the gate's worker gets) and a markdown alert to two group robots (one WeCom, one DingTalk), through
// the real notice activity, outbox, SMS dispatcher (Alibaba Cloud adapter) and robot dispatcher, against the fake SMS
// server and the fake robot server on loopback, each with its per-minute limit (the dispatchers keep the same pace).
// Measures the time to drain and counts delivered, lost and doubled messages per channel and the providers'
// rate-limit answers; the same fan-out with the limits off, in the same run (its own database), is the baseline.
// Usage: npm run bench:alerts [-- --alerts 1000 --per-minute 500 --sms-per-minute 500]
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEmailActivities } from '#activities/email-activities';
import { createNotifyActivities } from '#activities/notify-activities';
import { prepareDatabase } from '#core/bootstrap';
import { createSecretBox } from '#core/codec/secret-box';
import { createDb } from '#core/db';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { createMarkdownRenderer } from '#core/notify/markdown-renderer';
import { createRobotDispatcher } from '#core/notify/robot-dispatcher';
import { insertRobot } from '#core/stores/notify/robot-store';
import { createSmsDispatcher } from '#core/notify/sms-dispatcher';
import { createAliyunSmsProvider } from '#core/notify/sms-provider';
import { createSmsRenderer, smsBudget } from '#core/notify/sms-renderer';
import { startFakeRobotServer } from '#scripts/kit/fake-robot-server';
import { startFakeSmsServer } from '#scripts/kit/fake-sms-server';

const { values } = parseArgs({
  options: {
    alerts: { type: 'string', default: '1000' },
    'per-minute': { type: 'string', default: '500' },
    'sms-per-minute': { type: 'string' },
  },
});
const ALERTS = Number(values.alerts);
const PER_MINUTE = Number(values['per-minute']);
const SMS_PER_MINUTE = Number(values['sms-per-minute'] ?? PER_MINUTE);
const UNLIMITED = 1_000_000;
const TZ = 'Asia/Shanghai';
const WECOM_KEY = 'bench-wecom-key-0123456789';
const DING_TOKEN = 'bench0123456789token';
const DING_SECRET = 'SECbench0123456789signsecret';
const SMS_ACCOUNT = {
  accessKeyId: 'LTAIbenchkey',
  accessKeySecret: 'bench-secret-0123456789',
  signName: '复工',
  templateCode: 'SMS_10001',
};
const box = createSecretBox([{ id: 'bench', secret: randomBytes(32) }], 'robot');

interface RunResult {
  enqueueMs: number;
  drainMs: number;
  perChannel: { channel: string; delivered: number; lost: number; doubled: number }[];
  rateLimitAnswers: { robots: number; sms: number };
  dead: number;
}

/** Tallies, per alert index found in each delivered text (the worker's name, 工人<i>号), how often it arrived. */
function tally(channel: string, texts: string[]): RunResult['perChannel'][number] {
  const seen = new Map<number, number>();
  for (const text of texts) {
    const index = Number(/工人(\d+)号/.exec(text)?.[1]);
    if (Number.isInteger(index)) seen.set(index, (seen.get(index) ?? 0) + 1);
  }
  const doubled = [...seen.values()].reduce((sum, n) => sum + n - 1, 0);
  return { channel, delivered: seen.size, lost: ALERTS - seen.size, doubled };
}

async function run(label: string, perMinute: number, smsPerMinute: number): Promise<RunResult> {
  // Each run has its own database: the SMS channel's pace counts every text sent in the last minute.
  const db = createDb({ client: 'sqlite3', filename: join(dir, `${label}.sqlite`) });
  await prepareDatabase(db, { seedDemo: false });
  const fake = await startFakeRobotServer({
    wecomKeys: [WECOM_KEY],
    dingtalk: { [DING_TOKEN]: DING_SECRET },
    now: () => Date.now(),
    perMinute,
  });
  const fakeSms = await startFakeSmsServer({ ...SMS_ACCOUNT, now: () => Date.now(), perMinute: smsPerMinute });
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
  const endpoints = { 'wecom-robot': fake.wecomUrl, 'dingtalk-robot': fake.dingtalkUrl };
  // No email goes out in this bench: the email activity is there because the notice activity needs one.
  const email = createEmailActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ });
  const notifier = createNotifyActivities({
    db,
    email,
    markdown: createMarkdownRenderer(TZ),
    endpoints,
    publicUrl: 'http://localhost:3000',
    sms: { renderer: createSmsRenderer(TZ, smsBudget(SMS_ACCOUNT.signName)), deliverable: true },
    timeZone: TZ,
  });
  const robots = createRobotDispatcher({ db, box, endpoints });
  const sms = createSmsDispatcher({
    db,
    provider: createAliyunSmsProvider({ url: fakeSms.url, ...SMS_ACCOUNT }),
    perMinute: smsPerMinute,
  });
  const endsAt = new Date(Date.now() + 14 * 86_400_000).toISOString();

  const started = performance.now();
  for (let i = 0; i < ALERTS; i += 1) {
    // What the quarantine activity sends at `started`: the worker's text, then the masked alert to the groups.
    const common = { projectName: '滨江一标段', startedAt: at, endsAt, started: true };
    await notifier.sendNotice({
      purpose: 'quarantine-alert',
      key: `bench/${label}/${i}/worker`,
      recipients: [{ channel: 'sms', mobile: `139${String(i).padStart(8, '0')}` }],
      data: { ...common, workerName: `工人${i}号` },
    });
    await notifier.sendNotice({
      purpose: 'quarantine-alert',
      key: `bench/${label}/${i}/group`,
      recipients: [
        { channel: 'robot', robotKey: wecom },
        { channel: 'robot', robotKey: ding },
      ],
      data: { ...common, workerName: `工人${i}号` },
      links: { register: 'http://localhost:3000/#/register' },
    });
  }
  const enqueued = performance.now();
  const pending = async () =>
    Number(
      (
        await db('outbox')
          .where('idempotency_key', 'like', `bench/${label}/%`)
          .whereIn('status', ['queued', 'sending'])
          .count({ n: '*' })
          .first()
      )?.n ?? 0,
    );
  const dead = async () => Number((await db('outbox').where({ status: 'dead' }).count({ n: '*' }).first())?.n ?? 0);
  while ((await pending()) > 0) {
    const [robotPass, smsPass] = await Promise.all([robots.drainOnce(200), sms.drainOnce(200)]);
    // Every channel waits for its window: nothing to send this instant, so look again shortly.
    if (robotPass.sent + smsPass.sent === 0) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const drained = performance.now();
  const byToken = (token: string) => fake.received.filter((m) => m.token === token);
  const result: RunResult = {
    enqueueMs: enqueued - started,
    drainMs: drained - started,
    perChannel: [
      tally(
        'sms (Alibaba Cloud fake)',
        fakeSms.received.map((m) => m.text),
      ),
      tally(
        'wecom-robot',
        byToken(WECOM_KEY).map((m) => m.body.markdown.content ?? ''),
      ),
      tally(
        'dingtalk-robot',
        byToken(DING_TOKEN).map((m) => m.body.markdown.text ?? ''),
      ),
    ],
    rateLimitAnswers: { robots: fake.rateLimitAnswers(), sms: fakeSms.rateLimitAnswers() },
    dead: await dead(),
  };
  await fake.stop();
  await fakeSms.stop();
  await db.destroy();
  return result;
}

function print(title: string, result: RunResult): void {
  console.log(`\n${title}`);
  console.log(`  enqueue ${ALERTS} alerts (${ALERTS * 3} outbox rows): ${(result.enqueueMs / 1000).toFixed(1)} s`);
  console.log(`  time to drain (from the first enqueue): ${(result.drainMs / 1000).toFixed(1)} s`);
  for (const c of result.perChannel)
    console.log(`  ${c.channel.padEnd(26)} delivered ${c.delivered}, lost ${c.lost}, doubled ${c.doubled}`);
  console.log(
    `  rate-limit answers from the fake providers: robots ${result.rateLimitAnswers.robots}, SMS ${result.rateLimitAnswers.sms}; dead rows ${result.dead}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'fugong-alerts-'));
console.log(`alert fan-out: ${ALERTS} quarantine alerts × (worker SMS + WeCom robot + DingTalk robot)`);
console.log(`limits: robots ${PER_MINUTE}/min each, SMS ${SMS_PER_MINUTE}/min for the account (fake providers and dispatchers)`);
const baseline = await run('baseline', UNLIMITED, UNLIMITED);
print('baseline: rate limits off', baseline);
const limited = await run('limited', PER_MINUTE, SMS_PER_MINUTE);
print(`rate limits on: robots ${PER_MINUTE}/min each, SMS ${SMS_PER_MINUTE}/min`, limited);
const floor = Math.ceil(ALERTS / Math.min(PER_MINUTE, SMS_PER_MINUTE)) - 1;
console.log(
  `\nlower bound at those limits: ${floor} full minute(s) of waiting; the real WeCom limit (20/min) would take ≈ ${Math.ceil(ALERTS / 20)} min`,
);
