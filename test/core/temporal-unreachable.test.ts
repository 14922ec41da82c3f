// An IT team that points TEMPORAL_ADDRESS at the wrong host (or starts web and worker before Temporal) used to meet a
// minute of silence and a gRPC stack from the web process, and a stack at once from the worker.
import { describe, expect, it } from 'vitest';
import type { Activities } from '#activities/index';
import { ConfigError, loadConfig } from '#core/config';
import { connectClient, createWorker } from '#core/temporal';
import { freePort } from '#scripts/kit/ports';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';

async function configAtClosedPort(extra: NodeJS.ProcessEnv = {}) {
  const port = await freePort();
  const env = {
    TEMPORAL_ADDRESS: `127.0.0.1:${port}`,
    PUBLIC_URL: 'https://fugong.example.gov.cn',
    FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
  };
  return { port, config: loadConfig({ ...env, ...extra }) };
}

describe('Temporal that does not answer', () => {
  it('ends the web client with one configuration error naming TEMPORAL_ADDRESS and what to do', async () => {
    const { port, config } = await configAtClosedPort();
    const error = await connectClient(config, 1_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      new RegExp(`^TEMPORAL_ADDRESS=127\\.0\\.0\\.1:${port}: Temporal did not answer within 1 s \\(.+\\): start Temporal there`),
    );
    expect((error as Error).message).not.toContain('\n');
  });

  it('lets the worker wait for it like the web server, then ends with the same line', async () => {
    const { port, config } = await configAtClosedPort();
    const started = Date.now();
    const error = await createWorker({ config, activities: {} as Activities, connectTimeoutMs: 1_500 }).catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`TEMPORAL_ADDRESS=127.0.0.1:${port}: Temporal did not answer within 2 s`);
  });

  it('names the embedded dev server and its port setting when TEMPORAL_ADDRESS is unset', async () => {
    const port = await freePort();
    const config = loadConfig({ TEMPORAL_DEV_PORT: String(port) });
    const error = await connectClient(config, 500).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/^the Temporal dev server at 127\.0\.0\.1:\d+ \(TEMPORAL_DEV_PORT\): .*`npm start` runs it/);
  });
});
