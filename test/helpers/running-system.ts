// The system under test, in-process: a migrated SQLite DB with demo data, a worker and the web app on a free port,
// all talking to the dev server from globalSetup.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import type { Knex } from 'knex';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig, type Config } from '#core/config';
import { createLogger } from '#core/logger';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { createWorker, dataConverter } from '#core/temporal';
import { createApp } from '#web/server/create-app';
import { installReceiptForm } from '../fixtures/receipt-form';
import { freePort } from './start-script';
import { TEST_PAYLOAD_KEYS } from './test-codec';
import type { TestDatabase } from './test-db';

/** The Temporal UI origin the system under test lets call its codec endpoint. */
export const TEST_TEMPORAL_UI_ORIGIN = 'http://temporal-ui.test:8233';

/** A running system and how to stop it. */
export interface RunningSystem {
  baseUrl: string;
  config: Config;
  db: Knex;
  client: Client;
  stop(): Promise<void>;
}

/** Starts DB, worker and web app on a unique task queue so test files never steal each other's tasks. */
export async function startSystem(database: TestDatabase, logLines?: string[]): Promise<RunningSystem> {
  // The public URL names the port the app listens on: a browser's Origin must match it (web/server/session/request-origin.ts).
  const config = loadConfig({
    PORT: String(await freePort()),
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
    LOG_LEVEL: 'silent',
    FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
    TEMPORAL_UI_ORIGIN: TEST_TEMPORAL_UI_ORIGIN,
  });
  const logger = logLines
    ? createLogger('test', 'debug', { write: (line: string) => void logLines.push(line) })
    : createLogger('test', 'silent');
  const { db, close } = await database.open();
  await prepareDatabase(db, { seedDemo: true });
  await installReceiptForm(db);
  const activities = createActivities({ db, renderer: createTemplateRenderer(config.timeZone), from: config.mail.from });
  const worker: Worker = await createWorker({ config, activities, workflowBundle: { codePath: inject('workflowBundlePath') } });
  const running = worker.run();
  const connection = await Connection.connect({ address: inject('temporalAddress') });
  const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: dataConverter(config) });
  const server = createApp({ config, db, temporal: client, logger }).listen(config.port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    baseUrl: `http://127.0.0.1:${config.port}`,
    config,
    db,
    client,
    async stop() {
      server.close();
      server.closeAllConnections();
      worker.shutdown();
      await running;
      await connection.close();
      await close();
    },
  };
}
