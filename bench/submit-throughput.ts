// Workflow starts per second through POST /api/forms/:key/submissions versus a bare Temporal client,
// against one dev server in the same run. Prints both rates, their ratio and p50/p99 latencies.
// Usage: npm run bench [-- --count 1000 --concurrency 16 --warmup 50 --client-process --temporal-db file --http-client fetch]
//   --client-process  the load generator (both paths) runs in a child process, not beside the web server
//   --pin             Linux: the dev server on CPU 0, this process (the web app) and the generator on the others
//                     (taskset), as when Temporal runs on machines of its own; without it all share every core
//   --http-client     how the generator sends submissions: `node` (default: node:http, kept-alive sockets) or `fetch`
//                     (undici, whose per-request work the generator pays on the same cores as the server)
//   --temporal-db     `memory` (default), `file` (the dev server on a SQLite file, its default pragmas) or `file-wal`
//                     (the file with journal_mode=wal and synchronous=NORMAL, as `npm start` runs it)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { prepareDatabase } from '#core/bootstrap';
import { newPayloadKeyLine } from '#core/codec/payload-keys';
import { loadConfig } from '#core/config';
import { createDb } from '#core/db';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { DEV_SERVER_SQLITE_PRAGMAS } from '#core/dev-server';
import { createLogger } from '#core/logger';
import { dataConverter } from '#core/temporal';
import { createApp } from '#web/server/create-app';
import { startDevServerOnFreePort } from '#scripts/kit/temporal-dev-server';
import { runLoad, type LoadPlan, type PathFigures } from './submit-load';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '16' },
    warmup: { type: 'string', default: '50' },
    'client-process': { type: 'boolean', default: false },
    'temporal-db': { type: 'string', default: 'memory' },
    'http-client': { type: 'string', default: 'node' },
    pin: { type: 'boolean', default: false },
  },
});
const COUNT = Number(values.count);
const CONCURRENCY = Number(values.concurrency);

// With --pin: the dev server's CPU, and the rest for the web app and the generator.
const SERVER_CPU = '0';
const APP_CPUS = `1-${Math.max(1, availableParallelism() - 1)}`;

/** Moves every thread of process `pid` onto `cpus` (taskset's list form, `1-3`). */
function pinTo(pid: number, cpus: string): void {
  execFileSync('taskset', ['--all-tasks', '--cpu-list', '--pid', cpus, String(pid)], { stdio: 'ignore' });
}

/** Runs the load generator in a child process and reads its figures. */
function runLoadElsewhere(plan: LoadPlan): Promise<PathFigures[]> {
  const script = fileURLToPath(new URL('./submit-load-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  if (values.pin) pinTo(child.pid!, APP_CPUS);
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stdin.end(JSON.stringify(plan));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as PathFigures[]) : reject(new Error(`load process exited ${code}`)))),
  );
}

const httpClient = values['http-client'];
if (httpClient !== 'node' && httpClient !== 'fetch') throw new Error('--http-client is node or fetch');
const temporalDb = values['temporal-db'];
if (!['memory', 'file', 'file-wal'].includes(temporalDb)) throw new Error('--temporal-db is memory, file or file-wal');
const temporalDbFile = temporalDb === 'memory' ? undefined : join(mkdtempSync(join(tmpdir(), 'fugong-bench-temporal-')), 'temporal.db');
const server = await startDevServerOnFreePort({
  cliPath: loadConfig().temporal.cliPath,
  headless: true,
  dbFile: temporalDbFile,
  sqlitePragmas: temporalDb === 'file-wal' ? DEV_SERVER_SQLITE_PRAGMAS : undefined,
});
if (values.pin) {
  if (availableParallelism() < 2) throw new Error('--pin needs two CPUs or more');
  pinTo(server.child.pid!, SERVER_CPU);
  pinTo(process.pid, APP_CPUS);
}
// No worker polls this queue: both paths measure starting workflows, not running them.
const payloadKeys = newPayloadKeyLine('bench');
const config = loadConfig({
  TEMPORAL_ADDRESS: server.address,
  TEMPORAL_TASK_QUEUE: 'bench-starts',
  LOG_LEVEL: 'silent',
  FUGONG_PAYLOAD_KEYS: payloadKeys,
  // Required beside TEMPORAL_ADDRESS; a bench sends no links anyone opens.
  PUBLIC_URL: 'http://localhost:3000',
});
const db = createDb({ client: 'sqlite3', filename: join(mkdtempSync(join(tmpdir(), 'fugong-bench-')), 'bench.sqlite') });
await prepareDatabase(db, { seedDemo: true });
const connection = await Connection.connect({ address: server.address });
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
const cookieHeader = cookies.filter((c, i) => cookies.findLastIndex((d) => d.split('=')[0] === c.split('=')[0]) === i).join('; ');

const data = { liaisonName: '张三', mobile: '13800138000', email: 'zhangsan@example.com' };
const user = await db('users').where({ username: 'ent01' }).first();
const form = await db('form_definitions').where({ key: 'liaison-designation' }).orderBy('version', 'desc').first();
const plan: LoadPlan = {
  count: COUNT,
  concurrency: CONCURRENCY,
  warmup: Number(values.warmup),
  temporalAddress: server.address,
  taskQueue: config.temporal.taskQueue,
  payloadKeys,
  baseUrl: base,
  cookieHeader,
  csrf,
  formKey: form.key,
  httpClient,
  // With the generator apart, this process is the web app alone: each path is charged the CPU it and the dev server spent.
  watched: values['client-process'] ? { devServer: server.child.pid!, web: process.pid } : undefined,
  startInput: {
    formKey: form.key,
    formVersion: form.version,
    formTitle: JSON.parse(form.title),
    enterpriseId: user.enterprise_id,
    submitter: { userId: user.id, name: user.display_name, email: user.email, locale: 'zh-CN' },
    data,
    params: JSON.parse(form.process).params,
  },
};

const where =
  (values['client-process'] ? 'load generator in its own process' : 'load generator in the server process') +
  (values.pin ? `, dev server on CPU ${SERVER_CPU}, web app and generator on CPUs ${APP_CPUS}` : ', every process on every CPU');
process.stderr.write(
  `Fugong bench: ${COUNT} workflow starts per path (bare, HTTP, HTTP, bare), ${CONCURRENCY} in flight, ${where}, ` +
    `dev server ${server.address} (${temporalDb === 'memory' ? 'in memory' : temporalDb === 'file' ? 'SQLite file' : 'SQLite file, WAL, synchronous=NORMAL'})\n`,
);
// With the load generator elsewhere this process only serves, so its CPU time over the run, per HTTP submit, is what
// the web app spends on one (the bare phases leave it idle): a figure other jobs on the machine distort far less.
const cpuBefore = process.cpuUsage();
const [bare, viaHttp] = values['client-process']
  ? await runLoadElsewhere(plan)
  : await runLoad(plan, (line) => process.stderr.write(`  ${line}\n`));
const cpu = process.cpuUsage(cpuBefore);

// The caller's CPU per call is the generator's own when it runs apart; beside the server it includes the server's.
const cpuCell = (ms: number | undefined) => (ms === undefined ? '–' : ms.toFixed(2)).padStart(9);
const row = (r: PathFigures) =>
  `| ${r.label.padEnd(12)} | ${r.rate.toFixed(1).padStart(9)} | ${r.p50.toFixed(1).padStart(8)} | ${r.p99.toFixed(1).padStart(8)} | ` +
  `${r.callerCpuMs.toFixed(2).padStart(9)} | ${cpuCell(r.devServerCpuMs)} | ${cpuCell(r.webCpuMs)} |`;
console.log(
  '\n| path         | starts/s  | p50 ms   | p99 ms   | CPU ms per call: caller | dev server | web app |\n' +
    `|--------------|-----------|----------|----------|-----------|-----------|-----------|\n${row(bare!)}\n${row(viaHttp!)}`,
);
console.log(`\nHTTP submit / bare client throughput ratio: ${(viaHttp!.rate / bare!.rate).toFixed(2)} (${where})`);
if (bare!.devServerCpuMs !== undefined && viaHttp!.devServerCpuMs !== undefined && viaHttp!.webCpuMs !== undefined) {
  // On cores that every process shares and keeps busy, each path's rate is the cores' time over the CPU one start costs
  // everywhere; this ratio is what the throughput ratio tends to, without the run-to-run noise of a shared machine.
  const bareCpu = bare!.devServerCpuMs + bare!.callerCpuMs;
  const httpCpu = viaHttp!.devServerCpuMs + viaHttp!.webCpuMs + viaHttp!.callerCpuMs;
  console.log(
    `CPU per start: bare ${bareCpu.toFixed(2)} ms (dev server ${bare!.devServerCpuMs.toFixed(2)} + client ${bare!.callerCpuMs.toFixed(2)}), ` +
      `HTTP ${httpCpu.toFixed(2)} ms (dev server ${viaHttp!.devServerCpuMs.toFixed(2)} + web app ${viaHttp!.webCpuMs.toFixed(2)} + ` +
      `load generator ${viaHttp!.callerCpuMs.toFixed(2)}); bare / HTTP CPU per start: ${(bareCpu / httpCpu).toFixed(2)}`,
  );
  console.log(`web process CPU per HTTP submit: ${viaHttp!.webCpuMs.toFixed(2)} ms (user + system, measured phases only)`);
} else if (values['client-process']) {
  const submits = Math.ceil(COUNT / 2) * 2 + plan.warmup;
  console.log(
    `web process CPU per HTTP submit: ${((cpu.user + cpu.system) / 1000 / submits).toFixed(2)} ms (user + system, ${submits} submits)`,
  );
}

http.close();
http.closeAllConnections();
await connection.close();
await db.destroy();
await server.stop();
