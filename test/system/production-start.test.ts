// Production start: no demo data unless asked, and no start at all while an account has the published demo password.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { accountsWithDemoPassword, DemoPasswordError, refuseDemoPasswordsInProduction } from '#core/auth/demo-passwords';
import { hashPassword } from '#core/auth/passwords';
import { prepareDatabase, seedsDemo } from '#core/bootstrap';
import { loadConfig } from '#core/config';
import { createDb } from '#core/db';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { migrationSource } from '#core/migrations/index';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases, type OpenDatabase } from '../helpers/test-db';
import { freePort } from '#scripts/kit/start-script';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe.each(testDatabases())('demo passwords at a production start on $name', (database) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await database.open();
    await prepareDatabase(open.db, { seedDemo: true });
  });
  afterAll(async () => {
    await open?.close();
  });

  it('refuses production while any active account has the demo password, naming the accounts', async () => {
    const { db } = open;
    const all = await db('users').orderBy('id').pluck('username');
    expect(await accountsWithDemoPassword(db)).toEqual(all);
    await expect(refuseDemoPasswordsInProduction(db, false)).resolves.toBeUndefined();
    const refusal = await refuseDemoPasswordsInProduction(db, true).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DemoPasswordError);
    expect((refusal as DemoPasswordError).message).toMatch(
      /^Refusing to start with NODE_ENV=production: \d+ active account\(s\) still have the published demo password: admin, hq, /,
    );
    expect((refusal as DemoPasswordError).message).toContain('生产环境拒绝启动');
  });

  it('lets production start once every marked account has changed its password or is deactivated', async () => {
    const { db } = open;
    await db('users').whereNot({ username: 'gate1' }).update({ active: false });
    // A hash that no longer matches counts as changed even if the mark stayed.
    await db('users')
      .where({ username: 'gate1' })
      .update({ password_hash: await hashPassword('changed-by-gate1') });
    expect(await accountsWithDemoPassword(db)).toEqual([]);
    await expect(refuseDemoPasswordsInProduction(db, true)).resolves.toBeUndefined();
    await db('users').where({ username: 'cadre2' }).update({ active: true });
    await expect(refuseDemoPasswordsInProduction(db, true)).rejects.toThrow(/demo password: cadre2\./);
  });
});

describe.each(testDatabases())('migration 0013 on an existing $name database', (database) => {
  it('marks the accounts the demo seed created (they share one hash) and no one else', async () => {
    const { db, close } = await database.open();
    try {
      // Back to before 0013, with users as the old seed wrote them: one hash of the demo password for all.
      await migrateDownThrough(db, '20261203-0013-account-safety');
      const shared = await hashPassword(DEMO_PASSWORD);
      const at = new Date().toISOString();
      const user = (username: string, hash: string) => ({
        username,
        display_name: username,
        role: 'hq',
        password_hash: hash,
        created_at: at,
      });
      await db('users').insert([user('admin', shared), user('hq', shared), user('mine', await hashPassword('my-own-pass-1'))]);
      await db.migrate.latest({ migrationSource });
      expect((await db('users').orderBy('id').pluck('demo_password')).map(Boolean)).toEqual([true, true, false]);
      expect(await db.schema.hasTable('login_failures')).toBe(false);
    } finally {
      await close();
    }
  });
});

describe('demo data by entry point', () => {
  it('seeds only for npm start unless FUGONG_SEED_DEMO says otherwise', () => {
    expect([seedsDemo(loadConfig({}), true), seedsDemo(loadConfig({}), false)]).toEqual([true, false]);
    expect(seedsDemo(loadConfig({ FUGONG_SEED_DEMO: '1' }), false)).toBe(true);
    expect(seedsDemo(loadConfig({ FUGONG_SEED_DEMO: '0' }), true)).toBe(false);
    expect(() => loadConfig({ FUGONG_SEED_DEMO: 'yes' })).toThrow(/FUGONG_SEED_DEMO must be 1/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://fugong.city.gov.cn' }).production).toBe(true);
  });
});

describe('npm run web with NODE_ENV=production', () => {
  const children: { pid?: number; kill: (signal: NodeJS.Signals) => boolean; exitCode: number | null }[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  // Runs scripts/web.ts (what `npm run web` runs) until it listens or exits.
  const runWeb = async (env: Record<string, string>) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fugong-prod-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/web.ts')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        PORT: String(port),
        PUBLIC_URL: `http://localhost:${port}`,
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.stdout.on('data', () => {
        if (output.includes('web server listening')) resolve(null);
      });
    });
    const db = createDb({ client: 'sqlite3', filename: join(dataDir, 'fugong.sqlite') });
    const users = await db('users').orderBy('id').select('username', 'must_change_password', 'demo_password');
    await db.destroy();
    if (child.exitCode === null) child.kill('SIGTERM');
    return { exitCode, output, users };
  };

  it('seeds nothing on an empty database; the first admin comes from FUGONG_ADMIN_PASSWORD and must change it', async () => {
    const { exitCode, users } = await runWeb({ FUGONG_ADMIN_PASSWORD: 'first-admin-pass' });
    expect(exitCode).toBeNull();
    expect(users.map((u) => [u.username, Boolean(u.must_change_password), Boolean(u.demo_password)])).toEqual([['admin', true, false]]);
  }, 60_000);

  it.each([
    ['a password guessing tools try first', 'admin123456', 'does not meet the password rules ('],
    ['the published demo password', DEMO_PASSWORD, 'The published demo password cannot be used'],
  ])(
    'refuses %s as FUGONG_ADMIN_PASSWORD, naming the setting, and creates no admin',
    async (_what, password, says) => {
      const { exitCode, output, users } = await runWeb({ FUGONG_ADMIN_PASSWORD: password });
      expect(exitCode).toBe(78);
      expect(output).toContain(`Fugong: configuration error: FUGONG_ADMIN_PASSWORD does not meet the password rules`);
      expect(output).toContain(says);
      expect(output).toContain('FUGONG_ADMIN_PASSWORD 不符合密码规则');
      expect(output).not.toContain(password);
      expect(output).not.toContain('web server listening');
      expect(users).toEqual([]);
    },
    60_000,
  );

  it('refuses to start when told to seed the demo accounts, and says which accounts', async () => {
    const { exitCode, output, users } = await runWeb({ FUGONG_SEED_DEMO: '1' });
    expect(exitCode).toBe(1);
    expect(users.length).toBeGreaterThan(20);
    expect(output).toContain('Refusing to start with NODE_ENV=production');
    expect(output).toMatch(/still have the published demo password: admin, hq, hq2, class-/);
    expect(output).not.toContain('web server listening');
  }, 60_000);

  it('ends on a bad setting with what is wrong, not a stack trace, and touches no database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fugong-badconfig-'));
    for (const [name, value, says] of [
      ['PUBLIC_URL', 'fugong.city.gov.cn', 'PUBLIC_URL must be the address people open'],
      ['LOG_LEVEL', 'verbose', 'LOG_LEVEL'],
    ]) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/web.ts')], {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          DATA_DIR: dataDir,
          TEMPORAL_ADDRESS: inject('temporalAddress'),
          PUBLIC_URL: 'https://fugong.city.gov.cn',
          [name!]: value!,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exitCode = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      expect(exitCode).toBe(78);
      expect(output).toContain(`Fugong: configuration error: ${says}`);
      expect(output).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(dataDir)).toEqual([]);
  }, 60_000);
});
