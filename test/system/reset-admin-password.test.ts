// An administrator who lost their password gets back in through `npm run reset-admin-password`: a one-time password,
// printed once, that opens the account, must be changed at sign-in, and is in the audit log.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '#core/auth/passwords';
import { prepareDatabase } from '#core/bootstrap';
import { createDb } from '#core/db';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/reset-admin-password.ts', import.meta.url));

async function run(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number | null; output: string }> {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, output };
}

describe('npm run reset-admin-password', () => {
  it('sets a one-time password that must be changed, ends nothing else, and audits it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fugong-reset-'));
    const db = createDb({ client: 'sqlite3', filename: join(dataDir, 'fugong.sqlite') });
    await prepareDatabase(db, { seedDemo: false, initialAdminPassword: 'first-admin-pass' });
    await db.destroy();

    const env = { PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    const { code, output } = await run(env);
    expect(code).toBe(0);
    const oneTime = /One-time password for admin \/ admin 的一次性密码: (\S+)/.exec(output)?.[1];
    expect(oneTime).toBeDefined();
    expect(output).toContain('It must be changed at the next sign-in');

    const after = createDb({ client: 'sqlite3', filename: join(dataDir, 'fugong.sqlite') });
    const admin = await after('users').where({ username: 'admin' }).first('id', 'password_hash', 'must_change_password');
    expect(await verifyPassword(oneTime!, admin.password_hash)).toBe(true);
    expect(await verifyPassword('first-admin-pass', admin.password_hash)).toBe(false);
    expect(Boolean(admin.must_change_password)).toBe(true);
    const audit = await after('audit_log')
      .where({ action: 'user.reset_password', target_id: String(admin.id) })
      .first('actor_id', 'summary');
    expect(audit.actor_id).toBeNull();
    expect(JSON.parse(audit.summary)).toEqual({ via: 'cli' });
    await after.destroy();

    const missing = await run(env, 'nobody');
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('no administrator account named "nobody"');
  }, 60_000);

  it('runs with the production settings of the web server, without PUBLIC_URL or payload keys, since it sends nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fugong-reset-prod-'));
    const db = createDb({ client: 'sqlite3', filename: join(dataDir, 'fugong.sqlite') });
    await prepareDatabase(db, { seedDemo: false, initialAdminPassword: 'first-admin-pass' });
    await db.destroy();
    // The web server's production environment less what only web and worker need (links in emails, Temporal payloads).
    const env = { PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'production', TEMPORAL_ADDRESS: '127.0.0.1:1' };
    const { code, output } = await run(env);
    expect(output).not.toContain('PUBLIC_URL');
    expect(code, output).toBe(0);
    expect(output).toMatch(/One-time password for admin \/ admin 的一次性密码: \S+/);
  }, 60_000);

  it('says in one line, without a stack trace, that the database cannot be reached', async () => {
    const env = {
      PATH: process.env.PATH,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'fugong-reset-nodb-')),
      LOG_LEVEL: 'silent',
      DATABASE_URL: 'postgres://fugong:secret@127.0.0.1:1/fugong',
    };
    const { code, output } = await run(env);
    expect(code).toBe(78);
    expect(output.trim().split('\n')).toEqual([
      'Fugong: configuration error: DATABASE_URL postgres://fugong:***@127.0.0.1:1/fugong cannot be used: connection refused (is the database server running at that host and port?)',
    ]);
  }, 60_000);

  it('says in one line what to write instead of a SQLite URL that names no file (DATABASE_URL=sqlite:)', async () => {
    // The settings parser's cases are test/core/sqlite-database-url.unit.test.ts; this checks the line a script prints.
    const env = { PATH: process.env.PATH, DATA_DIR: mkdtempSync(join(tmpdir(), 'fugong-reset-sqlite-')), LOG_LEVEL: 'silent' };
    const { code, output } = await run({ ...env, DATABASE_URL: 'sqlite:' });
    expect(code).toBe(78);
    expect(output.trim().split('\n')).toEqual([
      "Fugong: configuration error: DATABASE_URL=sqlite: names no file: write DATABASE_URL=sqlite: followed by the file's " +
        'absolute path, such as sqlite:/var/lib/fugong/fugong.sqlite (or sqlite:///var/lib/fugong/fugong.sqlite), or leave ' +
        'DATABASE_URL unset for DATA_DIR/fugong.sqlite',
    ]);
  }, 60_000);

  it('names the settings it needs when run without the server’s database, and creates none', async () => {
    const home = mkdtempSync(join(tmpdir(), 'fugong-reset-elsewhere-'));
    const dataDir = join(home, 'data');
    const missing = await run({ PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    expect(missing.code).toBe(78);
    expect(missing.output.trim().split('\n')).toEqual([
      `Fugong: configuration error: the SQLite file ${join(dataDir, 'fugong.sqlite')} does not exist: run reset-admin-password ` +
        "with the web server's DATABASE_URL (or DATA_DIR, for SQLite); it creates no database",
    ]);
    expect(existsSync(dataDir)).toBe(false);

    // A database the migrations never ran on (an empty one made by hand, say): the same advice, no SQL statement.
    mkdirSync(dataDir, { mode: 0o700 });
    const empty = createDb({ client: 'sqlite3', filename: join(dataDir, 'fugong.sqlite') });
    await empty.raw('create table unrelated (id integer)');
    await empty.destroy();
    const bare = await run({ PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    expect(bare.code).toBe(78);
    expect(bare.output).toContain('holds no Fugong accounts (its migrations never ran)');
    expect(bare.output).not.toMatch(/select|SQLITE_ERROR/);
  }, 60_000);
});
