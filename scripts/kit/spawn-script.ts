// One way to run a script of this repository (scripts/start.ts, scripts/worker.ts, …) as a child process under tsx, with
// its stdout and stderr handed to the caller: the start kit, the drills and the system tests that kill a worker
// mid-flight all spawn it alike, so the command line and the working folder live here once.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Spawns `script` (a path from the repository's root) under tsx with `env`; each chunk of its output goes to `onOutput`. */
export function spawnScript(script: string, env: NodeJS.ProcessEnv, onOutput: (chunk: Buffer) => void): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, script)], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', onOutput);
  child.stderr!.on('data', onOutput);
  return child;
}
