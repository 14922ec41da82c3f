// What every drill starts: a Temporal dev server, the app with an in-process worker on a fresh database, a worker
// child process that can be killed with SIGKILL, and signed-in HTTP callers. Drills and their vitest versions share it.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import { bundleWorkflowCode } from '@temporalio/worker';
import type { Express } from 'express';
import knexFactory from 'knex';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig, type Config } from '#core/config';
import { createDb, type Knex } from '#core/db';
import { startDevServer, type DevServer } from '#core/dev-server';
import { createLogger } from '#core/logger';
import type { Mailer } from '#core/mail/mailer';
import { newPayloadKeyLine } from '#core/codec/payload-keys';
import { FAILURE_CONVERTER_PATH, PAYLOAD_CONVERTER_PATH } from '#core/temporal';
import { createSession } from '#core/stores/session-store';
import { until } from '../kit/eventually';
import { freePort } from '../kit/ports';
import { spawnScript } from '../kit/spawn-script';
import { startSystem } from '../kit/system';
import { startDevServerOnFreePort } from '../kit/temporal-dev-server';

export { freePort, until };

/** What a drill needs from whoever runs it: a Temporal address and the workflow code bundled once. */
export interface DrillContext {
  temporalAddress: string;
  workflowBundlePath: string;
  /** Progress lines (stderr for the CLI, nothing in tests). */
  log(line: string): void;
}

/** One payload key for the whole run: in-process clients and workers and the worker child processes share it. */
export const DRILL_PAYLOAD_KEYS = newPayloadKeyLine('drill');
/** The drills' PUBLIC_URL, which TEMPORAL_ADDRESS makes required: no drill follows the links its messages carry, so the
 * embedded default's address serves. */
export const DRILL_PUBLIC_URL = 'http://localhost:3000';

/** The app's config for a drill: silent logs and the run's payload key, plus `env`. */
export function drillConfig(env: Record<string, string>): Config {
  return loadConfig({ LOG_LEVEL: 'silent', FUGONG_PAYLOAD_KEYS: DRILL_PAYLOAD_KEYS, PUBLIC_URL: DRILL_PUBLIC_URL, ...env });
}

/** Starts a dev server (in memory unless `dbFile`) on a free port (another if a parallel run takes it first), or on
 * `port` to come back where it was. */
export async function startTemporal(options: { dbFile?: string; port?: number } = {}): Promise<DevServer> {
  const settings = { cliPath: loadConfig().temporal.cliPath, dbFile: options.dbFile, headless: true, readyTimeoutMs: 120_000 };
  return options.port === undefined ? startDevServerOnFreePort(settings) : startDevServer({ ...settings, port: options.port });
}

/** Bundles the shipped workflows plus the drill-only ones (scripts/drills/drill-workflows.ts) into a temporary file. */
export async function bundleWorkflows(): Promise<string> {
  const workflowsPath = fileURLToPath(new URL('./drill-workflows.ts', import.meta.url));
  const bundle = await bundleWorkflowCode({
    workflowsPath,
    payloadConverterPath: PAYLOAD_CONVERTER_PATH,
    failureConverterPath: FAILURE_CONVERTER_PATH,
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: console.error },
  });
  const path = join(mkdtempSync(join(tmpdir(), 'fugong-drill-bundle-')), 'workflow-bundle.js');
  writeFileSync(path, bundle.code);
  return path;
}

/** A fresh, migrated and demo-seeded database: a temporary SQLite file, or a new schema in PostgreSQL at `pgUrl`. */
/** A drill's database; `connect` opens another, independent connection pool to it (a second writer process). */
export interface DrillDb {
  db: Knex;
  dataDir: string;
  connect(): Knex;
  close(): Promise<void>;
}

export async function openDrillDb(pgUrl?: string): Promise<DrillDb> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fugong-drill-'));
  if (!pgUrl) {
    const connect = () => createDb({ client: 'sqlite3', filename: join(dataDir, 'fugong.sqlite') });
    const db = connect();
    await prepareDatabase(db, { seedDemo: true });
    return { db, dataDir, connect, close: () => db.destroy() };
  }
  const schema = `drill_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = knexFactory({ client: 'pg', connection: pgUrl });
  await admin.raw(`create schema ${schema}`);
  await admin.destroy();
  const connect = () => knexFactory({ client: 'pg', connection: pgUrl, searchPath: [schema], pool: { min: 0, max: 10 } });
  const db = connect();
  await prepareDatabase(db, { seedDemo: true });
  return {
    db,
    dataDir,
    connect,
    async close() {
      await db.raw(`drop schema ${schema} cascade`);
      await db.destroy();
    },
  };
}

/** The system a drill talks to: the web app on loopback over one database, optionally with an in-process worker. */
export interface DrillSystem {
  baseUrl: string;
  app: Express;
  config: Config;
  db: Knex;
  client: Client;
  /** What the error middleware logged for each unhandled error, by request id (the `x-request-id` answer header). */
  serverErrors: Map<string, string>;
  stop(): Promise<void>;
}

/** Options of startDrillSystem. */
export interface DrillSystemOptions {
  db: Knex;
  worker?: boolean;
  mailer?: Mailer;
}

/** Starts the app (and a worker unless `worker: false`) on a unique task queue, on any free port (../kit/system.ts). */
export async function startDrillSystem(ctx: DrillContext, options: DrillSystemOptions): Promise<DrillSystem> {
  const config = drillConfig({ TEMPORAL_ADDRESS: ctx.temporalAddress, TEMPORAL_TASK_QUEUE: `drill-${randomUUID()}` });
  const serverErrors = new Map<string, string>();
  const remember = (line: string) => {
    const entry = JSON.parse(line) as { requestId?: string; err?: { message?: string; stack?: string } };
    if (entry.requestId && entry.err)
      serverErrors.set(entry.requestId, `${entry.err.stack ?? entry.err.message}`.split('\n').slice(0, 4).join(' | '));
  };
  const system = await startSystem({
    config,
    db: options.db,
    workflowBundlePath: ctx.workflowBundlePath,
    worker: options.worker,
    mailer: options.mailer,
    logger: createLogger('drill', 'error', { write: remember }),
    port: 0,
  });
  return { ...system, serverErrors };
}

/** A child process of the app (scripts/worker.ts or scripts/web.ts, as in production) that a drill may kill with SIGKILL. */
export interface AppProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves once the process logged that it is ready (the worker polls, the web server listens). */
  started: Promise<void>;
  kill9(): Promise<void>;
}

/** A worker child process; kept under its first name for the drills that only kill workers. */
export type WorkerProcess = AppProcess;

/** Spawns scripts/worker.ts with the given environment (DATA_DIR or DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_TASK_QUEUE, …). */
export function spawnWorker(env: Record<string, string>): AppProcess {
  return spawnApp('scripts/worker.ts', '"worker started"', env);
}

/** Spawns scripts/web.ts with the given environment (PORT, DATABASE_URL, TEMPORAL_ADDRESS, …). */
export function spawnWeb(env: Record<string, string>): AppProcess {
  return spawnApp('scripts/web.ts', '"web server listening"', env);
}

function spawnApp(script: string, readyLine: string, env: Record<string, string>): AppProcess {
  const full: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'info',
    FUGONG_PAYLOAD_KEYS: DRILL_PAYLOAD_KEYS,
    PUBLIC_URL: DRILL_PUBLIC_URL,
    ...env,
  };
  if (!env.DATABASE_URL) delete full.DATABASE_URL;
  let output = '';
  let onStart: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (onStart = resolve));
  const child = spawnScript(script, full, (chunk) => {
    // Keep the tail only: a long drill must not grow memory with the process's logs.
    output = (output + chunk.toString()).slice(-20_000);
    if (output.includes(readyLine)) onStart();
  });
  return {
    child,
    output: () => output,
    started,
    kill9: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/** A caller with a session minted straight in the database (no login throttle), speaking raw HTTP. */
export interface DrillCaller {
  username: string;
  cookie: string;
  csrf: string;
  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown; ms: number }>;
}

/** Mints a session for a demo user and returns a caller for it. */
export async function callerFor(db: Knex, baseUrl: string, username: string): Promise<DrillCaller> {
  const user = await db('users').where({ username }).first('id');
  if (!user) throw new Error(`no demo user ${username}`);
  const { token, csrfToken } = await createSession(db, Number(user.id), new Date());
  const cookie = `fugong_session=${token}; fugong_csrf=${csrfToken}`;
  return {
    username,
    cookie,
    csrf: csrfToken,
    async send(method, path, body) {
      const t0 = performance.now();
      const headers: Record<string, string> = { cookie, 'x-csrf-token': csrfToken, 'accept-language': 'zh-CN' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body: parsed, ms: performance.now() - t0 };
    },
  };
}

/** Runs `count` calls of `one` with `concurrency` in flight (or until `deadline`), in order of index. */
export async function inParallel(
  count: number,
  concurrency: number,
  one: (i: number) => Promise<void>,
  deadline = Infinity,
): Promise<number> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count && performance.now() < deadline) await one(next++);
    }),
  );
  return next;
}

/** The p-th percentile of ascending numbers. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Counts rows of a query result as a number, whatever the driver returns. */
export async function countOf(query: Knex.QueryBuilder): Promise<number> {
  const rows = await query.count({ n: '*' });
  return Number((rows[0] as { n: number | string }).n);
}

/** Whether a 4xx/5xx body is the API's clear refusal: `{ error: { code, message } }` with a non-empty message and no stack. */
export function isClearRefusal(body: unknown): boolean {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return (
    typeof error?.code === 'string' &&
    typeof error.message === 'string' &&
    error.message.length > 0 &&
    !/\n\s+at /.test(JSON.stringify(body))
  );
}
