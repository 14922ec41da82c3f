// HQ dashboard latency over 10,000 enterprises with projects, 60 days of difficulty reports and visits, on SQLite and
// on PostgreSQL, through the HTTP API as HQ signs in, against baselines measured in the same run on the same data:
// a primary-key lookup and the cheapest signed-in API call. Usage: npm run bench:dashboard [-- --enterprises 10000 --days 60 --requests 30]
// PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in a throwaway schema.
// Adding a group of figures to the bench: write a Filler in dashboard-fillers.ts and append it to FILLERS.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig } from '#core/config';
import { addDays } from '#core/domain/working-calendar';
import { createLogger } from '#core/logger';
import { signInOverFetch } from '#scripts/kit/fetch-sign-in';
import { createApp } from '#web/server/create-app';
import { FIGURE_GROUPS } from '#web/server/dashboard/figure-providers';
import { FILLERS, type World } from './dashboard-fillers';
import { onEachDatabase, stats, time } from './bench-databases';

const { values } = parseArgs({
  options: {
    enterprises: { type: 'string', default: '10000' },
    days: { type: 'string', default: '60' },
    requests: { type: 'string', default: '30' },
    databases: { type: 'string', default: 'sqlite,postgres' },
  },
});
const ENTERPRISES = Number(values.enterprises);
const DAYS = Number(values.days);
const REQUESTS = Number(values.requests);
const LAST_DAY = '2026-03-31';
const FIRST_DAY = addDays(LAST_DAY, 1 - DAYS);

/** Signs in as `username`; each GET throws unless it answers 200 and resolves to the parsed body. */
async function signIn(baseUrl: string, username: string): Promise<(path: string) => Promise<unknown>> {
  const get = await signInOverFetch(baseUrl, username);
  return async (path) => {
    const answer = await get(path);
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
    return answer.json();
  };
}

async function measure(name: string, db: Knex) {
  await prepareDatabase(db, { seedDemo: true });
  const world: World = {
    shape: { enterprises: ENTERPRISES, days: DAYS, firstDay: FIRST_DAY, lastDay: LAST_DAY },
    enterprises: [],
    cadreOf: new Map(),
    reporterOf: new Map(),
  };
  for (const fill of FILLERS) await fill(db, world);
  // PostgreSQL: VACUUM too. A fill of minutes leaves the trigger-kept roll-ups with a dead version of a row for each
  // write and no visibility map, which autovacuum clears in a database that grew over 60 days; without it every
  // index-only read of a roll-up goes to the table's pages as well.
  await db.raw(db.client.config.client === 'pg' ? 'vacuum analyze' : 'analyze');
  const app = createApp({
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    db,
    temporal: {} as Client,
    logger: createLogger('bench', 'silent'),
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const get = await signIn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'hq');
  const path = `/api/dashboard?from=${FIRST_DAY}&to=${LAST_DAY}`;
  await get(path); // warm-up: the first request pays for statement preparation and page cache
  const samples = { dashboard: [] as number[], session: [] as number[], pk: [] as number[] };
  for (let i = 0; i < REQUESTS; i += 1) {
    samples.pk.push(
      await time(() =>
        db('enterprises')
          .where({ id: world.enterprises[(i * 97) % world.enterprises.length] })
          .first(),
      ),
    );
    samples.session.push(await time(() => get('/api/session')));
    samples.dashboard.push(await time(() => get(path)));
  }
  server.close();
  return {
    name,
    dashboard: stats(samples.dashboard),
    session: stats(samples.session),
    pk: stats(samples.pk),
    groups: await groupTimes(db),
  };
}

/**
 * Each provider alone, in-process (no HTTP, no JSON), fastest of five runs: wall time, and this process's CPU time
 * (SQLite works on this process's threads, so for SQLite that is nearly all the work; a loaded machine stretches the
 * wall time far more than the CPU time).
 */
async function groupTimes(db: Knex): Promise<string> {
  const range = { from: FIRST_DAY, to: LAST_DAY, timeZone: loadConfig({}).timeZone, rowLimit: 200 };
  const times: string[] = [];
  let wallSum = 0;
  let cpuSum = 0;
  for (const group of FIGURE_GROUPS) {
    const runs: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < 5; i += 1) {
      const before = process.cpuUsage();
      const wall = await time(() => group.provide(db, 'all', range));
      const used = process.cpuUsage(before);
      runs.push({ wall, cpu: (used.user + used.system) / 1000 });
    }
    const wall = Math.min(...runs.map((run) => run.wall));
    const cpu = Math.min(...runs.map((run) => run.cpu));
    wallSum += wall;
    cpuSum += cpu;
    times.push(`${group.key} ${wall.toFixed(0)} (CPU ${cpu.toFixed(0)})`);
  }
  times.push(`all ${wallSum.toFixed(0)} (CPU ${cpuSum.toFixed(0)})`);
  return times.join(', ');
}

const results = await onEachDatabase(String(values.databases).split(','), 'dashboard.sqlite', measure);

const f = (ms: number) => ms.toFixed(2).padStart(9);
console.log(
  `\nHQ dashboard (GET /api/dashboard, every group, ${FIRST_DAY} – ${LAST_DAY}) over ${ENTERPRISES.toLocaleString('en')} enterprises × ${DAYS} days, ${REQUESTS} requests each\n`,
);
console.log(
  '| database   | dashboard p50 ms | dashboard p95 ms | GET /api/session p50 ms | pk lookup p50 ms | dashboard p95 / session p50 |',
);
console.log(
  '|------------|------------------|------------------|-------------------------|------------------|-----------------------------|',
);
for (const r of results) {
  console.log(
    `| ${r.name.padEnd(10)} | ${f(r.dashboard.p50).padStart(16)} | ${f(r.dashboard.p95).padStart(16)} | ${f(r.session.p50).padStart(23)} | ${f(r.pk.p50).padStart(16)} | ${(r.dashboard.p95 / r.session.p50).toFixed(1).padStart(27)} |`,
  );
}
console.log('\nProviders alone, in-process, fastest of five (ms):');
for (const r of results) console.log(`- ${r.name}: ${r.groups}`);
console.log('\nTarget: dashboard p95 under 150 ms idle (issue 21).');
