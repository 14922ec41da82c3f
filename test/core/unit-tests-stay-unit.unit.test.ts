// The `unit` project runs without the Temporal dev server or a database, so a unit test that starts one would fail
// only when run alone, or slow the fast loop down. This keeps `*.unit.test.ts` files away from the server kit. Its files
// also share their forks' module cache (vitest.config.ts, isolate: false), so none may replace a module for its own run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SERVER_KIT =
  /from '[^']*(helpers\/(running-system|bare-app|test-db|time-skipping|browser|start-script|ladder-tasks|http-session)|core\/db|core\/dev-server)'|from '(knex|@temporalio\/testing|@temporalio\/worker|playwright[^']*)'|\binject\(/;

function testFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

const unitTests = (dir: string) => testFiles(dir, '.unit.test.ts');
/** Code as written, its line comments left out (a comment may name what it must not do). */
const code = (file: string) => readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');

describe('unit tests', () => {
  it('start no server and open no database', () => {
    const files = unitTests(ROOT);
    expect(files.length).toBeGreaterThan(40);
    const offenders = files
      .filter((file) => SERVER_KIT.test(readFileSync(file, 'utf8').replace(/^\/\/.*$/gm, '')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});

// Every project shares its forks' module cache (vitest.config.ts, isolate: false): what one file replaces or sets for
// the process, the files after it in the same fork would meet.
describe('test files of every project', () => {
  const files = [...testFiles(ROOT, '.test.ts'), ...testFiles(join(ROOT, 'helpers'), '.ts')];

  it('replace no module nor global', () => {
    expect(files.length).toBeGreaterThan(400);
    const mocking = files.filter((file) => /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(code(file))).map((file) => relative(ROOT, file));
    expect(mocking).toEqual([]);
  });

  // globalSetup is not among them: it runs once in vitest's own process before any fork is made, and the one setting it
  // makes (the run's workflow-bundle folder) is meant for every fork and every process a test spawns.
  const RUN_SET_UP = join(ROOT, 'helpers', 'global-setup.ts');

  it('change no environment variable of the process (child processes get theirs in `env`)', () => {
    const setting = files
      .filter((file) => file !== RUN_SET_UP)
      .filter((file) =>
        /process\.env(\.\w+|\[[^\]]+\])\s*(=(?!=)|\?\?=|\|\|=)|delete process\.env|Object\.assign\(process\.env/.test(code(file)),
      )
      .map((file) => relative(ROOT, file));
    expect(setting).toEqual([]);
  });
});
