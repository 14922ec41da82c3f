// Starts one Temporal dev server, bundles the workflow code and migrates a PostgreSQL template database once; tests get
// them through inject().
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '#core/config';
import { bundleWorkflows } from '#core/temporal';
import { startDevServerOnFreePort } from '#scripts/kit/temporal-dev-server';
import { makePostgresTemplate } from './postgres-template';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    workflowBundlePath: string;
    /** The migrated database test-db.ts clones for each PostgreSQL test database, or null (a schema each). */
    postgresTemplate: string | null;
  }
}

/** vitest globalSetup: dev server up, workflow bundle written, template migrated; teardown stops and drops them. */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  const [server, bundle, template] = await Promise.all([
    startDevServerOnFreePort({ cliPath: config.temporal.cliPath, headless: true, readyTimeoutMs: 90_000 }),
    bundleWorkflows({ log() {}, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error }),
    makePostgresTemplate(process.env.TEST_DATABASE_URL),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'fugong-bundle-'));
  const workflowBundlePath = join(dir, 'workflow-bundle.js');
  writeFileSync(workflowBundlePath, bundle.code);
  project.provide('temporalAddress', server.address);
  project.provide('workflowBundlePath', workflowBundlePath);
  project.provide('postgresTemplate', template?.name ?? null);
  return async () => {
    await Promise.all([server.stop(), template?.drop()]);
  };
}
