// A commendation's effects when the worker process dies in the middle of applying them (dev server, real time): the
// worker is SIGKILLed after it has written the credit entry and before the notice and the email; a new worker takes
// over, and the entry, the notice, the email and the timeline line each exist exactly once.
// (The time-skipping test server never hands the next workflow task to a new worker after a poller's process is
// killed, so this case runs on the real server; the publicity window is left out of its params: the effects are what
// is under test, and test/notices/commendation-publicity.test.ts covers the window.)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import type { ProcessStartInput } from '#core/domain/process-start';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { readShippedForms } from '#forms/shipped-forms';
import type { LadderParams, LadderResult } from '#workflows/ladder-workflow';
import { eventually } from '#scripts/kit/eventually';
import { ladderTasks } from '../helpers/ladder-tasks';
import { openSqlite } from '../helpers/test-db';
import { TEST_PAYLOAD_KEYS, testDataConverter, testWorkerCode } from '../helpers/test-codec';

const TZ = 'Asia/Shanghai';
const COMMENDATION = readShippedForms().find((form) => form.key === 'commendation')!;
const count = async (query: Knex.QueryBuilder) => Number((await query.count({ n: '*' }).first())!.n);

describe('commendation effects across a worker SIGKILL (dev server, real worker process)', () => {
  let db: Knex;
  let client: Client;
  const taskQueue = `commendation-restart-${randomUUID()}`;
  const { openTask, decide } = ladderTasks(
    () => db,
    () => client,
  );

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    client = new Client({
      connection: await Connection.connect({ address: inject('temporalAddress') }),
      dataConverter: testDataConverter(),
    });
  });
  afterAll(async () => {
    await client?.connection.close();
    await db?.destroy();
  });

  // The killed attempt of awardCredit is only given up after its 30-second start-to-close timeout.
  it('writes the credit entry, the notice and the email once though the worker dies after the entry', { timeout: 240_000 }, async () => {
    let output = '';
    const stalling = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./worker-that-stalls-after-credit.ts', import.meta.url))],
      {
        env: {
          ...process.env,
          TEMPORAL_ADDRESS: inject('temporalAddress'),
          PUBLIC_URL: 'http://fugong.test',
          TASK_QUEUE: taskQueue,
          DB_FILE: (db.client.config.connection as { filename: string }).filename,
          WORKFLOW_BUNDLE: inject('workflowBundlePath'),
          FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    stalling.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    const exited = new Promise((resolve) => stalling.once('exit', resolve));

    const cadre = await db('users').where({ username: 'cadre1' }).first('id', 'enterprise_id');
    const enterpriseId = (await db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id;
    const id = randomUUID();
    const data = { honour: '复工复产先进企业', deeds: '组织员工有序返岗，防疫物资储备充足' };
    const at = new Date().toISOString();
    await db('submissions').insert({
      id,
      form_key: 'commendation',
      form_version: 1,
      enterprise_id: enterpriseId,
      user_id: cadre.id,
      data: JSON.stringify(data),
      status: 'submitted',
      workflow_id: `submission-${id}`,
      created_at: at,
      updated_at: at,
    });
    const { publicity: _window, ...params } = COMMENDATION.process.params as unknown as LadderParams & { publicity: unknown };
    const input: ProcessStartInput<LadderParams> = {
      submissionId: id,
      formKey: 'commendation',
      formVersion: 1,
      formTitle: COMMENDATION.title,
      enterpriseId,
      submitter: { userId: cadre.id, name: '包挂干部', email: 'cadre1@example.com', locale: 'zh-CN' },
      data,
      params,
    };
    const handle = await client.workflow.start('ladderWorkflow', { taskQueue, workflowId: `submission-${id}`, args: [input] });
    try {
      await decide(await openTask(id, 'review'), 'class-coordination', 'escalate', { opinion: '事迹属实，建议表扬' });
      await decide(await openTask(id, 'hq'), 'hq', 'approve', { opinion: '同意表扬' });
      expect(await eventually(async () => output.includes('credit written'), Boolean, 60_000)).toBe(true);
    } finally {
      stalling.kill('SIGKILL');
      await exited;
    }
    // Killed in the middle: the ledger has its entry; the notice and the email are still to come.
    expect(await count(db('credit_entries').where({ submission_id: id }))).toBe(1);
    expect(await count(db('notices').where({ submission_id: id, kind: 'commendation' }))).toBe(0);
    expect(await count(db('outbox').where({ submission_id: id, template: 'commendation-awarded' }))).toBe(0);

    const connection = await NativeConnection.connect({ address: inject('temporalAddress') });
    const activities = createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ });
    const restarted = await Worker.create({
      connection,
      taskQueue,
      ...testWorkerCode(),
      activities,
    });
    const result: LadderResult = await restarted.runUntil(handle.result());
    await connection.close();

    expect(result).toMatchObject({ status: 'settled', stage: 'hq', action: 'approve' });
    expect(await count(db('credit_entries').where({ submission_id: id }))).toBe(1);
    expect(await count(db('notices').where({ submission_id: id, kind: 'commendation' }))).toBe(1);
    expect(await count(db('outbox').where({ submission_id: id, template: 'commendation-awarded' }))).toBe(1);
    expect(await count(db('submission_events').where({ submission_id: id, kind: 'effects.applied' }))).toBe(1);
  });
});
