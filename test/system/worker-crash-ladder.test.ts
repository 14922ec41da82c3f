// A worker killed with SIGKILL in the middle of ladders, while their SLA timers run out, and started again: every
// rung's breach escalates exactly once, no task is lost or opened twice, and every notice is sent once.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { createDb } from '#core/db';
import type { ProcessStartInput } from '#core/domain/process-start';
import type { LadderParams } from '#workflows/ladder-workflow';
import { until } from '#scripts/kit/start-script';
import { spawnScript } from '#scripts/kit/spawn-script';
import { insertSubmittedRows } from '#scripts/kit/submission-rows';
import { TEST_PAYLOAD_KEYS, testDataConverter } from '../helpers/test-codec';

const LADDERS = 6;
// Three rungs that each breach quickly, so the timers fire while the worker is dead.
const PARAMS: LadderParams = {
  stages: [
    {
      name: 'cadre',
      title: { 'zh-CN': '包挂干部', en: 'Cadre' },
      actor: 'cadre-of-enterprise',
      sla: '4 seconds',
      actions: ['resolve', 'escalate'],
      onBreach: 'escalate',
    },
    {
      name: 'group',
      title: { 'zh-CN': '专班', en: 'Group' },
      actor: 'group-of-category',
      sla: '4 seconds',
      actions: ['resolve', 'escalate'],
      onBreach: 'escalate',
    },
    {
      name: 'hq',
      title: { 'zh-CN': '指挥部', en: 'HQ' },
      actor: { role: 'hq' },
      sla: '4 seconds',
      actions: ['resolve'],
      onBreach: 'expire',
    },
  ],
};

describe('worker killed mid-ladder (dev server, real worker process)', () => {
  let db: Knex;
  let client: Client;
  let worker: ChildProcess | undefined;
  let output = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'fugong-crash-'));
  const taskQueue = `crash-${randomUUID()}`;

  function startWorker(): ChildProcess {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      PUBLIC_URL: 'http://fugong.test',
      TEMPORAL_TASK_QUEUE: taskQueue,
      LOG_LEVEL: 'warn',
      FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
    };
    delete env.DATABASE_URL;
    // In DATA_DIR, as an installation keeps it: the restarts below are to find the first start's bundle there.
    delete env.FUGONG_WORKFLOW_BUNDLE_DIR;
    return spawnScript('scripts/worker.ts', env, (chunk) => (output += chunk));
  }
  function kill(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
  const breaches = async () => Number((await db('submission_events').where({ kind: 'ladder.sla-breached' }).count({ n: '*' }))[0]!.n);

  beforeAll(async () => {
    db = createDb({ client: 'sqlite3', filename: join(dataDir, 'fugong.sqlite') });
    await prepareDatabase(db, { seedDemo: true });
    client = new Client({
      connection: await Connection.connect({ address: inject('temporalAddress') }),
      dataConverter: testDataConverter(),
    });
  });
  afterAll(async () => {
    if (worker && worker.exitCode === null) await kill(worker);
    await client?.connection.close();
    await db?.destroy();
  });

  // The first worker start bundles the workflow code (on a loaded 2-core machine that alone can take half a minute); the
  // restarts take that bundle from DATA_DIR (core/workflow-bundle-cache.ts).
  it('escalates each rung once and loses no task or notice across two SIGKILLs', { timeout: 300_000 }, async () => {
    const ids = Array.from({ length: LADDERS }, () => randomUUID());
    const ent = await insertSubmittedRows(db, 'ent01', 'crash-ladder', ids, (id) => `submission-${id}`);
    worker = startWorker();
    const handles = await Promise.all(
      ids.map((submissionId) => {
        const input: ProcessStartInput<LadderParams> = {
          submissionId,
          formKey: 'crash-ladder',
          formVersion: 1,
          formTitle: { 'zh-CN': '崩溃演练', en: 'Crash drill' },
          enterpriseId: ent.enterpriseId,
          submitter: { userId: ent.userId, name: '企业联络员', email: null, locale: 'zh-CN' },
          data: { category: 'materials' },
          params: PARAMS,
        };
        return client.workflow.start('ladderWorkflow', { taskQueue, workflowId: `submission-${submissionId}`, args: [input] });
      }),
    );

    // First crash: every cadre task is open and its timer running.
    await until(
      async () => Number((await db('tasks').whereIn('submission_id', ids).count({ n: '*' }))[0]!.n) >= LADDERS,
      120_000,
      `the ${LADDERS} cadre tasks:\n${output}`,
    );
    await kill(worker);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const restartedAt = Date.now();
    worker = startWorker();
    // Second crash: once every cadre rung has breached, while the group rungs run.
    await until(async () => (await breaches()) >= LADDERS, 120_000, `the cadre rungs to breach:\n${output}`);
    await kill(worker);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    worker = startWorker();

    const results = await Promise.all(handles.map((handle) => handle.result()));
    expect(results.map((result) => result.status)).toEqual(Array(LADDERS).fill('expired'));
    // The restarts reused the first start's bundle: one bundle, written before them (a new bundling would rewrite it).
    const bundleDir = join(dataDir, 'workflow-bundle');
    const bundles = readdirSync(bundleDir).filter((name) => name.endsWith('.js'));
    expect(bundles).toHaveLength(1);
    expect(statSync(join(bundleDir, bundles[0]!)).mtimeMs).toBeLessThan(restartedAt);
    for (const id of ids) {
      const tasks = await db('tasks').where({ submission_id: id }).orderBy('created_at').select('step', 'status');
      expect(
        tasks.map((t) => `${t.step}:${t.status}`),
        id,
      ).toEqual(['cadre:escalated', 'group:escalated', 'hq:expired']);
      const stages = (await db('submission_events').where({ submission_id: id, kind: 'ladder.sla-breached' }).select('detail')).map(
        (row) => JSON.parse(row.detail).stage,
      );
      expect(stages, id).toEqual(['cadre', 'group', 'hq']);
    }
    // Each cadre was told once that the task arrived and once that it was overdue: nothing lost across the crashes.
    const notices = await db('outbox').whereIn('template', ['task-assigned', 'task-overdue']).select('template', 'idempotency_key');
    const cadreTasks = (await db('tasks').whereIn('submission_id', ids).where({ step: 'cadre' }).select('id')).map((t) => t.id as string);
    for (const taskId of cadreTasks) {
      const keys = notices.filter((n) => String(n.idempotency_key).startsWith(`${taskId}/`)).map((n) => n.template);
      expect(keys.sort(), taskId).toEqual(['task-assigned', 'task-overdue']);
    }
  });
});
