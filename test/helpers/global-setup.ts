// Starts one Temporal dev server and bundles the workflow code once; tests get both through inject().
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '#core/config';
import { startDevServer } from '#core/dev-server';
import { bundleWorkflows } from '#core/temporal';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    workflowBundlePath: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** vitest globalSetup: dev server up, workflow bundle written, teardown stops the server. */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  const [server, bundle] = await Promise.all([
    startDevServer({ cliPath: config.temporal.cliPath, port: await freePort(), headless: true, readyTimeoutMs: 90_000 }),
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
