// Worker crash: the production worker (scripts/worker.ts, a child process) is killed with SIGKILL at random moments
// while many three-rung ladders with seconds-long SLAs and many minutes-long quarantines run, and started again each
// time. Counted from the DB projections afterwards: every rung's task once, every breach escalated once, every
// check-in slot missed and alerted once, every quarantine released once, every notice sent once.
// (test/system/worker-crash-ladder.test.ts does the same for six ladders and two kills.)
import { Client, Connection } from '@temporalio/client';
import type { Knex } from 'knex';
import type { LadderParams } from '#workflows/ladder-workflow';
import { loadConfig } from '#core/config';
import { feverishWorker, QUARANTINE_MINUTES, quarantineParams, tallyQuarantines } from './crash-quarantines';
import { dataConverter } from '#core/temporal';
import { countOf, drillConfig, openDrillDb, spawnWorker, type DrillContext, type WorkerProcess } from './drill-kit';
import { startProcesses } from './drill-processes';
import { verdict, type DrillResult } from './drill-result';

/** Scale of the drill. */
export interface WorkerCrashOptions {
  ladders: number;
  /** Gate checks that quarantine, followed by the `monitoring` workflow. */
  quarantines: number;
  /** Kills, spread over the quarantines' span (default 12). */
  maxKills?: number;
}

const rung = (name: string, zh: string, actor: LadderParams['stages'][number]['actor'], last: boolean) => ({
  name,
  title: { 'zh-CN': zh, en: name },
  actor,
  sla: '10 seconds',
  actions: last ? ['resolve'] : ['resolve', 'escalate'],
  onBreach: last ? 'expire' : 'escalate',
});
// Three rungs that each breach after seconds, so timers fire while the worker is dead.
const PARAMS = {
  stages: [
    rung('cadre', '包挂干部', 'cadre-of-enterprise', false),
    rung('group', '专班', 'group-of-category', false),
    rung('hq', '指挥部', { role: 'hq' }, true),
  ],
} as LadderParams;
const STEPS = ['cadre:escalated', 'group:escalated', 'hq:expired'];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts, per ladder, missing and extra tasks, breaches and notices against what three breached rungs must leave. */
async function tally(db: Knex, ids: string[]) {
  const result = { lostTasks: 0, doubledTasks: 0, lostEscalations: 0, doubledEscalations: 0, lostEmails: 0, doubledEmails: 0 };
  const tasks = await db('tasks').whereIn('submission_id', ids).select('id', 'submission_id', 'step', 'status');
  const breaches = await db('submission_events')
    .whereIn('submission_id', ids)
    .where({ kind: 'ladder.sla-breached' })
    .select('submission_id', 'detail');
  const notices = await db('outbox')
    .whereIn('submission_id', ids)
    .whereIn('template', ['task-assigned', 'task-overdue'])
    .select('template', 'to_address', 'idempotency_key');
  for (const id of ids) {
    const mine = tasks.filter((t) => t.submission_id === id).map((t) => `${t.step}:${t.status}`);
    result.lostTasks += STEPS.filter((s) => !mine.includes(s)).length;
    result.doubledTasks += Math.max(0, mine.length - STEPS.filter((s) => mine.includes(s)).length);
    const stages = breaches.filter((b) => b.submission_id === id).map((b) => JSON.parse(b.detail).stage as string);
    result.lostEscalations += ['cadre', 'group', 'hq'].filter((s) => !stages.includes(s)).length;
    result.doubledEscalations += stages.length - new Set(stages).size;
  }
  // The cadre is told once that the task arrived and once that it is overdue; nobody gets one notice twice.
  for (const task of tasks.filter((t) => t.step === 'cadre')) {
    const templates = notices.filter((n) => String(n.idempotency_key).startsWith(`${task.id}/`)).map((n) => n.template);
    result.lostEmails += ['task-assigned', 'task-overdue'].filter((t) => !templates.includes(t)).length;
  }
  const seen = new Set<string>();
  for (const n of notices) {
    const task = String(n.idempotency_key).split('/').slice(0, -1).join('/');
    const key = `${task}|${n.template}|${n.to_address}`;
    if (seen.has(key)) result.doubledEmails++;
    seen.add(key);
  }
  return result;
}

/** Kill times: `count` random moments within the first `spanMs`, in order, so kills land in every phase. */
function killSchedule(count: number, spanMs: number): number[] {
  return Array.from({ length: count }, () => 20_000 + Math.random() * (spanMs - 20_000)).sort((x, y) => x - y);
}

/** Kills the worker at random moments while the ladders and quarantines run, then lets the last one finish them. */
export async function workerCrashDrill(ctx: DrillContext, options: WorkerCrashOptions): Promise<DrillResult[]> {
  const database = await openDrillDb();
  const { db } = database;
  const timeZone = loadConfig().timeZone;
  const taskQueue = `crash-drill-${Date.now()}`;
  const env = { DATA_DIR: database.dataDir, TEMPORAL_ADDRESS: ctx.temporalAddress, TEMPORAL_TASK_QUEUE: taskQueue };
  let worker: WorkerProcess = spawnWorker(env);
  const connection = await Connection.connect({ address: ctx.temporalAddress });
  const client = new Client({ connection, dataConverter: dataConverter(drillConfig(env)) });
  const begun = Date.now();
  const monitoring = quarantineParams(begun, timeZone);
  let kills = 0;
  try {
    const [ladders, quarantines] = await Promise.all([
      startProcesses(db, client, {
        count: options.ladders,
        workflowType: 'ladderWorkflow',
        taskQueue,
        formKey: 'crash-ladder',
        params: PARAMS,
      }),
      startProcesses(db, client, {
        count: options.quarantines,
        workflowType: 'monitoringWorkflow',
        taskQueue,
        formKey: 'crash-gate-check',
        params: monitoring,
        submitter: 'gate1',
        data: feverishWorker,
      }),
    ]);
    ctx.log(
      `worker crash: started ${ladders.length} ladders and ${quarantines.length} quarantines (check-ins at ${monitoring.checkInTimes.join(', ')})`,
    );
    const ended = async () =>
      (await countOf(db('tasks').whereIn('submission_id', ladders).where({ step: 'hq', status: 'expired' }))) +
      (await countOf(db('quarantines').whereIn('id', quarantines).where({ status: 'released' })));
    const all = ladders.length + quarantines.length;
    const schedule = killSchedule(options.maxKills ?? 12, (QUARANTINE_MINUTES + 1) * 60_000);
    const deadline = begun + 60 * 60_000;
    while ((await ended()) < all && Date.now() < deadline) {
      const next = schedule[kills];
      if (next !== undefined && Date.now() - begun >= next) {
        await Promise.race([worker.started, pause(180_000)]);
        await worker.kill9();
        kills += 1;
        ctx.log(
          `worker crash: kill -9 #${kills} at ${((Date.now() - begun) / 1000).toFixed(0)} s; ${await ended()}/${all} processes ended`,
        );
        await pause(Math.random() * 5_000);
        worker = spawnWorker(env);
      } else await pause(1_000);
    }
    const t = await tally(db, ladders);
    const q = await tallyQuarantines(db, quarantines, monitoring, timeZone);
    return [
      verdict({
        drill: 'worker-crash/ladders',
        measured: `${ladders.length} three-rung ladders, ${kills} × kill -9 of the worker: tasks, escalations, emails`,
        lost: t.lostTasks + t.lostEscalations + t.lostEmails,
        doubled: t.doubledTasks + t.doubledEscalations + t.doubledEmails,
        errors: 0,
        notes: [
          `ladders: lost tasks ${t.lostTasks}, escalations ${t.lostEscalations}, emails ${t.lostEmails}; doubled tasks ${t.doubledTasks}, escalations ${t.doubledEscalations}, emails ${t.doubledEmails}`,
        ],
      }),
      verdict({
        drill: 'worker-crash/quarantines',
        measured: `${quarantines.length} quarantines (${q.slots} check-in slots, none answered), same ${kills} kills: slots, missed alerts, releases, emails`,
        lost: q.lostQuarantines + q.lostSlots + q.lostAlerts + q.lostReleases,
        doubled: q.doubledEvents + q.doubledEmails,
        errors: 0,
        notes: [
          `quarantines: lost quarantines ${q.lostQuarantines}, slots ${q.lostSlots}, alerts ${q.lostAlerts}, releases ${q.lostReleases}; doubled events ${q.doubledEvents}, emails ${q.doubledEmails}`,
        ],
      }),
    ];
  } finally {
    await worker.kill9();
    await connection.close();
    await database.close();
  }
}
