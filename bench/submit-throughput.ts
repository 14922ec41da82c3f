// Workflow starts per second through POST /api/forms/:key/submissions versus a bare Temporal client,
// against one dev server in the same run. Prints both rates, their ratio and p50/p99 latencies.
// Usage: npm run bench [-- --count 1000 --concurrency 16]
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { prepareDatabase } from '../core/bootstrap';
import { newPayloadKeyLine } from '../core/codec/payload-keys';
import { loadConfig } from '../core/config';
import { createDb } from '../core/db';
import { DEMO_PASSWORD } from '../core/demo/demo-seed';
import { startDevServer } from '../core/dev-server';
import { processWorkflowId, type ProcessStartInput } from '../core/domain/process-start';
import { createLogger } from '../core/logger';
import { dataConverter } from '../core/temporal';
import { createApp } from '../web/server/create-app';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '16' } } });
const COUNT = Number(values.count);
const CONCURRENCY = Number(values.concurrency);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `count` calls of `one` with `concurrency` in flight; returns starts/s and latency percentiles in ms. */
async function measure(label: string, one: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  let lastShown = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < COUNT) {
        const i = next++;
        const t0 = performance.now();
        await one(i);
        latencies.push(performance.now() - t0);
        if (latencies.length - lastShown >= COUNT / 10) {
          lastShown = latencies.length;
          process.stderr.write(`\r  ${label}: ${latencies.length}/${COUNT}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write('\n');
  latencies.sort((a, b) => a - b);
  return { label, rate: COUNT / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const server = await startDevServer({ cliPath: loadConfig().temporal.cliPath, port: await freePort(), headless: true });
// No worker polls this queue: both paths measure starting workflows, not running them.
const config = loadConfig({
  TEMPORAL_ADDRESS: server.address,
  TEMPORAL_TASK_QUEUE: 'bench-starts',
  LOG_LEVEL: 'silent',
  FUGONG_PAYLOAD_KEYS: newPayloadKeyLine('bench'),
});
const db = createDb({ client: 'sqlite3', filename: join(mkdtempSync(join(tmpdir(), 'fugong-bench-')), 'bench.sqlite') });
await prepareDatabase(db, { seedDemo: true });
const connection = await Connection.connect({ address: server.address });
// Both paths seal payloads, as every Fugong client does (bench/codec-cost.ts measures what that costs).
const client = new Client({ connection, namespace: 'default', dataConverter: dataConverter(config) });
const http = createApp({ config, db, temporal: client, logger: createLogger('bench', 'silent') }).listen(0, '127.0.0.1');
await new Promise((resolve) => http.once('listening', resolve));
const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

// Sign in as an enterprise once, like a browser would.
const cookies: string[] = [];
const remember = (response: Response) => cookies.push(...response.headers.getSetCookie().map((line) => line.split(';')[0]!));
remember(await fetch(`${base}/api/session`));
let csrf = cookies.find((c) => c.startsWith('fugong_csrf='))!.split('=')[1]!;
const login = await fetch(`${base}/api/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: cookies.join('; ') },
  body: JSON.stringify({ username: 'ent01', password: DEMO_PASSWORD }),
});
remember(login);
csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
const cookieHeader = () => cookies.filter((c, i) => cookies.findLastIndex((d) => d.split('=')[0] === c.split('=')[0]) === i).join('; ');

const data = { liaisonName: '张三', mobile: '13800138000', email: 'zhangsan@example.com' };
const user = await db('users').where({ username: 'ent01' }).first();
const form = await db('form_definitions').where({ key: 'liaison-designation' }).orderBy('version', 'desc').first();

process.stderr.write(`Fugong bench: ${COUNT} workflow starts per path, ${CONCURRENCY} in flight, dev server ${server.address}\n`);
const bare = await measure('bare client', async () => {
  const id = randomUUID();
  const input: ProcessStartInput = {
    submissionId: id,
    formKey: form.key,
    formVersion: form.version,
    formTitle: JSON.parse(form.title),
    enterpriseId: user.enterprise_id,
    submitter: { userId: user.id, name: user.display_name, email: user.email, locale: 'zh-CN' },
    data,
    params: JSON.parse(form.process).params,
  };
  await client.workflow.start('receiptWorkflow', {
    workflowId: processWorkflowId(id),
    taskQueue: config.temporal.taskQueue,
    args: [input],
  });
});
const viaHttp = await measure('HTTP submit', async () => {
  const response = await fetch(`${base}/api/forms/liaison-designation/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: cookieHeader() },
    body: JSON.stringify({ submissionId: randomUUID(), data }),
  });
  if (response.status !== 202) throw new Error(`submit answered ${response.status}: ${await response.text()}`);
});

const row = (r: typeof bare) =>
  `| ${r.label.padEnd(12)} | ${r.rate.toFixed(1).padStart(9)} | ${r.p50.toFixed(1).padStart(8)} | ${r.p99.toFixed(1).padStart(8)} |`;
console.log(
  `\n| path         | starts/s  | p50 ms   | p99 ms   |\n|--------------|-----------|----------|----------|\n${row(bare)}\n${row(viaHttp)}`,
);
console.log(`\nHTTP submit / bare client throughput ratio: ${(viaHttp.rate / bare.rate).toFixed(2)}`);

http.close();
http.closeAllConnections();
await connection.close();
await db.destroy();
await server.stop();
