// Runs scripts/start.ts (what `npm start` runs after building the web app) on free ports with its own data folder.
// Parallel suites race for ports: one found free can be bound by another suite before start.ts's dev server or web
// server binds it ("bind: address already in use"), so a start that exits that way is tried again on fresh ports — as is
// one whose dev server stopped without a word (ports.ts).
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './eventually';
import { devServerMayStartAgain, freePort } from './ports';
import { spawnScript } from './spawn-script';

export { freePort, portOpen } from './ports';
export { until } from './eventually';

/** How many times a start that lost a port race is tried, each on fresh ports. */
const START_ATTEMPTS = 4;
const PORT_VARIABLES = ['PORT', 'TEMPORAL_DEV_PORT', 'TEMPORAL_DEV_UI_PORT'] as const;

/** The environment of one installation: data folder and ports, reused across restarts. */
export async function installationEnv(): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'fugong-start-')), LOG_LEVEL: 'warn' };
  for (const name of PORT_VARIABLES) env[name] = String(await freePort());
  delete env.TEMPORAL_ADDRESS;
  delete env.DATABASE_URL;
  return env;
}

/** A started system: its process, its combined output so far, and how to stop it like Ctrl-C does. */
export interface StartedScript {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  stop(): Promise<number | null>;
}

/** Starts scripts/start.ts and resolves once /healthz answers 200. When a start loses a port race, the ports it lost
 * are replaced in `env` (so a later restart with the same env comes back where this one runs) and it starts again. */
export async function startScript(env: NodeJS.ProcessEnv): Promise<StartedScript> {
  const failures: string[] = [];
  for (let attempt = 1; ; attempt += 1) {
    const started = await startOnce(env);
    if (started.healthy) return started;
    started.child.kill('SIGKILL');
    failures.push(`attempt ${attempt}: ${started.failure}\n${started.output()}`);
    if (!started.mayStartAgain || attempt === START_ATTEMPTS) throw new Error(failures.join('\n'));
    for (const name of PORT_VARIABLES) if (env[name]) env[name] = String(await freePort());
  }
}

async function startOnce(env: NodeJS.ProcessEnv): Promise<StartedScript & { healthy: boolean; mayStartAgain: boolean; failure: string }> {
  let output = '';
  const child = spawnScript('scripts/start.ts', env, (chunk) => (output += chunk));
  const closed = new Promise((resolve) => child.once('close', resolve));
  const baseUrl = `http://127.0.0.1:${env.PORT}`;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const healthy = await eventually(
    async () =>
      !exited() &&
      (await fetch(`${baseUrl}/healthz`)
        .then((r) => r.ok)
        .catch(() => false)),
    (ok) => ok || exited(),
    90_000,
    300,
  );
  // The last lines (the bind error) may still be in the pipes when the exit is seen.
  if (exited()) await closed;
  return {
    child,
    baseUrl,
    healthy,
    mayStartAgain: exited() && devServerMayStartAgain(output),
    failure: exited()
      ? `scripts/start.ts exited (${child.exitCode ?? child.signalCode}) before it was healthy`
      : 'timed out waiting for the web server to report healthy',
    output: () => output,
    stop() {
      if (exited()) return Promise.resolve(child.exitCode);
      const stopped = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      return stopped;
    },
  };
}
