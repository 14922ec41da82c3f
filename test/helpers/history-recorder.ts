// What the scripts that record workflow histories for the replay test share: a time-skipping server whose client
// seals payloads with the test key (as the app seals; the workflows refuse unsealed decisions, and the replay test
// decodes with that key), a fresh seeded SQLite database, a worker on the bundled workflows with the real activities,
// and the saving of a finished run's history with the workflow id it ran under (task ids are derived from it).
import { readFileSync, writeFileSync } from 'node:fs';
import type { WorkflowHandle } from '@temporalio/client';
import proto from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig } from '#core/config';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { bundleWorkflows, dataConverter } from '#core/temporal';
import { TEST_PAYLOAD_KEYS } from './test-codec';
import { openSqlite } from './test-db';

const TZ = 'Asia/Shanghai';
const HISTORIES = new URL('../fixtures/histories/', import.meta.url);
const IDS = new URL('workflow-ids.json', HISTORIES);

/** Activity settings beside the database, renderer, sender and time zone (SMS, robots …). */
export type RecorderActivities = Omit<Parameters<typeof createActivities>[0], 'db' | 'renderer' | 'from' | 'timeZone'>;

/** Starts the server, the database and a worker on `queue`; run the paths inside `worker.runUntil`, then `close()`. */
export async function startHistoryRecorder(queue: string, activities: RecorderActivities = {}) {
  const config = loadConfig({ FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS });
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: config.temporal.testServerPath } },
    client: { dataConverter: dataConverter(config) },
  });
  const db = await openSqlite();
  await prepareDatabase(db, { seedDemo: true });
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: queue,
    workflowBundle: await bundleWorkflows(),
    dataConverter: dataConverter(config),
    activities: createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ, ...activities }),
  });
  return {
    env,
    db,
    worker,
    async close(): Promise<void> {
      await db.destroy();
      await env.teardown();
    },
  };
}

/** Writes the finished run's history as test/fixtures/histories/`file` and records its workflow id for the replay. */
export async function saveHistory(handle: WorkflowHandle, file: string): Promise<void> {
  const target = new URL(file, HISTORIES);
  writeFileSync(target, proto.temporal.api.history.v1.History.encode(await handle.fetchHistory()).finish());
  const ids = JSON.parse(readFileSync(IDS, 'utf8')) as Record<string, string>;
  writeFileSync(IDS, `${JSON.stringify({ ...ids, [file]: handle.workflowId }, null, 2)}\n`);
  console.log(`recorded ${target.pathname}`);
}
