// The web app alone on a fresh seeded SQLite file, without Temporal or a worker: for tests of what the HTTP layer does
// before any workflow is involved (headers, CSRF, cookies, uploads, exports, logs).
import type { Server } from 'node:http';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig, type Config } from '#core/config';
import { createLogger } from '#core/logger';
import { createApp } from '#web/server/create-app';
import { freePort } from '#scripts/kit/start-script';
import { openSqlite, type TestDatabase } from './test-db';

/** A listening app, the log lines it wrote, and how to stop it. */
export interface BareApp {
  baseUrl: string;
  config: Config;
  db: Knex;
  logLines: string[];
  stop(): Promise<void>;
}

/** Starts the app on a free loopback port; `env` adds to its environment, `temporal` stands in for the client,
 * `database` replaces the fresh SQLite file (PostgreSQL variants), `now` is the app's clock (time-skipping tests). */
export async function startBareApp(
  options: { env?: NodeJS.ProcessEnv; temporal?: unknown; database?: TestDatabase; now?: () => Date } = {},
): Promise<BareApp> {
  const port = await freePort();
  const config = loadConfig({ PORT: String(port), LOG_LEVEL: 'info', ...options.env });
  const opened = options.database ? await options.database.open() : null;
  const db = opened ? opened.db : await openSqlite();
  await prepareDatabase(db, { seedDemo: true });
  const logLines: string[] = [];
  const logger = createLogger('test', 'info', { write: (line: string) => void logLines.push(line) });
  const temporal = (options.temporal ?? {}) as Client;
  const server: Server = createApp({ config, db, temporal, logger, ...(options.now ? { now: options.now } : {}) }).listen(
    port,
    '127.0.0.1',
  );
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    db,
    logLines,
    async stop() {
      server.close();
      server.closeAllConnections();
      await (opened ? opened.close() : db.destroy());
    },
  };
}
