// Starts one Temporal dev server and bundles the workflow code once; tests get both through inject().
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '#core/config';
import { bundleWorkflows } from '#core/temporal';
import { startDevServerOnFreePort } from '#scripts/kit/temporal-dev-server';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    workflowBundlePath: string;
  }
}

/** vitest globalSetup: dev server up, workflow bundle written, teardown stops the server. */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  const [server, bundle] = await Promise.all([
    startDevServerOnFreePort({ cliPath: config.temporal.cliPath, headless: true, readyTimeoutMs: 90_000 }),
    bundleWorkflows({ log() {}, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error }),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'fugong-bundle-'));
  const workflowBundlePath = join(dir, 'workflow-bundle.js');
  writeFileSync(workflowBundlePath, bundle.code);
  project.provide('temporalAddress', server.address);
  project.provide('workflowBundlePath', workflowBundlePath);
  return async () => {
    await server.stop();
  };
}
