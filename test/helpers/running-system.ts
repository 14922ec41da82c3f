// The system under test, in-process: a migrated SQLite DB with demo data, a worker and the web app on a free port,
// all talking to the dev server from globalSetup.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig, type Config } from '#core/config';
import { createLogger } from '#core/logger';
import type { Mailer } from '#core/mail/mailer';
import { startSystem as startAppAndWorker } from '#scripts/kit/system';
import { installReceiptForm } from '../fixtures/receipt-form';
import { freePort } from '#scripts/kit/start-script';
import { startPagesApp } from './built-pages';
import { TEST_PAYLOAD_KEYS } from './test-codec';
import { testDatabases, type TestDatabase } from './test-db';

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

/** Runs `start` with the test config on a free port, and again on another when a parallel suite took that one first. */
async function onFreePort<T>(start: (config: Config) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    // The public URL names the port the app listens on: a browser's Origin must match it (web/server/session/request-origin.ts).
    const port = await freePort();
    const config = loadConfig({
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
      TEMPORAL_UI_ORIGIN: TEST_TEMPORAL_UI_ORIGIN,
    });
    try {
      return await start(config);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt === 4) throw error;
    }
  }
}

/** Starts DB, worker and web app (scripts/kit/system.ts) on a unique task queue so test files never steal each other's
 * tasks; the tests' receipt form is installed unless `options.receiptForm` is false; `options.mailer` sends the
 * worker's email by SMTP (otherwise it stays in the outbox), `options.now` is the web app's clock. */
export async function startSystem(
  database: TestDatabase,
  logLines?: string[],
  options: { mailer?: Mailer; now?: () => Date; receiptForm?: boolean } = {},
): Promise<RunningSystem> {
  const logger = logLines
    ? createLogger('test', 'debug', { write: (line: string) => void logLines.push(line) })
    : createLogger('test', 'silent');
  const { db, close } = await database.open();
  await prepareDatabase(db, { seedDemo: true });
  if (options.receiptForm !== false) await installReceiptForm(db);
  const system = await onFreePort((config) =>
    startAppAndWorker({ config, db, logger, mailer: options.mailer, now: options.now, workflowBundlePath: inject('workflowBundlePath') }),
  );
  return {
    baseUrl: system.baseUrl,
    config: system.config,
    db,
    client: system.client,
    async stop() {
      await system.stop();
      await close();
    },
  };
}

/** A running system seen through the built pages, served with an API app of their own over its database and client
 * (built-pages.ts): `baseUrl` is theirs, and stopping stops both. `changes` alter that app's config alone (a fake
 * provider's address, say). */
export async function startSystemWithPages(
  database: TestDatabase,
  changes: (config: Config) => Partial<Config> = () => ({}),
  options: { receiptForm?: boolean } = {},
): Promise<RunningSystem> {
  const system = await startSystem(database, undefined, options);
  const pages = await startPagesApp(system, changes(system.config));
  return {
    ...system,
    baseUrl: pages.baseUrl,
    async stop() {
      await pages.stop();
      await system.stop();
    },
  };
}

/** What a journey through the pages runs on: the system as `npm start` leaves it — the shipped forms and the demo data,
 * nothing of the tests' own — worker and web app in this process, on the dev server from globalSetup. A journey that is
 * about `npm start` itself (its server's headers, its schedules, its printed lines) starts that instead
 * (scripts/kit/start-script.ts): each such start is a dev server and three processes, seconds of CPU the journeys
 * through pages do not need. */
export function startJourneySystem(): Promise<RunningSystem> {
  return startSystemWithPages(testDatabases()[0]!, () => ({}), { receiptForm: false });
}
