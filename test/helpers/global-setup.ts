// Starts one Temporal dev server, bundles the workflow code and migrates a PostgreSQL template database once; tests get
// them through inject(). The bundle is also kept as a worker keeps it (core/workflow-bundle-cache.ts) in a folder named by
// FUGONG_WORKFLOW_BUNDLE_DIR: the test processes inherit the variable and hand it to the scripts they spawn, so a spawned
// worker checks that bundle against the files and takes it instead of bundling in its fresh DATA_DIR (seconds of CPU each).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '#core/config';
import { workflowBundleOptions } from '#core/temporal';
import { cachedWorkflowBundle } from '#core/workflow-bundle-cache';
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
  // One folder for the run: the second project's setup finds the first one's bundle there. Removed by the setup that
  // made it, at the end (vitest tears every project's globalSetup down after the last test).
  const bundleDirMade = !process.env.FUGONG_WORKFLOW_BUNDLE_DIR;
  process.env.FUGONG_WORKFLOW_BUNDLE_DIR ||= mkdtempSync(join(tmpdir(), 'fugong-bundles-'));
  const bundleDir = process.env.FUGONG_WORKFLOW_BUNDLE_DIR;
  const [server, bundle, template] = await Promise.all([
    startDevServerOnFreePort({ cliPath: config.temporal.cliPath, headless: true, readyTimeoutMs: 90_000 }),
    cachedWorkflowBundle({
      dir: bundleDir,
      options: workflowBundleOptions(),
      bundlerLogger: { log() {}, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error },
    }),
    makePostgresTemplate(process.env.TEST_DATABASE_URL),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'fugong-bundle-'));
  const workflowBundlePath = join(dir, 'workflow-bundle.js');
  writeFileSync(workflowBundlePath, bundle.code);
  project.provide('temporalAddress', server.address);
  project.provide('workflowBundlePath', workflowBundlePath);
  project.provide('postgresTemplate', template?.name ?? null);
  return async () => {
    await Promise.all([server.stop(), template?.drop(), bundleDirMade && rm(bundleDir, { recursive: true, force: true })]);
  };
}
