// A worker process for the commendation restart test: real activities over the test's SQLite file, except that
// awardCredit, once it has written the ledger entry, reports "credit written" on stdout and never replies, so the test
// can SIGKILL the process in the middle of applying the effects.
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '#activities/index';
import { loadConfig } from '#core/config';
import { createDb } from '#core/db';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { dataConverter } from '#core/temporal';

const { TEMPORAL_ADDRESS, TASK_QUEUE, DB_FILE, WORKFLOW_BUNDLE } = process.env;
if (!TEMPORAL_ADDRESS || !TASK_QUEUE || !DB_FILE || !WORKFLOW_BUNDLE)
  throw new Error('TEMPORAL_ADDRESS, TASK_QUEUE, DB_FILE and WORKFLOW_BUNDLE are required');

const db = createDb({ client: 'sqlite3', filename: DB_FILE });
const real = createActivities({
  db,
  renderer: createTemplateRenderer('Asia/Shanghai'),
  from: 'noreply@fugong.local',
  timeZone: 'Asia/Shanghai',
});
const activities = {
  ...real,
  async awardCredit(input: Parameters<typeof real.awardCredit>[0]): ReturnType<typeof real.awardCredit> {
    await real.awardCredit(input);
    process.stdout.write('credit written\n');
    return new Promise(() => undefined);
  },
};
const connection = await NativeConnection.connect({ address: TEMPORAL_ADDRESS });
// The test's payload key comes in as FUGONG_PAYLOAD_KEYS, so this worker seals and opens payloads like the test's client.
const worker = await Worker.create({
  connection,
  taskQueue: TASK_QUEUE,
  workflowBundle: { codePath: WORKFLOW_BUNDLE },
  dataConverter: dataConverter(loadConfig()),
  activities,
});
process.stdout.write('worker ready\n');
await worker.run();
