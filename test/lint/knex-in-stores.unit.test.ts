// SQL only in stores (eslint.config.js): the rule refuses knex elsewhere, and the query builder on a handle (`db('users')`,
// `trx.raw(…)`) too. No file outside the stores is exempt: `npx eslint .` in CI finds any that slips in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
const ROOT = join(import.meta.dirname, '../..');
// Loaded by its path: the lint config is plain JavaScript, outside the type-checked tree.
const { KNEX_HOMES } = (await import(pathToFileURL(join(ROOT, 'eslint.config.js')).href)) as { KNEX_HOMES: string[] };
// Spelled apart, so this file's own text imports nothing (test/core/unit-tests-stay-unit.unit.test.ts reads it).
const KNEX = ['kn', 'ex'].join('');
const IMPORTS_KNEX = new RegExp(`(from|import\\(|require\\()\\s*['"]knex(/[^'"]*)?['"]`);
const SKIPPED = new Set(['node_modules', '.tools', '.git', 'data', 'dist', 'test-results']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

/** A glob of KNEX_HOMES (`dir/**`, or a file name with `*`) as a test on a path. */
const homeTest = (glob: string) =>
  new RegExp(`^${glob.replace(/\./g, '\\.').replace('/**', '/\0').replace(/\*/g, '[^/]*').replace('\0', '.*')}$`);
const homes = KNEX_HOMES.map(homeTest);
const importsKnex = (file: string) => existsSync(join(ROOT, file)) && IMPORTS_KNEX.test(readFileSync(join(ROOT, file), 'utf8'));

// The probes exist only as text, outside every tsconfig, so the type-aware rules are off for them.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

async function knexProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('knex only in stores', () => {
  it('finds knex imported only in stores, migrations, the connection, tests, benches and scripts', () => {
    const outside = sourceFiles(ROOT).filter((file) => !homes.some((home) => home.test(file)) && importsKnex(file));
    expect(outside).toEqual([]);
  });

  it.each([
    [`import knex from '${KNEX}';`],
    [`import type { Knex } from '${KNEX}';`],
    [`import { type Knex } from '${KNEX}';`],
    [`import Client from '${KNEX}/lib/client.js';`],
  ])('refuses `%s` in a route', async (line) => {
    expect(await knexProblems('web/server/probe-routes.ts', `${line}\nexport {};\n`)).toHaveLength(1);
  });

  it('allows knex in a store, and the Db type from core/stores anywhere', async () => {
    const line = `import type { Knex } from '${KNEX}';\nexport type Handle = Knex;\n`;
    expect(await knexProblems('core/stores/probe-store.ts', line)).toEqual([]);
    const typed = "import type { Db } from '#core/stores';\nexport type Handle = Db;\n";
    expect(await knexProblems('web/server/probe-routes.ts', typed)).toEqual([]);
  });

  const header = "import type { Db } from '#core/stores';\ndeclare const db: Db;\ndeclare const deps: { db: Db };\n";
  it.each([
    ["await db('users').where({ id: 1 }).first();"],
    ["await deps.db('outbox').insert({ id: 1 });"],
    ["await db.raw('select 1');"],
    ["await db.transaction(async (trx) => trx('tasks').update({ status: 'closed' }));"],
    ["await db.select('id').from('users');"],
    ['await db(`tasks`).count();'],
  ])('refuses the query builder outside a store: `%s`', async (line) => {
    expect(await sqlProblems('web/server/probe-routes.ts', `${header}${line}\nexport {};\n`)).not.toEqual([]);
    expect(await sqlProblems('activities/probe-activities.ts', `${header}${line}\nexport {};\n`)).not.toEqual([]);
    expect(await sqlProblems('core/stores/probe-store.ts', `${header}${line}\nexport {};\n`)).toEqual([]);
  });

  it('allows a transaction begun outside a store that hands its trx to stores, and String.raw', async () => {
    const code = `${header}declare function closeTask(db: Db, id: string): Promise<void>;\nawait db.transaction(async (trx) => closeTask(trx, 'a'));\nexport const text = String.raw\`a\\b\`;\n`;
    expect(await sqlProblems('web/server/probe-routes.ts', code)).toEqual([]);
  });
});

async function sqlProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}
