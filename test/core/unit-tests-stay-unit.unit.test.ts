// The `unit` project runs without the Temporal dev server or a database, so a unit test that starts one would fail
// only when run alone, or slow the fast loop down. This keeps `*.unit.test.ts` files away from the server kit. Its files
// also share their forks' module cache (vitest.config.ts, isolate: false), so none may replace a module for its own run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SERVER_KIT =
  /from '[^']*(helpers\/(running-system|bare-app|test-db|time-skipping|browser|start-script|ladder-tasks|http-session)|core\/db|core\/dev-server)'|from '(knex|@temporalio\/testing|@temporalio\/worker|playwright[^']*)'|\binject\(/;

function unitTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return unitTests(path);
    return entry.name.endsWith('.unit.test.ts') ? [path] : [];
  });
}

describe('unit tests', () => {
  it('start no server and open no database', () => {
    const files = unitTests(ROOT);
    expect(files.length).toBeGreaterThan(40);
    const offenders = files
      .filter((file) => SERVER_KIT.test(readFileSync(file, 'utf8').replace(/^\/\/.*$/gm, '')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('replace no module nor global, which the files after them in the same fork would meet', () => {
    const mocking = unitTests(ROOT)
      .filter((file) => /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')))
      .map((file) => relative(ROOT, file));
    expect(mocking).toEqual([]);
  });
});
