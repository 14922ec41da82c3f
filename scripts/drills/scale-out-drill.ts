// Scale-out: the compose topology without containers. One Temporal dev server, a fresh PostgreSQL database on the
// machine's server, two web processes (scripts/web.ts) on two ports and two workers (scripts/worker.ts), all started
// at once so they prepare the database together. The load drill's mix (submit, inbox, dashboard) goes round robin to
// both webs; half-way, one web and one worker are killed with SIGKILL and the load goes on against the survivors. A
// caller whose web is gone sends the same request, with the same submission id, to the other. Afterwards: every
// accepted submission has one row, one workflow, one first task and one assignment email.
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import knexFactory, { type Knex } from 'knex';
import { processWorkflowId } from '#core/domain/process-start';
import { dataConverter } from '#core/temporal';
import {
  callerFor,
  drillConfig,
  freePort,
  percentile,
  spawnWeb,
  spawnWorker,
  until,
  type AppProcess,
  type DrillContext,
} from './drill-kit';
import { verdict, type DrillResult } from './drill-result';
import { lostAndDoubled, perId } from './record-tally';

/** Duration, callers in flight and the server the fresh database is made on. */
export interface ScaleOutOptions {
  seconds: number;
  concurrency: number;
  /** A PostgreSQL URL whose server gets a new database for the run (dropped afterwards). */
  pgUrl: string;
}

type Phase = 'before' | 'after';
interface Tally {
  requests: number;
  /** Answers by status (0: no web answered). */
  statuses: Map<number, number>;
  errors: number;
  latencies: number[];
  accepted: number;
  retried: number;
}
const emptyTally = (): Tally => ({ requests: 0, statuses: new Map(), errors: 0, latencies: [], accepted: 0, retried: 0 });

/** A new database on the server of `pgUrl`, and the URL that names it. */
async function freshDatabase(pgUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `fugong_scaleout_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = knexFactory({ client: 'pg', connection: pgUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    },
  };
}

/** Sends one request to the web whose turn it is; when that web is gone, the same request to the next one. */
function roundRobin(bases: string[], alive: boolean[]) {
  let turn = 0;
  return async function send(cookie: string, csrf: string, method: string, path: string, body?: unknown) {
    const t0 = performance.now();
    let retried = 0;
    for (let attempt = 0; attempt < bases.length * 2; attempt++) {
      const i = turn++ % bases.length;
      if (!alive[i] && attempt < bases.length) continue;
      const headers: Record<string, string> = { cookie, 'x-csrf-token': csrf, 'accept-language': 'zh-CN' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      try {
        const response = await fetch(`${bases[i]}${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        await response.arrayBuffer();
        return { status: response.status, ms: performance.now() - t0, retried };
      } catch {
        // Connection refused or reset: that web is gone; the same request (same submission id) goes to the next.
        alive[i] = false;
        retried += 1;
      }
    }
    return { status: 0, ms: performance.now() - t0, retried };
  };
}

/** Per accepted submission: rows, workflows, first tasks and assignment emails, missing and extra. */
async function countRecords(db: Knex, client: Client, taskQueue: string, ids: string[]) {
  const tasksOf = () => perId(db('tasks').whereIn('submission_id', ids).where({ step: 'cadre' }), 'submission_id');
  await until(async () => (await tasksOf()).size >= ids.length, 300_000, 'a first task for every submission').catch(() => undefined);
  // The cadre is told once that the task arrived (the email's key names the task, so a retry cannot send it twice).
  const mailsOf = () => perId(db('outbox').whereIn('submission_id', ids).where({ template: 'task-assigned' }), 'submission_id');
  await until(async () => (await mailsOf()).size >= ids.length, 120_000, 'an assignment email for every task').catch(() => undefined);
  const runs = new Map<string, number>();
  for await (const execution of client.workflow.list({ query: `TaskQueue = "${taskQueue}"` }))
    runs.set(execution.workflowId, (runs.get(execution.workflowId) ?? 0) + 1);
  const tallies = {
    rows: await perId(db('submissions').whereIn('id', ids), 'id'),
    workflows: new Map(ids.map((id) => [id, runs.get(processWorkflowId(id)) ?? 0])),
    tasks: await tasksOf(),
    emails: await mailsOf(),
  };
  return lostAndDoubled(ids, tallies);
}

/** Runs the scale-out drill and reports the load before and after the kills and what the database holds afterwards. */
export async function scaleOutDrill(ctx: DrillContext, options: ScaleOutOptions): Promise<DrillResult[]> {
  const database = await freshDatabase(options.pgUrl);
  const taskQueue = `scale-out-${Date.now()}`;
  const env = { DATABASE_URL: database.url, TEMPORAL_ADDRESS: ctx.temporalAddress, TEMPORAL_TASK_QUEUE: taskQueue, LOG_LEVEL: 'warn' };
  const ports = [await freePort(), await freePort()];
  // All four at once, as after a deploy: they migrate and seed the one database in turn (core/startup-lock.ts).
  const webs: AppProcess[] = ports.map((port) => spawnWeb({ ...env, LOG_LEVEL: 'info', PORT: String(port), FUGONG_SEED_DEMO: '1' }));
  const workers: AppProcess[] = [spawnWorker({ ...env, LOG_LEVEL: 'info' }), spawnWorker({ ...env, LOG_LEVEL: 'info' })];
  const db = knexFactory({ client: 'pg', connection: database.url, pool: { min: 0, max: 4 } });
  const connection = await Connection.connect({ address: ctx.temporalAddress });
  const client = new Client({ connection, dataConverter: dataConverter(drillConfig(env)) });
  try {
    // Any process that exits before all are up (a failed start-up) ends the drill with its log; so does a slow start.
    const processes = [...webs, ...workers];
    const exited = processes.map(
      (p) => new Promise<never>((_, reject) => p.child.once('exit', () => reject(new Error(`a process exited: ${p.output()}`)))),
    );
    const slow = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('not all processes up in 5 minutes')), 300_000).unref(),
    );
    await Promise.race([Promise.all(processes.map((p) => p.started)), ...exited, slow]);
    ctx.log(`scale-out: two webs (ports ${ports.join(', ')}) and two workers up on database ${new URL(database.url).pathname.slice(1)}`);
    const bases = ports.map((port) => `http://127.0.0.1:${port}`);
    const alive = [true, true];
    const send = roundRobin(bases, alive);
    const as = (names: string[]) => Promise.all(names.map((name) => callerFor(db, bases[0]!, name)));
    const routes = [
      { name: 'submit', callers: await as(['ent01', 'ent02', 'ent03', 'ent04', 'ent05']) },
      { name: 'inbox', callers: await as(['cadre1', 'cadre2', 'cadre3', 'hq']) },
      { name: 'dashboard', callers: await as(['hq', 'admin']) },
    ];
    const tallies: Record<string, Record<Phase, Tally>> = Object.fromEntries(
      routes.map((r) => [r.name, { before: emptyTally(), after: emptyTally() }]),
    );
    const accepted: string[] = [];
    let phase: Phase = 'before';
    const started = performance.now();
    const killAt = started + (options.seconds * 1000) / 2;
    const deadline = started + options.seconds * 1000;
    let killedAt = killAt;
    const kills = (async () => {
      await new Promise((resolve) => setTimeout(resolve, killAt - performance.now()));
      killedAt = performance.now();
      phase = 'after';
      await Promise.all([webs[0]!.kill9(), workers[0]!.kill9()]);
      ctx.log(`scale-out: kill -9 of web 1 and worker 1 at ${((killedAt - started) / 1000).toFixed(0)} s`);
    })();
    ctx.log(
      `scale-out: ${options.concurrency} callers for ${options.seconds} s on submit, inbox and dashboard, round robin over both webs`,
    );
    await Promise.all(
      Array.from({ length: options.concurrency }, async (_, loop) => {
        const route = routes[loop % routes.length]!;
        for (let i = 0; performance.now() < deadline; i++) {
          const caller = route.callers[(loop + i) % route.callers.length]!;
          const submissionId = randomUUID();
          const answer =
            route.name === 'submit'
              ? await send(caller.cookie, caller.csrf, 'POST', '/api/forms/difficulty-report/submissions', {
                  submissionId,
                  data: { category: 'materials', summary: `原材料短缺 ${loop}-${i}` },
                })
              : await send(caller.cookie, caller.csrf, 'GET', route.name === 'inbox' ? '/api/tasks' : '/api/dashboard');
          const tally = tallies[route.name]![phase];
          tally.requests += 1;
          tally.statuses.set(answer.status, (tally.statuses.get(answer.status) ?? 0) + 1);
          tally.latencies.push(answer.ms);
          tally.retried += answer.retried;
          if (answer.status < 200 || answer.status >= 300) tally.errors += 1;
          else if (route.name === 'submit') {
            tally.accepted += 1;
            accepted.push(submissionId);
          }
        }
      }),
    );
    await kills;
    const ended = performance.now();
    const span: Record<Phase, number> = { before: (killedAt - started) / 1000, after: (ended - killedAt) / 1000 };
    ctx.log(`scale-out: load over, ${accepted.length} submissions accepted; counting what the database and Temporal hold`);
    const found = await countRecords(db, client, taskQueue, accepted);
    const perPhase = (name: string, p: Phase) => {
      const t = tallies[name]![p];
      const sorted = [...t.latencies].sort((a, b) => a - b);
      return `${name} ${p} the kills: ${t.requests} requests in ${span[p].toFixed(0)} s = ${(t.requests / span[p]).toFixed(1)}/s, p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, ${t.errors} errors, ${t.retried} sent again to the other web; statuses ${[...t.statuses].map(([s, n]) => `${s}×${n}`).join(' ')}`;
    };
    const all = routes.flatMap((r) => [tallies[r.name]!.before, tallies[r.name]!.after]);
    const latencies = all.flatMap((t) => t.latencies).sort((a, b) => a - b);
    const errors = all.reduce((sum, t) => sum + t.errors, 0);
    const requests = all.reduce((sum, t) => sum + t.requests, 0);
    const submits = tallies.submit!;
    return [
      verdict({
        drill: 'scale-out/load',
        measured: `2 webs + 2 workers on PostgreSQL, ${options.seconds} s, ${options.concurrency} callers; kill -9 of 1 web + 1 worker at ${span.before.toFixed(0)} s`,
        lost: null,
        doubled: null,
        errors,
        throughput: requests / ((ended - started) / 1000),
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        notes: [
          `submissions accepted: ${submits.before.accepted} before (${(submits.before.accepted / span.before).toFixed(1)}/s), ${submits.after.accepted} after (${(submits.after.accepted / span.after).toFixed(1)}/s)`,
          ...routes.flatMap((r) => [perPhase(r.name, 'before'), perPhase(r.name, 'after')]),
        ],
      }),
      verdict({
        drill: 'scale-out/records',
        measured: `${accepted.length} accepted submissions: rows, workflows, first tasks, assignment emails`,
        lost: found.lost,
        doubled: found.doubled,
        errors: 0,
        notes: found.notes,
      }),
    ];
  } finally {
    await Promise.all([...webs, ...workers].map((p) => p.kill9()));
    await connection.close();
    await db.destroy();
    await database.drop();
  }
}
