// Duplicates under load: every submission id is sent several times, all requests at once, in shuffled order.
// Exactly one submission row, one "submitted" timeline line, one audit line, one workflow and one first task each.
import { randomUUID } from 'node:crypto';
import {
  callerFor,
  isClearRefusal,
  openDrillDb,
  percentile,
  startDrillSystem,
  until,
  type DrillContext,
  type DrillSystem,
} from './drill-kit';
import { verdict, type DrillResult } from './drill-result';
import { lostAndDoubled, perId } from './record-tally';

/** Scale of the duplicates drill. */
export interface DuplicateOptions {
  ids: number;
  copies: number;
}

const DATA = { category: 'materials', summary: '原材料短缺，急需协调供应', urgent: true };

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Per id and per record kind, how many exist once the first tasks are open: missing ones, extra ones, a line each. */
async function countRecords(system: DrillSystem, ids: string[]): Promise<{ lost: number; doubled: number; notes: string[] }> {
  const { db } = system;
  // The ladder opens the cadre's task for each; wait for them before counting what might be doubled.
  const tasksOf = () => perId(db('tasks').whereIn('submission_id', ids), 'submission_id');
  await until(async () => (await tasksOf()).size >= ids.length, 180_000, 'a first task for every submission').catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const runs = new Map<string, number>();
  for await (const execution of system.client.workflow.list({ query: `TaskQueue = "${system.config.temporal.taskQueue}"` })) {
    runs.set(execution.workflowId, (runs.get(execution.workflowId) ?? 0) + 1);
  }
  const tallies = {
    rows: await perId(db('submissions').whereIn('id', ids), 'id'),
    events: await perId(db('submission_events').whereIn('submission_id', ids).where({ kind: 'status.submitted' }), 'submission_id'),
    audits: await perId(db('audit_log').whereIn('target_id', ids).where({ action: 'submission.create' }), 'target_id'),
    tasks: await tasksOf(),
    workflows: new Map(ids.map((id) => [id, runs.get(`submission-${id}`) ?? 0])),
  };
  return lostAndDoubled(ids, tallies);
}

/** Sends `ids × copies` difficulty reports at once and counts what exists afterwards. */
export async function duplicateSubmissionsDrill(ctx: DrillContext, options: DuplicateOptions): Promise<DrillResult[]> {
  const database = await openDrillDb();
  const system = await startDrillSystem(ctx, { db: database.db });
  try {
    const caller = await callerFor(system.db, system.baseUrl, 'ent01');
    const ids = Array.from({ length: options.ids }, () => randomUUID());
    const requests = shuffled(ids.flatMap((id) => Array<string>(options.copies).fill(id)));
    ctx.log(`duplicates: ${requests.length} concurrent submissions of ${ids.length} ids`);
    const started = performance.now();
    const answers = await Promise.all(
      requests.map((id) => caller.send('POST', '/api/forms/difficulty-report/submissions', { submissionId: id, data: DATA })),
    );
    const seconds = (performance.now() - started) / 1000;
    const errors = answers.filter((a) => a.status >= 500 || (a.status >= 400 && !isClearRefusal(a.body))).length;
    const refused = answers.filter((a) => a.status >= 400).length;
    const created = answers.filter((a) => a.status === 202).length;
    const { lost, doubled, notes } = await countRecords(system, ids);
    notes.push(`answers: ${created} × 202 (created), ${answers.length - created - refused} × 200 (repeat), ${refused} refused`);
    const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
    const result = {
      drill: 'duplicates',
      measured: `${requests.length} concurrent submits of ${ids.length} ids: rows, events, audit, workflows, tasks`,
      lost,
      doubled: doubled + Math.max(0, created - ids.length),
      errors: errors + refused,
      throughput: answers.length / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      notes,
    };
    return [verdict(result, created === ids.length)];
  } finally {
    await system.stop();
    await database.close();
  }
}
