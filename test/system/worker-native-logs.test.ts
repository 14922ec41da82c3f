// deploy/README.md, "Logs": JSON lines on stdout. The worker's Temporal SDK has a native core that, left to itself,
// prints its own warnings (every retry while Temporal is away) as coloured text on stderr, which a log pipeline that
// reads JSON drops or chokes on; scripts/worker.ts's runtime forwards them through the JSON logger instead.
import { describe, expect, inject, it } from 'vitest';
import { spawnScript } from '#scripts/kit/spawn-script';

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
});
