// A collection round at city scale against one dev server: (1) a round for 10,000 enterprises opens all its report
// rows; (2) the overdue emails for 1,000 missing reports go out at a deadline. Each is timed, and compared with bare
// Temporal client starts measured in the same run (the time the same number of workflow starts would take).
// Usage: npm run bench:round [-- --enterprises 10000 --missing 1000 --baseline 1000]
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig } from '#core/config';
import { createDb, type Knex } from '#core/db';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { newPayloadKeyLine } from '#core/codec/payload-keys';
import { createWorker, dataConverter } from '#core/temporal';
import { syncShippedForms } from '#core/stores/forms/form-store';
import { readShippedForms } from '#forms/shipped-forms';
import { startDevServerOnFreePort } from '#scripts/kit/temporal-dev-server';

const { values } = parseArgs({
  options: {
    enterprises: { type: 'string', default: '10000' },
    missing: { type: 'string', default: '1000' },
    baseline: { type: 'string', default: '1000' },
  },
});
const ENTERPRISES = Number(values.enterprises);
const MISSING = Number(values.missing);
const BASELINE = Number(values.baseline);

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Adds `n` enterprises, each with one enterprise user who has an email address. */
async function addEnterprises(db: Knex, n: number): Promise<number[]> {
  const at = new Date().toISOString();
  for (let i = 0; i < n; i += 400) {
    const rows = Array.from({ length: Math.min(400, n - i) }, (_, j) => ({
      name: `基准企业 ${String(i + j).padStart(5, '0')}`,
      credit_code: `BENCH${String(i + j).padStart(13, '0')}`,
      type: 'construction',
      created_at: at,
    }));
    await db('enterprises').insert(rows);
  }
  const ids = (await db('enterprises').where('credit_code', 'like', 'BENCH%').orderBy('id').pluck('id')).map(Number);
  for (let i = 0; i < ids.length; i += 400) {
    await db('users').insert(
      ids.slice(i, i + 400).map((id) => ({
        username: `bench-${id}`,
        display_name: `联络员 ${id}`,
        role: 'enterprise',
        password_hash: 'x',
        email: `bench-${id}@bench.local`,
        enterprise_id: id,
        created_at: at,
      })),
    );
  }
  return ids;
}

/** A one-off collection form over the given target that tells each missing enterprise at the deadline. */
async function benchForm(db: Knex, key: string, target: Record<string, unknown>): Promise<void> {
  const form = structuredClone(readShippedForms().find((f) => f.key === 'liaison-designation')!);
  Object.assign(form, { key, version: 1 });
  form.process.params = {
    target,
    recurrence: 'once',
    reminders: [],
    escalation: [{ after: '0 minutes', to: 'enterprise' }],
    overdueTemplate: 'collection-overdue',
  };
  await syncShippedForms(db, [form]);
}

const server = await startDevServerOnFreePort({ cliPath: loadConfig().temporal.cliPath, headless: true });
const config = loadConfig({
  TEMPORAL_ADDRESS: server.address,
  TEMPORAL_TASK_QUEUE: 'bench-round',
  LOG_LEVEL: 'silent',
  FUGONG_PAYLOAD_KEYS: newPayloadKeyLine('bench'),
  // Required beside TEMPORAL_ADDRESS; the round's emails go to a catcher, their links to nobody.
  PUBLIC_URL: 'http://localhost:3000',
});
const db = createDb({ client: 'sqlite3', filename: join(mkdtempSync(join(tmpdir(), 'fugong-bench-')), 'bench.sqlite') });
await prepareDatabase(db, { seedDemo: false });
const connection = await Connection.connect({ address: server.address });
const client = new Client({ connection, namespace: 'default', dataConverter: dataConverter(config) });
const worker = await createWorker({
  config,
  activities: createActivities({
    db,
    renderer: createTemplateRenderer(config.timeZone),
    from: config.mail.from,
    timeZone: config.timeZone,
  }),
});
const running = worker.run();
const ids = await addEnterprises(db, ENTERPRISES);
process.stderr.write(`  ${ids.length} enterprises and their users added\n`);

// Baseline: bare workflow starts on a queue no worker polls, 16 in flight.
let next = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (next < BASELINE) {
      next += 1;
      await client.workflow.start('benchNothing', { taskQueue: 'bench-nobody', workflowId: `bare-${randomUUID()}`, args: [] });
    }
  }),
);
const bareRate = BASELINE / ((performance.now() - t0) / 1000);

// (1) Opening a round for every enterprise: from the start call until the last report row is written.
await benchForm(db, 'bench-open', { kind: 'all' });
const openStart = performance.now();
const far = new Date(Date.now() + 7 * 86_400_000).toISOString();
const opened = await client.workflow.start('collectionRoundWorkflow', {
  taskQueue: config.temporal.taskQueue,
  workflowId: `bench-open-${randomUUID()}`,
  args: [{ formKey: 'bench-open', campaign: { roundId: 'bench-open/1', deadline: far, openedBy: null } }],
});
await until(
  'report rows',
  async () => Number((await db('collection_reports').where({ round_id: 'bench-open/1' }).count({ n: '*' }).first())!.n) === ids.length,
);
const openSeconds = (performance.now() - openStart) / 1000;
// Ended once its last activity has answered: terminated mid-write, that activity's answer would find no workflow.
await until('the opened round at rest', async () => ((await opened.describe()).raw.pendingActivities ?? []).length === 0);
await opened.terminate('bench over');

// (2) The overdue emails of 1,000 missing reports: from the deadline until the last one is in the outbox.
const missing = ids.slice(0, MISSING);
await benchForm(db, 'bench-overdue', { kind: 'list', enterpriseIds: missing });
const deadlineMs = Date.now() + 15_000;
const overdue = await client.workflow.start('collectionRoundWorkflow', {
  taskQueue: config.temporal.taskQueue,
  workflowId: `bench-overdue-${randomUUID()}`,
  args: [
    { formKey: 'bench-overdue', campaign: { roundId: 'bench-overdue/1', deadline: new Date(deadlineMs).toISOString(), openedBy: null } },
  ],
});
await until('deadline', async () => Date.now() >= deadlineMs);
const overdueStart = performance.now();
await until(
  'overdue emails',
  async () =>
    Number(
      (await db('outbox').where('idempotency_key', 'like', 'collection/bench-overdue/1/escalate-0/%').count({ n: '*' }).first())!.n,
    ) === missing.length,
);
const overdueSeconds = (performance.now() - overdueStart) / 1000;
const result = await overdue.result();
const history = (await overdue.fetchHistory()).events?.length ?? 0;

const bareFor = (n: number) => n / bareRate;
console.log(`bare client starts: ${bareRate.toFixed(1)}/s (${BASELINE} starts)`);
console.log(
  `open a round for ${ids.length} enterprises: ${openSeconds.toFixed(2)} s; ${ids.length} bare starts would take ${bareFor(ids.length).toFixed(2)} s; ratio ${(openSeconds / bareFor(ids.length)).toFixed(3)}`,
);
console.log(
  `overdue emails for ${missing.length} missing reports: ${overdueSeconds.toFixed(2)} s (${result.sent['escalate-0']} sent); ${missing.length} bare starts would take ${bareFor(missing.length).toFixed(2)} s; ratio ${(overdueSeconds / bareFor(missing.length)).toFixed(3)}`,
);
console.log(`history of the overdue round: ${history} events`);

worker.shutdown();
await running;
await connection.close();
await db.destroy();
await server.stop();
