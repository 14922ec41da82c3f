// HQ dashboard latency over 10,000 enterprises with projects, 60 days of difficulty reports and visits, on SQLite and
// on PostgreSQL, through the HTTP API as HQ signs in, against baselines measured in the same run on the same data:
// a primary-key lookup and the cheapest signed-in API call. Usage: npm run bench:dashboard [-- --enterprises 10000 --days 60 --requests 30]
// PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in a throwaway schema.
// Adding a group of figures to the bench: write a Filler below and append it to FILLERS.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Client } from '@temporalio/client';
import knexFactory, { type Knex } from 'knex';
import { prepareDatabase } from '../core/bootstrap';
import { loadConfig } from '../core/config';
import { createDb } from '../core/db';
import { DEMO_PASSWORD } from '../core/demo/demo-seed';
import { addDays } from '../core/domain/working-calendar';
import { createLogger } from '../core/logger';
import { DIFFICULTY_CATEGORIES } from '../core/org/org-types';
import { createApp } from '../web/server/create-app';

const { values } = parseArgs({ options: { enterprises: { type: 'string', default: '10000' }, days: { type: 'string', default: '60' }, requests: { type: 'string', default: '30' } } });
const ENTERPRISES = Number(values.enterprises);
const DAYS = Number(values.days);
const REQUESTS = Number(values.requests);
const LAST_DAY = '2026-03-31';
const FIRST_DAY = addDays(LAST_DAY, 1 - DAYS);

/** What the fillers share: the enterprises, their cadres, and the enterprise users who report. */
interface World {
  enterprises: number[];
  cadreOf: Map<number, number>;
  reporterOf: Map<number, number>;
}
type Filler = (db: Knex, world: World) => Promise<void>;

async function insertAll(db: Knex, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) await db.batchInsert(table, rows.slice(i, i + 2000), 500);
  process.stderr.write(`  ${table}: ${rows.length.toLocaleString('en')} rows\n`);
}

/** Enterprises (a tenth focus), 1–3 projects each, a cadre for every five, one reporting user each. */
const fillOrganisation: Filler = async (db, world) => {
  const at = new Date().toISOString();
  const types = ['construction', 'general_contractor', 'supervision', 'investment_platform'];
  await insertAll(db, 'enterprises', Array.from({ length: ENTERPRISES }, (_, n) => ({ name: `压测企业 ${n}`, credit_code: `B${String(n).padStart(17, '0')}`, type: types[n % 4], focus: n % 10 === 0, created_at: at })));
  world.enterprises.push(...(await db('enterprises').where('name', 'like', '压测企业 %').orderBy('id').pluck('id')).map(Number));
  const statuses = ['started', 'started', 'started', 'ready', 'delayed'];
  await insertAll(db, 'projects', world.enterprises.flatMap((id, n) => Array.from({ length: 1 + (n % 3) }, (_, k) => ({ enterprise_id: id, name: `项目 ${n}-${k}`, status: statuses[(n + k) % 5], major: false }))));
  const users = world.enterprises.flatMap((id, n) => [
    { username: `bench-ent-${n}`, display_name: `联络员 ${n}`, role: 'enterprise', password_hash: 'x', enterprise_id: id, created_at: at },
    ...(n % 5 === 0 ? [{ username: `bench-cadre-${n / 5}`, display_name: `干部 ${n / 5}`, role: 'cadre', password_hash: 'x', created_at: at }] : []),
  ]);
  await insertAll(db, 'users', users);
  const byName = new Map((await db('users').where('username', 'like', 'bench-%').select('id', 'username')).map((u) => [String(u.username), Number(u.id)]));
  world.enterprises.forEach((id, n) => {
    world.reporterOf.set(id, byName.get(`bench-ent-${n}`)!);
    world.cadreOf.set(id, byName.get(`bench-cadre-${Math.floor(n / 5)}`)!);
  });
  await insertAll(db, 'cadre_assignments', world.enterprises.map((id) => ({ cadre_id: world.cadreOf.get(id), enterprise_id: id, assigned_at: at })));
};

/** Difficulty reports: one per 20 enterprises a day, with their rung tasks, breaches and outcomes. */
const fillDifficulties: Filler = async (db, world) => {
  const submissions: Record<string, unknown>[] = [];
  const tasks: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const perDay = Math.ceil(world.enterprises.length / 20);
  for (let d = 0; d < DAYS; d += 1) {
    for (let k = 0; k < perDay; k += 1) {
      const n = d * perDay + k;
      const enterprise = world.enterprises[(n * 7) % world.enterprises.length]!;
      const id = randomUUID();
      const createdAt = new Date(Date.parse(`${addDays(FIRST_DAY, d)}T01:00:00Z`) + (k % 600) * 60_000).toISOString();
      const rungs = 1 + (n % 3);
      const settled = n % 4 !== 0;
      const result = settled ? JSON.stringify({ status: 'settled', stage: 'cadre', data: { outcome: n % 2 ? 'solved-on-site' : 'coordinated' } }) : null;
      submissions.push({ id, form_key: 'difficulty-report', form_version: 1, enterprise_id: enterprise, user_id: world.reporterOf.get(enterprise), data: JSON.stringify({ category: DIFFICULTY_CATEGORIES[n % 8]!.key, summary: '压测困难问题' }), status: settled ? 'settled' : 'received', result, workflow_id: `bench-${id}`, created_at: createdAt, updated_at: createdAt });
      for (let r = 0; r < rungs; r += 1) {
        const breached = r < rungs - 1 && n % 5 === 0;
        tasks.push({ id: `${id}/${r}`, workflow_id: `bench-${id}`, submission_id: id, enterprise_id: enterprise, process_type: 'ladder', step: ['cadre', 'group', 'hq'][r], title: '{}', status: r < rungs - 1 ? (breached ? 'escalated' : 'done') : settled ? 'done' : 'open', due_at: createdAt, created_at: createdAt, allowed_actions: '[]', completion_schema: '{}' });
        if (breached) events.push({ submission_id: id, kind: 'ladder.sla-breached', detail: JSON.stringify({ stage: ['cadre', 'group', 'hq'][r] }), at: createdAt, event_key: `${id}/${r}/breach` });
      }
    }
  }
  await insertAll(db, 'submissions', submissions);
  await insertAll(db, 'tasks', tasks);
  await insertAll(db, 'submission_events', events);
};

/** Visits: every cadre visits one of its enterprises a day; half the visits meet a problem. */
const fillVisits: Filler = async (db, world) => {
  const at = new Date().toISOString();
  const visits: Record<string, unknown>[] = [];
  for (let d = 0; d < DAYS; d += 1) {
    for (let c = 0; c < world.enterprises.length; c += 5) {
      const enterprise = world.enterprises[c + (d % 5)] ?? world.enterprises[c]!;
      // Every other visit meets a problem, alternately solved on site and taken away.
      const kind = visits.length % 2 ? null : visits.length % 4 ? 'coordinate' : 'solved';
      visits.push({ enterprise_id: enterprise, cadre_id: world.cadreOf.get(enterprise), visited_on: addDays(FIRST_DAY, d), people_met: '项目负责人', opinions_count: d % 3, opinions: '意见', solved_count: kind === 'solved' ? 1 : 0, coordinate_count: kind === 'coordinate' ? 1 : 0, created_at: at });
    }
  }
  await insertAll(db, 'visits', visits);
  const rows = await db('visits').where('solved_count', 1).orWhere('coordinate_count', 1).select('id', 'coordinate_count');
  await insertAll(db, 'visit_problems', rows.map((row) => ({ visit_id: row.id, kind: row.coordinate_count ? 'coordinate' : 'solved', category: row.coordinate_count ? 'funds' : null, description: '压测问题描述' })));
};

/** The groups' data, in order; a new group of figures adds its filler here. */
const FILLERS: Filler[] = [fillOrganisation, fillDifficulties, fillVisits];

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

async function signIn(baseUrl: string, username: string): Promise<(path: string) => Promise<unknown>> {
  const cookieOf = (response: Response) => response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  const first = await fetch(`${baseUrl}/api/session`);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const login = await fetch(`${baseUrl}/api/session`, { method: 'POST', headers: { cookie: cookieOf(first), 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (login.status !== 200) throw new Error(`login as ${username}: ${login.status}`);
  const cookie = cookieOf(login);
  return async (path) => {
    const answer = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
    return answer.json();
  };
}

async function measure(name: string, db: Knex) {
  await prepareDatabase(db, { seedDemo: true });
  const world: World = { enterprises: [], cadreOf: new Map(), reporterOf: new Map() };
  for (const fill of FILLERS) await fill(db, world);
  await db.raw(db.client.config.client === 'pg' ? 'analyze' : 'analyze');
  const app = createApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db, temporal: {} as Client, logger: createLogger('bench', 'silent') });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const get = await signIn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'hq');
  const path = `/api/dashboard?from=${FIRST_DAY}&to=${LAST_DAY}`;
  await get(path); // warm-up: the first request pays for statement preparation and page cache
  const samples = { dashboard: [] as number[], session: [] as number[], pk: [] as number[] };
  for (let i = 0; i < REQUESTS; i += 1) {
    samples.pk.push(await time(() => db('enterprises').where({ id: world.enterprises[(i * 97) % world.enterprises.length] }).first()));
    samples.session.push(await time(() => get('/api/session')));
    samples.dashboard.push(await time(() => get(path)));
  }
  server.close();
  return { name, dashboard: stats(samples.dashboard), session: stats(samples.session), pk: stats(samples.pk) };
}

const results = [];
const sqlite = createDb({ client: 'sqlite3', filename: join(mkdtempSync(join(tmpdir(), 'fugong-bench-')), 'dashboard.sqlite') });
results.push(await measure('SQLite', sqlite));
await sqlite.destroy();

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const admin = knexFactory({ client: 'pg', connection: url });
try {
  await admin.raw(`create schema ${schema}`);
  const pg = knexFactory({ client: 'pg', connection: url, searchPath: [schema], pool: { min: 1, max: 5 } });
  results.push(await measure('PostgreSQL', pg));
  await pg.destroy();
} catch (error) {
  console.error(`PostgreSQL part skipped: ${(error as Error).message}`);
} finally {
  await admin.raw(`drop schema if exists ${schema} cascade`).catch(() => undefined);
  await admin.destroy();
}

const f = (ms: number) => ms.toFixed(2).padStart(9);
console.log(`\nHQ dashboard (GET /api/dashboard, every group, ${FIRST_DAY} – ${LAST_DAY}) over ${ENTERPRISES.toLocaleString('en')} enterprises × ${DAYS} days, ${REQUESTS} requests each\n`);
console.log('| database   | dashboard p50 ms | dashboard p95 ms | GET /api/session p50 ms | pk lookup p50 ms | dashboard p95 / session p50 |');
console.log('|------------|------------------|------------------|-------------------------|------------------|-----------------------------|');
for (const r of results) {
  console.log(`| ${r.name.padEnd(10)} | ${f(r.dashboard.p50).padStart(16)} | ${f(r.dashboard.p95).padStart(16)} | ${f(r.session.p50).padStart(23)} | ${f(r.pk.p50).padStart(16)} | ${(r.dashboard.p95 / r.session.p50).toFixed(1).padStart(27)} |`);
}
console.log('\nTarget: dashboard p95 under 500 ms.');
