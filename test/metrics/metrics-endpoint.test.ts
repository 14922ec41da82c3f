// Prometheus metrics after a scripted day (issue 24): a liaison campaign round, a difficulty ladder and gate checks that
// quarantine, run by a real worker process with the SDK's exporter on, against the web app with METRICS_TOKEN set.
// The web process's families and the worker's Temporal families are read as Prometheus reads them, and the Grafana
// dashboard in deploy/ is checked to query only names that exist.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig } from '#core/config';
import { createDb } from '#core/db';
import { createLogger } from '#core/logger';
import { dataConverter } from '#core/temporal';
import { runGateScenario } from '#scripts/scenario-gate';
import { createApp } from '#web/server/create-app';
import { createWebMetrics, listenForMetrics } from '#web/server/metrics/metrics-routes';
import { eventually } from '#scripts/kit/eventually';
import { signedIn } from '#scripts/kit/http-session';
import { freePort } from '#scripts/kit/start-script';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = `metrics-${randomUUID()}`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The metric family names of a Prometheus text exposition. */
function families(text: string): Set<string> {
  return new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]!));
}

/** The value of the first sample of `name` whose labels include every pair of `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((p) => [p[1]!, p[2]!]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('Prometheus metrics after a scripted day (dev server, worker process)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fugong-metrics-'));
  const taskQueue = `metrics-${randomUUID()}`;
  let db: Knex;
  let connection: Connection;
  let server: Server;
  let internal: Server;
  let worker: ChildProcess;
  let workerOutput = '';
  let baseUrl: string;
  let internalUrl: string;
  let workerMetricsUrl: string;

  beforeAll(async () => {
    const [port, internalPort, workerPort] = [await freePort(), await freePort(), await freePort()];
    const env = {
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: taskQueue,
      FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
      METRICS_TOKEN: TOKEN,
      LOG_LEVEL: 'silent',
      FUGONG_BACKUP_STAMP: join(dataDir, 'last-backup'),
    };
    writeFileSync(join(dataDir, 'last-backup'), '');
    const config = loadConfig(env);
    db = createDb({ client: 'sqlite3', filename: join(dataDir, 'fugong.sqlite') });
    await prepareDatabase(db, { seedDemo: true });
    const workerEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...env,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      TEMPORAL_METRICS_ADDRESS: `127.0.0.1:${workerPort}`,
    };
    delete workerEnv.DATABASE_URL;
    delete workerEnv.PORT;
    worker = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/worker.ts')], {
      cwd: root,
      env: workerEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    worker.stdout!.on('data', (chunk: Buffer) => (workerOutput += chunk));
    worker.stderr!.on('data', (chunk: Buffer) => (workerOutput += chunk));
    connection = await Connection.connect({ address: inject('temporalAddress') });
    const temporal = new Client({ connection, namespace: config.temporal.namespace, dataConverter: dataConverter(config) });
    const metrics = createWebMetrics(db, () => new Date());
    server = createApp({ config, db, temporal, logger: createLogger('test', 'silent'), metrics }).listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    internal = await listenForMetrics(metrics, internalPort, '127.0.0.1');
    // The worker bundles the workflows before it polls; the scenario's gate checks need it polling.
    await eventually(
      async () => workerOutput,
      (text) => text.includes('"worker started"'),
      150_000,
    );
    baseUrl = `http://127.0.0.1:${port}`;
    internalUrl = `http://127.0.0.1:${internalPort}/metrics`;
    workerMetricsUrl = `http://127.0.0.1:${workerPort}/metrics`;
  }, 180_000);

  afterAll(async () => {
    worker?.kill('SIGTERM');
    server?.close();
    server?.closeAllConnections();
    internal?.close();
    await connection?.close();
    await db?.destroy();
  });

  it('counts requests by route pattern, open tasks by rung, quarantines and the outbox, the worker’s Temporal families, and the system page sees the worker', async () => {
    // A round: a one-off liaison campaign whose deadline is tomorrow.
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
    const campaign = await (
      await signedIn(baseUrl, 'admin')
    ).request('POST', '/api/collections/campaigns', {
      formKey: 'liaison-designation',
      deadline: `${tomorrow}T18:00`,
    });
    expect(campaign.status, JSON.stringify(campaign.body)).toBe(202);
    // A ladder: a difficulty report opens the cadre's task.
    const submissionId = randomUUID();
    const filed = await (
      await signedIn(baseUrl, 'ent01')
    ).request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId,
      data: { category: 'materials', summary: '商品混凝土供应中断' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    // Gate checks: two admitted, two quarantined (their quarantine workflows start on the worker).
    await runGateScenario(baseUrl, { admitted: 2, quarantined: 2, released: 0, turnedBack: 0 });
    await eventually(
      () => db('tasks').where({ submission_id: submissionId, status: 'open' }).first(),
      (row) => Boolean(row),
      60_000,
    );
    await eventually(
      () => db('quarantines').where({ status: 'active' }).count({ n: '*' }).first(),
      (row) => Number(row?.n) === 2,
      60_000,
    );

    // On the web port: refused without the token or with a wrong one, the exposition with it.
    expect((await fetch(`${baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${baseUrl}/metrics`, { headers: { authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('metrics_token');
    const scraped = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const web = await scraped.text();

    const submits = { method: 'POST', route: '/api/forms/:key/submissions', status: '202' };
    expect(sample(web, 'fugong_http_requests_total', submits)).toBe(1);
    expect(sample(web, 'fugong_http_request_duration_seconds_count', submits)).toBe(1);
    expect(sample(web, 'fugong_http_requests_total', { method: 'GET', route: '/metrics', status: '401' })).toBe(2);
    expect(sample(web, 'fugong_tasks_open', { process: 'ladder', form: 'difficulty-report', rung: 'cadre' })).toBe(1);
    expect(sample(web, 'fugong_tasks_sla_breached', { process: 'ladder', form: 'difficulty-report', rung: 'cadre' })).toBeUndefined();
    expect(sample(web, 'fugong_quarantines_active')).toBe(2);
    expect(sample(web, 'fugong_outbox_pending', { channel: 'email' })).toBe(0);
    expect(sample(web, 'fugong_outbox_oldest_age_seconds', { channel: 'email' })).toBe(0);
    expect(sample(web, 'fugong_db_pool_pending_acquires')).toBe(0);
    expect(sample(web, 'fugong_web_process_cpu_seconds_total')).toBeGreaterThan(0);
    // No record's id or personal data in a label: route patterns only.
    const labelValues = [...web.matchAll(/\w+="([^"]*)"/g)].map((m) => m[1]!);
    expect(labelValues.filter((value) => UUID.test(value) || /\d{17}[\dX]/.test(value) || /^1\d{10}$/.test(value))).toEqual([]);

    // The internal listener answers the same families without a token, and nothing else.
    const fromInside = await fetch(internalUrl);
    expect(fromInside.status).toBe(200);
    expect(families(await fromInside.text())).toEqual(families(web));
    expect((await fetch(internalUrl.replace('/metrics', '/api/session'))).status).toBe(404);

    // The worker's own SDK metrics, served by its Rust core (a family appears once the worker first counts in it: the
    // scripted day's first completed workflow may be reported a moment after its activities).
    const workerFamilies = ['temporal_worker_task_slots_available', 'temporal_activity_execution_latency', 'temporal_workflow_completed'];
    const fromWorker = await eventually(
      async () => (await fetch(workerMetricsUrl)).text(),
      (text) => workerFamilies.every((name) => text.includes(name)),
      30_000,
    );
    const temporal = families(fromWorker);
    for (const name of workerFamilies) expect([...temporal], `${name} in:\n${[...temporal].join('\n')}\n${workerOutput}`).toContain(name);

    // The admin's system page reads the same day: the worker process polling both task types, versions, the outbox.
    const system = await (await signedIn(baseUrl, 'admin')).request('GET', '/api/admin/system');
    expect(system.status).toBe(200);
    expect(system.body.system).toMatchObject({
      versions: {
        app: '0.1.0',
        node: process.version,
        temporalSdk: expect.stringMatching(/^1\.\d+\.\d+$/),
        temporalServer: expect.any(String),
      },
      database: { client: 'sqlite3', migrations: expect.any(Number) },
      temporal: { namespace: 'default', taskQueue, reachable: true, workers: 1 },
      outbox: { queued: 0, smtp: false, keptWithoutSmtp: expect.any(Number) },
      backup: { configured: true, lastAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    });
    expect(system.body.system.temporal.workflowTasks.pollers.length).toBeGreaterThan(0);
    expect(system.body.system.temporal.activityTasks.backlog).toBe(0);
    expect(system.body.system.outbox.keptWithoutSmtp).toBeGreaterThan(0);
    expect((await (await signedIn(baseUrl, 'hq')).request('GET', '/api/admin/system')).status).toBe(403);

    // The Grafana dashboard queries only families the two endpoints expose.
    const dashboard = JSON.parse(readFileSync(join(root, 'deploy/grafana/fugong.json'), 'utf8')) as {
      panels: { title: string; targets?: { expr: string }[] }[];
    };
    const exposed = new Set([...families(web), ...temporal]);
    const queried = dashboard.panels.flatMap((panel) =>
      (panel.targets ?? []).flatMap((target) =>
        [...target.expr.matchAll(/\b((?:fugong|temporal)_[a-z0-9_]+)/g)].map((m) => ({ panel: panel.title, name: m[1]! })),
      ),
    );
    expect(queried.length).toBeGreaterThan(10);
    const familyOf = (name: string) => name.replace(/_(bucket|sum|count)$/, '');
    const missing = queried.filter(({ name }) => !exposed.has(name) && !exposed.has(familyOf(name)));
    expect(missing).toEqual([]);
  }, 240_000);
});
