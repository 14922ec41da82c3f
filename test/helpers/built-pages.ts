// The built web app and an API app on one loopback port, for browser tests: chromium opens the pages and they call the
// API on their own origin, which is the app's public URL (it takes state changes only from pages of that origin).
// TEST_APP_DIST names a build made outside the repository (a helper building while others build too): its files are
// served before the repository's web/app/dist, which createApp serves on its own.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import type { Config } from '#core/config';
import { createLogger } from '#core/logger';
import { createApp } from '#web/server/create-app';
import { listenTracked } from '#scripts/kit/in-flight';
import { freePort } from '#scripts/kit/start-script';

const BUILT_PAGES = process.env.TEST_APP_DIST ?? fileURLToPath(new URL('../../web/app/dist/', import.meta.url));

/** `api` behind the built pages: their files, and index.html at `/`, first; every other request goes to the API app. */
export function withBuiltPages(api: Express): Express {
  return express()
    .use(express.static(BUILT_PAGES, { index: false }))
    .get('/', (_req, res) => res.sendFile(join(BUILT_PAGES, 'index.html')))
    .use(api);
}

/** Listens on `port` of the loopback address; the function it resolves to stops the server without cutting a request
 * short (listenTracked): the database and the Temporal connection its handlers use are closed next. */
export async function listenOnLoopback(app: Express, port: number): Promise<() => Promise<void>> {
  const listening = await listenTracked(app, port, '127.0.0.1');
  return () => listening.stop();
}

/** Pages served in front of a running system's API: where chromium opens them, and how to stop serving. */
export interface PagesApp {
  baseUrl: string;
  stop(): Promise<void>;
}

/** The built pages and an API app over a running system's database and Temporal client, on a port (and so a public URL)
 * of their own; `changes` alter the system's config for this app alone (a fake provider's address, say). */
export async function startPagesApp(
  system: { config: Config; db: Knex; client: Client },
  changes: Partial<Config> = {},
): Promise<PagesApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = { ...system.config, ...changes, port, publicUrl: baseUrl };
  const api = createApp({ config, db: system.db, temporal: system.client, logger: createLogger('test', 'silent') });
  return { baseUrl, stop: await listenOnLoopback(withBuiltPages(api), port) };
}
