// deploy/README.md, "Logs": JSON lines on stdout. The worker's Temporal SDK has a native core that, left to itself,
// prints its own warnings (every retry while Temporal is away) as coloured text on stderr, which a log pipeline that
// reads JSON drops or chokes on; scripts/worker.ts's runtime forwards them through the JSON logger instead. Forwarding
// keeps the SDK's runtime referenced until the worker's connection is closed: a worker that did not close it said
// "worker stopped" at SIGTERM and never ended, holding TEMPORAL_METRICS_ADDRESS's port against its replacement, which
// then died with the core's stack ("Failed to start prometheus metrics exporter") instead of a line naming the setting.
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '#scripts/kit/ports';
import { until } from '#scripts/kit/eventually';
import { spawnScript } from '#scripts/kit/spawn-script';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';

describe('the worker while Temporal is away', () => {
  it('logs the SDK core’s retries as JSON lines on stdout, and nothing on stderr', async () => {
    let stdout = '';
    let stderr = '';
    const child = spawnScript(
      'test/system/temporal-connection-lost.ts',
      { ...process.env, TEMPORAL_ADDRESS: inject('temporalAddress') },
      () => undefined,
    );
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n').filter((line) => line.trim());
    for (const line of lines) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
    const core = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.sdkComponent === 'core');
    expect(core.length).toBeGreaterThan(0);
    expect(core[0]).toMatchObject({ level: 40, name: 'worker', target: 'temporalio_client::retry' });
  }, 60_000);

  it('ends at SIGTERM once it says "worker stopped", freeing its metrics port', { timeout: 120_000 }, async () => {
    const metricsPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'fugong-worker-stop-')),
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: `worker-stop-${randomUUID()}`,
      TEMPORAL_METRICS_ADDRESS: `127.0.0.1:${metricsPort}`,
      PUBLIC_URL: 'https://fugong.example.gov.cn',
      FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
      LOG_LEVEL: 'info',
    };
    delete env.DATABASE_URL;
    let output = '';
    const child = spawnScript('scripts/worker.ts', env, (chunk) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await until(() => Promise.resolve(output.includes('"worker started"')), 90_000, 'the worker to start');
      child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 15_000)),
      ]);
      expect(output).toContain('"worker stopped"');
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('refuses a taken TEMPORAL_METRICS_ADDRESS with one configuration error naming it (exit 78)', { timeout: 60_000 }, async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NODE_ENV: 'production',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'fugong-worker-metrics-')),
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        TEMPORAL_METRICS_ADDRESS: `127.0.0.1:${port}`,
        PUBLIC_URL: 'https://fugong.example.gov.cn',
        FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
      };
      delete env.DATABASE_URL;
      let output = '';
      const child = spawnScript('scripts/worker.ts', env, (chunk) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(78);
      expect(output).toContain(`Fugong: configuration error: TEMPORAL_METRICS_ADDRESS=127.0.0.1:${port}: the port is taken`);
      expect(output).not.toContain('    at ');
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
  });
});
