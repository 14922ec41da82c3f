// The worker's workflow bundle kept under DATA_DIR (core/workflow-bundle-cache.ts): a start whose workflow code is
// unchanged takes it without running webpack, a change in any file the workflows import gives a new bundle, and a cache
// file cut short is never run. A two-file workflow keeps each bundling to a second or two.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedWorkflowBundle } from '#core/workflow-bundle-cache';
import { createLogger } from '#core/logger';

const root = join(import.meta.dirname, '../..');

describe('workflow bundle cache', () => {
  const home = mkdtempSync(join(tmpdir(), 'fugong-bundle-cache-'));
  const dir = join(home, 'data', 'workflow-bundle');
  const workflows = join(home, 'workflows');
  const lines: string[] = [];
  let webpackRuns = 0;

  /** Writes a workflow source dated a minute back, as a file saved before the worker starts. */
  function writeSource(name: string, text: string) {
    const path = join(workflows, name);
    writeFileSync(path, text);
    const past = new Date(Date.now() - 60_000);
    utimesSync(path, past, past);
  }
  const greeting = (word: string) => writeSource('greeting.ts', `export const GREETING = '${word}';\n`);

  /** One worker start's bundle, and the log messages it left. */
  async function start(): Promise<{ code: string; messages: string[] }> {
    lines.length = 0;
    const logger = createLogger('worker', 'info', { write: (line: string) => void lines.push(line) });
    const quiet = () => undefined;
    const bundlerLogger = {
      log: quiet,
      trace: quiet,
      debug: quiet,
      warn: quiet,
      error: quiet,
      info: (message: string) => void (message === 'Workflow bundle created' && webpackRuns++),
    };
    const options = { workflowsPath: join(workflows, 'index.ts') };
    const { code } = await cachedWorkflowBundle({ dir, options, bundlerLogger, logger });
    return { code, messages: lines.map((line) => (JSON.parse(line) as { msg: string }).msg) };
  }
  const bundles = () => readdirSync(dir).filter((name) => name.endsWith('.js'));

  beforeAll(() => {
    mkdirSync(workflows, { recursive: true });
    // Webpack resolves @temporalio/workflow from the workflow's folder upwards, as in the repository.
    symlinkSync(join(root, 'node_modules'), join(home, 'node_modules'));
    writeSource(
      'index.ts',
      "import { GREETING } from './greeting';\nexport async function greet(name: string): Promise<string> {\n  return `${GREETING}, ${name}`;\n}\n",
    );
    greeting('hello');
  });

  it('bundles at the first start and reuses that bundle at the next without running webpack', { timeout: 60_000 }, async () => {
    const first = await start();
    expect(first.messages).toEqual(['no cached workflow bundle matches the workflow code: bundling', 'workflow bundle cached']);
    expect(webpackRuns).toBe(1);
    expect(bundles()).toHaveLength(1);

    const second = await start();
    expect(second.messages).toEqual(['workflow bundle reused from cache']);
    expect(webpackRuns).toBe(1);
    expect(second.code).toBe(first.code);
  });

  it(
    'gives a new bundle when a file the workflow imports changes, and the old one again when it changes back',
    { timeout: 60_000 },
    async () => {
      const before = await start();
      const runs = webpackRuns;
      greeting('bonjour');
      const changed = await start();
      expect(webpackRuns).toBe(runs + 1);
      expect(changed.code).toContain("'bonjour'");
      expect(changed.code).not.toContain("'hello'");
      expect(bundles()).toHaveLength(2);

      greeting('hello');
      const back = await start();
      expect(back.messages).toEqual(['workflow bundle reused from cache']);
      expect(back.code).toBe(before.code);
      expect(webpackRuns).toBe(runs + 1);
    },
  );

  it('never runs a bundle file cut short: the start bundles again and mends the cache', { timeout: 60_000 }, async () => {
    const whole = await start();
    const runs = webpackRuns;
    const [current] = readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .filter((name) => readFileSync(join(dir, name), 'utf8') === whole.code);
    truncateSync(join(dir, current!), whole.code.length / 2);

    const mended = await start();
    expect(mended.messages[0]).toBe('workflow bundle cache entry skipped');
    expect(JSON.parse(lines[0]!).reason).toMatch(/is not the code its manifest names/);
    expect(webpackRuns).toBe(runs + 1);
    expect(mended.code).toBe(whole.code);

    expect((await start()).messages).toEqual(['workflow bundle reused from cache']);
  });

  it('bundles as before when a manifest is not JSON', { timeout: 60_000 }, async () => {
    await start();
    const runs = webpackRuns;
    for (const name of readdirSync(dir).filter((name) => name.endsWith('.json'))) writeFileSync(join(dir, name), '{"format":1,"fil');
    const after = await start();
    expect(after.code).toContain('GREETING');
    expect(webpackRuns).toBe(runs + 1);
  });
});
