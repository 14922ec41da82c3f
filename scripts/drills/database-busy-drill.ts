// Database busy: the web app takes state-changing requests (submissions, drafts, saved filters) while other
// processes — standing in for workers — write to the same database as fast as they can. On SQLite
// (WAL, busy timeout) and on PostgreSQL: no acknowledged write is lost, and every failure is a clear error, no 5xx.
// Latency is that of a running server: the first wave, sent to a server that has served nothing yet, is reported apart.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import {
  callerFor,
  countOf,
  inParallel,
  isClearRefusal,
  openDrillDb,
  percentile,
  startDrillSystem,
  type DrillCaller,
  type DrillContext,
  type DrillSystem,
} from './drill-kit';
import { insertSubmittedRows } from '../kit/submission-rows';
import { verdict, type DrillResult } from './drill-result';

/** Scale of the drill; `pgUrl` adds the PostgreSQL run when the server answers there. */
export interface DatabaseBusyOptions {
  requests: number;
  writers: number;
  pgUrl?: string;
}

/** A background writer: the projection updates a worker makes, in a loop, in a process of its own like a worker
 * (scripts/drills/busy-writer-process.ts); `stop` closes its stdin and resolves with its tally. */
function backgroundWriter(db: Knex, ids: string[]) {
  const config = db.client.config as { client: string; connection: string & { filename: string }; searchPath?: string[] };
  const database =
    config.client === 'pg'
      ? { client: 'pg', url: config.connection, searchPath: config.searchPath }
      : { client: 'sqlite3', filename: config.connection.filename };
  const script = fileURLToPath(new URL('./busy-writer-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.write(`${JSON.stringify({ database, ids })}\n`);
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const tally = { writes: 0, failures: new Map<string, number>() };
  const stop = async () => {
    child.stdin.end();
    const code = await exited;
    if (code !== 0) tally.failures.set(`writer process exited ${code}`, 1);
    const counted = out.trim() ? (JSON.parse(out.trim()) as { writes: number; failures: Record<string, number> }) : undefined;
    tally.writes = counted?.writes ?? 0;
    for (const [kind, n] of Object.entries(counted?.failures ?? {})) tally.failures.set(kind, n);
  };
  return { tally, stop };
}

// Requests in flight at once, from the drill's callers.
const IN_FLIGHT = 32;

type Sent = { kind: 'submit' | 'draft' | 'filter'; key: string; user: string; status: number; body: unknown; ms: number };

async function oneRequest(i: number, enterprises: DrillCaller[], inboxes: DrillCaller[]): Promise<Sent> {
  const key = randomUUID();
  if (i % 10 < 5) {
    const caller = enterprises[i % enterprises.length]!;
    const answer = await caller.send('POST', '/api/forms/difficulty-report/submissions', {
      submissionId: key,
      data: { category: 'funds', summary: `资金周转困难 ${i}` },
    });
    return { kind: 'submit', key, user: caller.username, ...answer };
  }
  if (i % 10 < 7) {
    const caller = enterprises[i % enterprises.length]!;
    const answer = await caller.send('PUT', '/api/forms/difficulty-report/my-draft', { submissionId: key, data: { summary: `草稿 ${i}` } });
    return { kind: 'draft', key, user: caller.username, ...answer };
  }
  const caller = inboxes[i % inboxes.length]!;
  const answer = await caller.send('POST', '/api/saved-filters', { name: `busy ${key}`, query: { status: 'open' } });
  return { kind: 'filter', key, user: caller.username, ...answer };
}

/** Acknowledged writes that cannot be found afterwards. */
async function lostWrites(db: Knex, sent: Sent[]): Promise<number> {
  const ok = sent.filter((s) => s.status >= 200 && s.status < 300);
  const submitted = ok.filter((s) => s.kind === 'submit').map((s) => s.key);
  const filters = ok.filter((s) => s.kind === 'filter').map((s) => `busy ${s.key}`);
  let found = 0;
  for (let i = 0; i < submitted.length; i += 500) found += await countOf(db('submissions').whereIn('id', submitted.slice(i, i + 500)));
  for (let i = 0; i < filters.length; i += 500) found += await countOf(db('saved_filters').whereIn('name', filters.slice(i, i + 500)));
  // Drafts are not counted: a later submission by the same user removes the draft, by design.
  return submitted.length + filters.length - found;
}

/** Submission rows for the background writers to update, owned by ent01. */
async function backgroundRows(db: Knex): Promise<string[]> {
  const ids = Array.from({ length: 200 }, () => randomUUID());
  await insertSubmittedRows(db, 'ent01', 'busy-drill', ids, (id) => `busy-${id}`);
  return ids;
}

/** The row for one database: lost acknowledged writes, unclear failures, latency; the background writers' failures as a note. */
async function summarize(
  label: string,
  options: DatabaseBusyOptions,
  system: DrillSystem,
  { cold, sent }: { cold: Sent[]; sent: Sent[] },
  writers: ReturnType<typeof backgroundWriter>[],
  seconds: number,
): Promise<DrillResult> {
  // 503 `busy` (with Retry-After) is the clear answer of an overloaded database; anything else ≥ 500 is a bug.
  const clearBusy = (s: Sent) => s.status === 503 && isClearRefusal(s.body);
  // Answers are judged in both waves; only the latency figures leave the first wave out.
  const all = [...cold, ...sent];
  const busy = all.filter(clearBusy).length;
  const fiveXx = all.filter((s) => (s.status >= 500 || s.status === 0) && !clearBusy(s)).length;
  const unclear = all.filter((s) => s.status >= 400 && s.status < 500 && !isClearRefusal(s.body)).length;
  const refused = all.filter((s) => s.status >= 400 && s.status < 500).length;
  const latencies = sent.map((s) => s.ms).sort((a, b) => a - b);
  const coldSlowest = Math.max(...cold.map((s) => s.ms));
  const backgroundWrites = writers.reduce((sum, w) => sum + w.tally.writes, 0);
  const failures = new Map<string, number>();
  for (const w of writers) for (const [k, n] of w.tally.failures) failures.set(k, (failures.get(k) ?? 0) + n);
  const serverErrors = [...new Set(system.serverErrors.values())].slice(0, 3).join(' / ') || 'no unhandled server error';
  return verdict({
    drill: `database-busy/${label}`,
    measured: `${sent.length} HTTP writes with ${options.writers} writer processes (${backgroundWrites} writes)`,
    lost: await lostWrites(system.db, all),
    doubled: null,
    errors: fiveXx + unclear,
    throughput: sent.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    notes: [
      `${busy} × 503 busy with Retry-After; ${serverErrors}`,
      `first wave on the just-started server (${cold.length} at once, not in the figures above; counted for lost writes): slowest ${coldSlowest.toFixed(1)} ms`,
      `${refused} clear 4xx refusals; background writer failures (retried by Temporal in production): ${[...failures].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`,
    ],
  });
}

async function runOn(ctx: DrillContext, label: string, options: DatabaseBusyOptions, pgUrl?: string): Promise<DrillResult> {
  const database = await openDrillDb(pgUrl);
  const system = await startDrillSystem(ctx, { db: database.db, worker: false });
  try {
    const enterprises = await Promise.all(
      ['ent01', 'ent02', 'ent03', 'ent04', 'ent05'].map((u) => callerFor(system.db, system.baseUrl, u)),
    );
    const inboxes = await Promise.all(['cadre1', 'cadre2', 'hq'].map((u) => callerFor(system.db, system.baseUrl, u)));
    const background = await backgroundRows(system.db);
    const writers = Array.from({ length: options.writers }, () => backgroundWriter(system.db, background));
    const send = (into: Sent[]) => async (i: number) => {
      try {
        into.push(await oneRequest(i, enterprises, inboxes));
      } catch (error) {
        into.push({ kind: 'submit', key: '', user: '', status: 0, body: String(error), ms: 0 });
      }
    };
    // The first wave reaches a server that has served nothing yet (code not yet optimised by V8, statements not yet
    // prepared, validators not yet compiled): measured apart, so the figures below are those of a running server.
    const cold: Sent[] = [];
    await inParallel(IN_FLIGHT, IN_FLIGHT, send(cold));
    const sent: Sent[] = [];
    const started = performance.now();
    await inParallel(options.requests, IN_FLIGHT, send(sent));
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(writers.map((w) => w.stop()));
    return await summarize(label, options, system, { cold, sent }, writers, seconds);
  } finally {
    await system.stop();
    await database.close();
  }
}

/** SQLite always; PostgreSQL when `pgUrl` answers. */
export async function databaseBusyDrill(ctx: DrillContext, options: DatabaseBusyOptions): Promise<DrillResult[]> {
  const results = [await runOn(ctx, 'sqlite', options)];
  if (options.pgUrl) results.push(await runOn(ctx, 'postgres', options, options.pgUrl));
  return results;
}
