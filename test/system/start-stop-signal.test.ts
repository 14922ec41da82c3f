// Stopping `npm start` by a signal to its process (Ctrl-C, or a SIGTERM from a process manager): a signal that came
// while the Temporal dev server was starting, or the database was being prepared, ended the process before it could
// stop anything, and the dev server ran on without a parent, holding its ports against the next start. Each child is
// found by pid (Linux /proc) and must be gone once the signalled process has ended.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnScript } from '#scripts/kit/spawn-script';
import { installationEnv, portOpen, startScript, until } from '#scripts/kit/start-script';

/** What /proc says at `path`, or nothing once the process has gone. */
function procText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The pids of every process under `pid`, children first. */
function descendants(pid: number): number[] {
  const tasks = existsSync(`/proc/${pid}/task`) ? readdirSync(`/proc/${pid}/task`) : [];
  return tasks.flatMap((task) =>
    procText(`/proc/${pid}/task/${task}/children`)
      .split(' ')
      .filter(Boolean)
      .map(Number)
      .flatMap((child) => [child, ...descendants(child)]),
  );
}

/** Running, and not a zombie waiting to be reaped. */
const alive = (pid: number) => /^\d+ \(.*\) [^Z]/.test(procText(`/proc/${pid}/stat`));

const commandLine = (pid: number) => procText(`/proc/${pid}/cmdline`).replaceAll('\0', ' ');

describe.runIf(process.platform === 'linux')('npm start stopped by a signal', () => {
  const left: number[] = [];
  afterAll(() => {
    for (const pid of left.filter(alive)) process.kill(pid, 'SIGKILL');
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'stops the Temporal dev server it is starting when %s arrives during start-up, and ends',
    async (signal) => {
      const env: NodeJS.ProcessEnv = { ...(await installationEnv()), LOG_LEVEL: 'info' };
      let output = '';
      const start = spawnScript('scripts/start.ts', env, (chunk) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
      let devServer: number | undefined;
      await until(
        async () => (devServer = descendants(start.pid!).find((pid) => commandLine(pid).includes('server start-dev'))) !== undefined,
        60_000,
        `the dev server to be spawned (output: ${output})`,
      );
      left.push(devServer!);
      expect(output).toContain('starting the Temporal dev server');
      expect(output).not.toContain('Press Ctrl-C');
      start.kill(signal);
      expect(await exited).toBe(0);
      await until(async () => !alive(devServer!), 20_000, `the dev server (pid ${devServer}) to stop after ${signal}`);
      expect(await portOpen(Number(env.TEMPORAL_DEV_PORT))).toBe(false);
      expect(output).not.toContain('Fugong: temporal dev server exited');
    },
    90_000,
  );

  it('leaves no child running (dev server, worker, web server) after a SIGTERM once started', async () => {
    const env = await installationEnv();
    const started = await startScript(env);
    const pids = descendants(started.child.pid!);
    left.push(...pids);
    const commands = pids.map(commandLine);
    for (const part of ['server start-dev', 'scripts/worker.ts', 'scripts/web.ts'])
      expect(commands.some((line) => line.includes(part))).toBe(true);
    const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
    started.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await until(
      async () => pids.every((pid) => !alive(pid)),
      30_000,
      `every child of npm start to stop (${pids.filter(alive).map(commandLine)})`,
    );
    expect(await portOpen(Number(env.PORT))).toBe(false);
  }, 180_000);
});
