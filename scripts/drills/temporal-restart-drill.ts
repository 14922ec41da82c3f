// Temporal restart: a dev server on a file database holds many pending timers; it is stopped and started again in
// the middle, and every timer fires. The timers live in drill-only workflows holding 100 each (10,000 receipt
// workflows cost ~10 fsyncs each on the dev server's SQLite file: over an hour on a small machine), and alongside
// them real receipt workflows hold for `settleAfter`, so the projections show every submission settled once.
// The worker runs in this process and is recreated whenever it gives up on the vanished server.
import { join } from 'node:path';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import { createActivities } from '#activities/index';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { createWorker, dataConverter } from '#core/temporal';
import type { Knex } from 'knex';
import { countOf, drillConfig, freePort, openDrillDb, startTemporal, until, type DrillContext } from './drill-kit';
import { receiptParams, startProcesses } from './drill-processes';
import { verdict, type DrillResult } from './drill-result';

/** Keeps a worker polling across server outages; `stop` ends it. */
function resilientWorker(ctx: DrillContext, db: Knex, address: string, taskQueue: string) {
  const config = drillConfig({ TEMPORAL_ADDRESS: address, TEMPORAL_TASK_QUEUE: taskQueue });
  const activities = createActivities({ db, renderer: createTemplateRenderer(config.timeZone), from: config.mail.from });
  let stopping = false;
  let current: Worker | undefined;
  let restarts = 0;
  const loop = (async () => {
    while (!stopping) {
      try {
        current = await createWorker({ config, activities, workflowBundle: { codePath: ctx.workflowBundlePath } });
        if (stopping) break;
        await current.run();
      } catch {
        restarts += 1;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  })();
  return {
    restarts: () => restarts,
    async stop() {
      stopping = true;
      if (current?.getState() === 'RUNNING') current.shutdown();
      await loop;
    },
  };
}

/** Submissions with more than one timeline line of `kind`. */
const settledPer = (db: Knex, kind: string) =>
  db('submission_events').where({ kind }).groupBy('submission_id').havingRaw('count(*) > 1').select('submission_id');

/** Scale of the restart drill: timers in all, and receipt workflows beside them. */
export interface RestartOptions {
  timers: number;
  receipts: number;
  /** How long the server stays down; 15 s unless given. */
  downMs?: number;
  /** When the drill timers fire (spread over as long again), counted from their start; 30 s unless given. */
  holdMs?: number;
}

const PER_WORKFLOW = 100;

/** Receipts first (a hold long enough that all of them wait on their timer at the stop), then the timer workflows. */
async function startHolds(db: Knex, client: Client, taskQueue: string, options: RestartOptions) {
  const settleAfter = `${Math.max(20, Math.ceil(options.receipts * 0.6))} seconds`;
  const ids = await startProcesses(db, client, {
    count: options.receipts,
    workflowType: 'receiptWorkflow',
    taskQueue,
    formKey: 'restart-drill',
    params: receiptParams(settleAfter),
  });
  const holding = () => countOf(db('submissions').whereIn('status', ['received', 'settled']).where({ form_key: 'restart-drill' }));
  await until(async () => (await holding()) >= ids.length, 900_000, 'every receipt to reach its timer');
  const handles: WorkflowHandle[] = [];
  for (let left = options.timers, i = 0; left > 0; left -= PER_WORKFLOW, i++) {
    const input = { timers: Math.min(PER_WORKFLOW, left), delayMs: options.holdMs ?? 30_000, spreadMs: options.holdMs ?? 30_000 };
    handles.push(await client.workflow.start('drillTimersWorkflow', { taskQueue, workflowId: `timers-${i}`, args: [input] }));
  }
  // Every timer is set once each workflow's first task has completed.
  await until(
    async () => (await Promise.all(handles.map((h) => h.describe()))).every((d) => d.historyLength >= 5),
    600_000,
    'the timers to be set',
  );
  return { ids, handles, settleAfter };
}

/** Starts the timers and receipts, restarts the dev server while they hold, and counts what fired and settled. */
export async function temporalRestartDrill(ctx: DrillContext, options: RestartOptions): Promise<DrillResult[]> {
  const database = await openDrillDb();
  const { db } = database;
  const port = await freePort();
  const dbFile = join(database.dataDir, 'temporal.sqlite');
  let server = await startTemporal({ dbFile, port });
  const taskQueue = 'restart-drill';
  const worker = resilientWorker(ctx, db, server.address, taskQueue);
  const sealed = dataConverter(drillConfig({}));
  let connection = await Connection.connect({ address: server.address });
  try {
    const { ids, handles, settleAfter } = await startHolds(db, new Client({ connection, dataConverter: sealed }), taskQueue, options);
    const pendingReceipts = await countOf(db('submissions').where({ form_key: 'restart-drill', status: 'received' }));
    ctx.log(`temporal restart: ${options.timers} timers and ${pendingReceipts} receipts pending; stopping the dev server`);
    await connection.close();
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, options.downMs ?? 15_000));
    server = await startTemporal({ dbFile, port });
    ctx.log('temporal restart: dev server back; waiting for every timer');
    connection = await Connection.connect({ address: server.address });
    const after = new Client({ connection, dataConverter: sealed });
    const fired = (await Promise.all(handles.map((h) => after.workflow.getHandle(h.workflowId).result() as Promise<number>))).reduce(
      (a, b) => a + b,
      0,
    );
    const settled = () => countOf(db('submissions').where({ form_key: 'restart-drill', status: 'settled' }));
    await until(async () => (await settled()) >= ids.length, 1_800_000, 'every receipt to settle').catch(() => undefined);
    const doubled = (await settledPer(db, 'status.settled')).length + (await settledPer(db, 'status.received')).length;
    const timers = {
      drill: 'temporal-restart',
      measured: `${options.timers} timers (${handles.length} drill workflows) pending across a dev-server restart (file DB)`,
      lost: options.timers - fired,
      doubled: Math.max(0, fired - options.timers),
      errors: 0,
      notes: [`worker recreated ${worker.restarts()} times across the outage`],
    };
    const receipts = {
      drill: 'temporal-restart/receipts',
      measured: `${ids.length} receipt workflows, ${pendingReceipts} holding ${settleAfter} at the stop: settled once each`,
      lost: ids.length - (await settled()),
      doubled,
      errors: 0,
    };
    return [verdict(timers), verdict(receipts, pendingReceipts > 0)];
  } finally {
    await connection.close().catch(() => undefined);
    await worker.stop();
    await server.stop();
    await database.close();
  }
}
