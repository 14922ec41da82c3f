// What sealing Temporal payloads costs: HTTP submit throughput and the latency of a whole ladder (submit, task open,
// decision, settled) with the AES-256-GCM codec and without it, against one dev server in the same run. "Without"
// uses a codec that only marks payloads as sealed (no encryption), so the validators accept decisions in both modes
// and the difference is the cryptography and the bigger payloads alone.
// Usage: npx tsx bench/codec-cost.ts [-- --count 400 --ladders 40 --concurrency 16]
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { AesGcmPayloadCodec } from '#core/codec/aes-gcm-codec';
import { newPayloadKeyLine, parsePayloadKeys } from '#core/codec/payload-keys';
import { loadConfig } from '#core/config';
import { createDb } from '#core/db';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { createLogger } from '#core/logger';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { bundleWorkflows } from '#core/temporal';
import { createApp } from '#web/server/create-app';
import { SEALED_MARK } from '#core/domain/sealed-mark';
import { HttpSession } from '#scripts/kit/http-session';
import { ladderForm } from '#scripts/kit/ladder-definition';
import { startDevServerOnFreePort } from '#scripts/kit/temporal-dev-server';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '400' },
    ladders: { type: 'string', default: '40' },
    concurrency: { type: 'string', default: '16' },
  },
});
const COUNT = Number(values.count);
const LADDERS = Number(values.ladders);
const CONCURRENCY = Number(values.concurrency);

/** The baseline: payloads stay in clear but come out marked, as if sealed. */
class MarkOnlyCodec implements PayloadCodec {
  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads;
  }
  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => ({ ...p, metadata: { ...p.metadata, [SEALED_MARK]: new TextEncoder().encode('bench') } }));
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Runs `count` calls of `one`, `concurrency` in flight; returns the latencies and the seconds it took. */
async function run(count: number, concurrency: number, one: () => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const t0 = performance.now();
        await one();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/** Measures both modes in the order plain, sealed, sealed, plain (half the count each time), so neither gains from
 * going second on a warming machine; returns one figure per mode. */
async function measure(what: string, count: number, concurrency: number, one: (s: typeof plain) => () => Promise<void>) {
  const runs = { plain: { latencies: [] as number[], seconds: 0 }, sealed: { latencies: [] as number[], seconds: 0 } };
  for (const s of [plain, sealed, sealed, plain]) {
    const { latencies, seconds } = await run(Math.ceil(count / 2), concurrency, one(s));
    const into = runs[s.mode as 'plain' | 'sealed'];
    into.latencies.push(...latencies);
    into.seconds += seconds;
  }
  process.stderr.write(`  ${what}: done\n`);
  return (['plain', 'sealed'] as const).map((mode) => {
    const { latencies, seconds } = runs[mode];
    latencies.sort((a, b) => a - b);
    return { label: `${mode} ${what}`, rate: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
  });
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const server = await startDevServerOnFreePort({ cliPath: loadConfig().temporal.cliPath, headless: true });
const db = createDb({ client: 'sqlite3', filename: join(mkdtempSync(join(tmpdir(), 'fugong-bench-')), 'bench.sqlite') });
await prepareDatabase(db, { seedDemo: true });
const bundle = await bundleWorkflows();
const renderer = createTemplateRenderer('Asia/Shanghai');

/** One mode: its own task queue, client, worker and app, all with `codec`. */
async function system(mode: string, codec: PayloadCodec) {
  const config = loadConfig({
    TEMPORAL_ADDRESS: server.address,
    TEMPORAL_TASK_QUEUE: `bench-${mode}`,
    LOG_LEVEL: 'silent',
    // Required beside TEMPORAL_ADDRESS; a bench sends no links anyone opens.
    PUBLIC_URL: 'http://localhost:3000',
  });
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection, dataConverter: { payloadCodecs: [codec] } });
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address: server.address }),
    taskQueue: config.temporal.taskQueue,
    workflowBundle: bundle,
    dataConverter: { payloadCodecs: [codec] },
    activities: createActivities({ db, renderer, from: config.mail.from, timeZone: config.timeZone }),
  });
  const http = createApp({ config, db, temporal: client, logger: createLogger('bench', 'silent') }).listen(0, '127.0.0.1');
  await new Promise((resolve) => http.once('listening', resolve));
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const [ent, cadre] = [new HttpSession(base), new HttpSession(base)];
  await ent.login('ent01', DEMO_PASSWORD);
  await cadre.login('cadre1', DEMO_PASSWORD);
  return { mode, worker, ent, cadre, http, connection };
}

const admin = async (base: string) => {
  const session = new HttpSession(base);
  await session.login('admin', DEMO_PASSWORD);
  return session;
};
const plain = await system('plain', new MarkOnlyCodec());
const sealed = await system('sealed', new AesGcmPayloadCodec(parsePayloadKeys(newPayloadKeyLine('bench'), 'bench key')));
const boss = await admin(plain.ent.baseUrl);
await boss.request('PUT', '/api/admin/forms/bench-ladder/draft', { ...ladderForm('bench-ladder'), audience: ['enterprise'] });
await boss.request('POST', '/api/admin/forms/bench-ladder/publish');

const data = { liaisonName: '张三', mobile: '13800138000', email: 'zhangsan@example.com' };
const submit = (s: typeof plain) => async () => {
  const answer = await s.ent.request('POST', '/api/forms/liaison-designation/submissions', { submissionId: randomUUID(), data });
  if (answer.status !== 202) throw new Error(`submit answered ${answer.status}`);
};
const ladder = (s: typeof plain) => async () => {
  const submissionId = randomUUID();
  const filed = await s.ent.request('POST', '/api/forms/bench-ladder/submissions', { submissionId, data: { summary: '水泥断供三天' } });
  if (filed.status !== 202) throw new Error(`ladder submit answered ${filed.status}`);
  const task = await until(
    (): Promise<{ id: string } | undefined> => db('tasks').where({ submission_id: submissionId, status: 'open' }).first('id'),
    Boolean,
  );
  const decided = await s.cadre.request('POST', `/api/tasks/${encodeURIComponent(task!.id)}/decide`, {
    action: 'resolve',
    comment: '已协调',
  });
  if (decided.status !== 200) throw new Error(`decide answered ${decided.status}: ${JSON.stringify(decided.body)}`);
  await until(
    () => db('submissions').where({ id: submissionId }).first('status'),
    (row) => row?.status === 'settled',
  );
};

process.stderr.write(`Fugong codec bench: ${COUNT} submits and ${LADDERS} ladders per mode, dev server ${server.address}\n`);
// Submits first, no worker polling (starts only, as in npm run bench); then the ladders with both workers running.
type Result = Awaited<ReturnType<typeof measure>>[number];
const [plainSubmit, sealedSubmit] = (await measure('submit', COUNT, CONCURRENCY, submit)) as [Result, Result];
const running = [plain.worker.run(), sealed.worker.run()];
// Warm-up, not measured: the first ladder of a fresh worker waits for its pollers and its workflow cache.
for (const s of [plain, sealed]) await Promise.all(Array.from({ length: 4 }, ladder(s)));
const [plainLadder, sealedLadder] = (await measure('ladder', LADDERS, 4, ladder)) as [Result, Result];
const results = [plainSubmit, sealedSubmit, plainLadder, sealedLadder];

const row = (r: Result) =>
  `| ${r.label.padEnd(14)} | ${r.rate.toFixed(1).padStart(8)} | ${r.p50.toFixed(1).padStart(8)} | ${r.p99.toFixed(1).padStart(8)} |`;
console.log(
  `\n| measurement    | per s    | p50 ms   | p99 ms   |\n|----------------|----------|----------|----------|\n${results.map(row).join('\n')}`,
);
// The codec alone, in this process: seal and open one gate-check-sized payload (about 1 KB of JSON), 5,000 times.
const gateCheck = { residentId: '370102198501011870', name: '张三', temperature: 36.5, note: '无'.repeat(300), steps: ['a', 'b', 'c'] };
const codec = new AesGcmPayloadCodec(parsePayloadKeys(newPayloadKeyLine('micro'), 'micro key'));
const payload = {
  metadata: { encoding: new TextEncoder().encode('json/plain') },
  data: new TextEncoder().encode(JSON.stringify(gateCheck)),
};
const t0 = performance.now();
for (let i = 0; i < 5000; i += 1) await codec.decode(await codec.encode([payload]));
console.log(
  `\ncodec alone: ${(((performance.now() - t0) / 5000) * 1000).toFixed(1)} µs per seal + open of a ${payload.data.length}-byte payload`,
);
console.log(`\nsealed / plain submit throughput: ${(sealedSubmit.rate / plainSubmit.rate).toFixed(2)}`);
console.log(`sealed / plain ladder p50 latency: ${(sealedLadder.p50 / plainLadder.p50).toFixed(2)}`);

for (const s of [plain, sealed]) {
  s.worker.shutdown();
  s.http.close();
  s.http.closeAllConnections();
}
await Promise.all(running);
for (const s of [plain, sealed]) await s.connection.close();
await db.destroy();
await server.stop();
