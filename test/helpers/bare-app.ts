// The web app alone on a fresh seeded SQLite file, without Temporal or a worker: for tests of what the HTTP layer does
// before any workflow is involved (headers, CSRF, cookies, uploads, exports, logs), and for pages in a browser.
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig, type Config } from '#core/config';
import { createLogger } from '#core/logger';
import { createApp } from '#web/server/create-app';
import { freePort } from '#scripts/kit/start-script';
import { listenOnLoopback, withBuiltPages } from './built-pages';
import { openSqlite, type TestDatabase } from './test-db';

/** A listening app, the log lines it wrote, and how to stop it. */
export interface BareApp {
  baseUrl: string;
  config: Config;
  db: Knex;
  logLines: string[];
  stop(): Promise<void>;
}

/** What startBareApp may be given (each described there). */
export interface BareAppOptions {
  env?: NodeJS.ProcessEnv;
  temporal?: unknown;
  database?: TestDatabase;
  now?: () => Date;
  pages?: boolean;
}

/** Starts the app on a free loopback port; `env` adds to its environment, `temporal` stands in for the client,
 * `database` replaces the fresh SQLite file (PostgreSQL variants), `now` is the app's clock (time-skipping tests);
 * `pages` serves the built pages in front of it (built-pages.ts), at the public URL chromium opens. */
export async function startBareApp(options: BareAppOptions = {}): Promise<BareApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({ PORT: String(port), LOG_LEVEL: 'info', ...(options.pages ? { PUBLIC_URL: baseUrl } : {}), ...options.env });
  const opened = options.database ? await options.database.open() : null;
  const db = opened ? opened.db : await openSqlite();
  await prepareDatabase(db, { seedDemo: true });
  const logLines: string[] = [];
  const logger = createLogger('test', 'info', { write: (line: string) => void logLines.push(line) });
  const temporal = (options.temporal ?? {}) as Client;
  const api = createApp({ config, db, temporal, logger, ...(options.now ? { now: options.now } : {}) });
  const close = await listenOnLoopback(options.pages ? withBuiltPages(api) : api, port);
  return {
    baseUrl,
    config,
    db,
    logLines,
    async stop() {
      await close();
      await (opened ? opened.close() : db.destroy());
    },
  };
}
