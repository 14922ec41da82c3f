// What an IT team met starting Fugong (black-box operator review): web and worker run as separate services without
// payload keys each made their own and could not read each other; a database that cannot be reached printed a
// driver's stack; production on an empty database started with nobody able to sign in; `npm start` left its Temporal
// dev server running when start-up failed, and the next start attached to it; data files were world-readable; the demo
// password was printed on every start. Each entry point is run here as a process, as an operator would.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import knexFactory from 'knex';
import { hashPassword } from '#core/auth/passwords';
import { prepareDatabase } from '#core/bootstrap';
import { createDb } from '#core/db';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { installationEnv, freePort, portOpen, startScript, until, type StartedScript } from '#scripts/kit/start-script';
import { spawnScript } from '#scripts/kit/spawn-script';
import { HEALTH_ANSWER_MAX_AGE_MS } from '#web/server/health/health-routes';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';

/** What every process outside the embedded default is given, unless a test is about its absence. */
const PUBLIC_URL = 'https://fugong.example.gov.cn';
const KEY_RULE = /FUGONG_PAYLOAD_KEYS or FUGONG_PAYLOAD_KEYS_FILE must be set with NODE_ENV=production or TEMPORAL_ADDRESS/;
const STACK = /\n\s+at |triggerUncaughtException/;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What each spawned script is given besides its test's settings: the bundle globalSetup made (global-setup.ts). */
const spawnedBase = { PATH: process.env.PATH, FUGONG_WORKFLOW_BUNDLE_DIR: process.env.FUGONG_WORKFLOW_BUNDLE_DIR };

/** Runs a script until it exits, or until `ready` shows in its output (then stops it); returns code and output. */
async function runUntil(script: string, env: NodeJS.ProcessEnv, ready?: string): Promise<{ exitCode: number | null; output: string }> {
  let output = '';
  const child = spawnScript(script, { ...spawnedBase, LOG_LEVEL: 'info', ...env }, (chunk) => (output += chunk.toString()));
  const closed = new Promise((resolve) => child.once('close', resolve));
  const exitCode = await new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    if (ready) child.stdout!.on('data', () => output.includes(ready) && resolve(null));
  });
  if (exitCode === null) {
    child.kill('SIGTERM');
    await closed;
  } else await closed;
  return { exitCode, output };
}

const freshDataDir = () => join(mkdtempSync(join(tmpdir(), 'fugong-checks-')), 'data');

const productionStarts = new Map<string, Promise<{ dataDir: string; exitCode: number | null; output: string }>>();
/** `script` started with NODE_ENV=production and every setting that needs, on a fresh DATA_DIR, until `ready`; once per
 * script, shared by the tests that look at such a start (each start is seconds of CPU). */
function productionStart(script: string, ready: string) {
  if (!productionStarts.has(script)) {
    const dataDir = freshDataDir();
    const env = {
      NODE_ENV: 'production',
      PORT: '0',
      DATA_DIR: dataDir,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: `production-${process.pid}-${Date.now()}`,
      FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
      FUGONG_ADMIN_PASSWORD: 'first-admin-pass',
      PUBLIC_URL,
    };
    productionStarts.set(
      script,
      runUntil(script, env, ready).then((run) => ({ dataDir, ...run })),
    );
  }
  return productionStarts.get(script)!;
}

describe('payload keys outside the embedded default', () => {
  it.each([
    ['scripts/web.ts', 'TEMPORAL_ADDRESS', { TEMPORAL_ADDRESS: 'temporal:7233' }],
    ['scripts/worker.ts', 'TEMPORAL_ADDRESS', { TEMPORAL_ADDRESS: 'temporal:7233' }],
    ['scripts/web.ts', 'NODE_ENV=production', { NODE_ENV: 'production' }],
  ])(
    '%s with %s and no keys refuses to start, says what to set, and makes no key of its own',
    async (script, _given, env) => {
      const dataDir = freshDataDir();
      const { exitCode, output } = await runUntil(script, { DATA_DIR: dataDir, PUBLIC_URL, ...env });
      expect(exitCode).toBe(78);
      expect(output).toMatch(KEY_RULE);
      expect(output).toContain('deploy/secrets/README.md');
      expect(output).not.toMatch(STACK);
      expect(existsSync(join(dataDir, 'payload-keys'))).toBe(false);
    },
    60_000,
  );
});

describe('PUBLIC_URL outside the embedded default', () => {
  const PUBLIC_URL_RULE =
    'Fugong: configuration error: PUBLIC_URL must be set with NODE_ENV=production or TEMPORAL_ADDRESS: set it to the ' +
    'address people open, such as https://fugong.example.gov.cn (the web and worker processes make the links in emails ' +
    'and messages from it)';

  it.each([
    ['scripts/web.ts', 'NODE_ENV=production', { NODE_ENV: 'production' }, 'web server listening'],
    ['scripts/worker.ts', 'NODE_ENV=production', { NODE_ENV: 'production' }, 'worker started'],
    ['scripts/worker.ts', 'TEMPORAL_ADDRESS', {}, 'worker started'],
  ])(
    '%s with %s and no PUBLIC_URL refuses in one line saying to set it, rather than linking emails to localhost',
    async (script, _given, env, ready) => {
      const dataDir = freshDataDir();
      const { exitCode, output } = await runUntil(
        script,
        {
          PORT: '0',
          DATA_DIR: dataDir,
          TEMPORAL_ADDRESS: inject('temporalAddress'),
          TEMPORAL_TASK_QUEUE: `public-url-${process.pid}-${Date.now()}`,
          FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
          FUGONG_ADMIN_PASSWORD: 'first-admin-pass',
          ...env,
        },
        ready,
      );
      expect(exitCode).toBe(78);
      expect(output.trim()).toBe(PUBLIC_URL_RULE);
      expect(output).not.toMatch(STACK);
      expect(existsSync(dataDir)).toBe(false);
    },
    180_000,
  );

  it.each([
    ['scripts/web.ts', 'web server listening'],
    ['scripts/worker.ts', 'worker started'],
  ])(
    '%s with NODE_ENV=production and PUBLIC_URL gets past that check and starts',
    async (script, ready) => {
      const { exitCode, output } = await productionStart(script, ready);
      expect(exitCode).toBeNull();
      expect(output).not.toContain('configuration error');
      expect(output).toContain(ready);
    },
    180_000,
  );
});

describe('a database that cannot be used', () => {
  it.each(['scripts/web.ts', 'scripts/worker.ts'])(
    '%s ends with one line naming DATABASE_URL, its password masked, and the cause',
    async (script) => {
      const port = await freePort();
      const { exitCode, output } = await runUntil(script, {
        DATA_DIR: freshDataDir(),
        DATABASE_URL: `postgres://fugong:s3cret-pw@127.0.0.1:${port}/fugong`,
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
        PUBLIC_URL,
      });
      expect(exitCode).toBe(78);
      expect(output.trim()).toBe(
        `Fugong: configuration error: DATABASE_URL postgres://fugong:***@127.0.0.1:${port}/fugong cannot be used: ` +
          'connection refused (is the database server running at that host and port?)',
      );
      expect(output).not.toContain('s3cret-pw');
    },
    60_000,
  );

  it.runIf(process.env.TEST_DATABASE_URL)(
    'says which database does not exist',
    async () => {
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = '/fugong_no_such_database';
      const { exitCode, output } = await runUntil('scripts/web.ts', {
        DATA_DIR: freshDataDir(),
        DATABASE_URL: url.toString(),
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
        PUBLIC_URL,
      });
      expect(exitCode).toBe(78);
      expect(output).toMatch(
        /DATABASE_URL postgres:\/\/.*\/fugong_no_such_database cannot be used: database "fugong_no_such_database" does not exist/,
      );
      expect(output).not.toMatch(STACK);
    },
    60_000,
  );
});

describe('a database that goes away between the start-up check and the migrations', () => {
  it.runIf(process.env.TEST_DATABASE_URL).each(['scripts/web.ts', 'scripts/worker.ts'])(
    "%s ends with the same one line naming DATABASE_URL, not a driver's stack",
    async (script) => {
      const admin = knexFactory({ client: 'pg', connection: process.env.TEST_DATABASE_URL });
      const database = `fugong_db_going_${process.pid}_${Date.now()}`;
      await admin.raw(`create database ${database}`);
      // The check's probe is the first connection and goes through; the server is gone for every one after it.
      const target = new URL(process.env.TEST_DATABASE_URL!);
      const relay = createServer((client) => {
        relay.close();
        const server = connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, server]) socket.on('error', () => undefined);
        client.pipe(server).pipe(client);
      });
      await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.host = `127.0.0.1:${(relay.address() as AddressInfo).port}`;
      url.pathname = `/${database}`;
      try {
        const { exitCode, output } = await runUntil(script, {
          DATA_DIR: freshDataDir(),
          PORT: '0',
          DATABASE_URL: url.toString(),
          TEMPORAL_ADDRESS: inject('temporalAddress'),
          FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
          PUBLIC_URL,
        });
        expect(exitCode).toBe(78);
        expect(output).toContain(
          `Fugong: configuration error: DATABASE_URL ${url.toString()} cannot be used: ` +
            'connection refused (is the database server running at that host and port?)',
        );
        expect(output).not.toMatch(STACK);
      } finally {
        relay.close();
        await admin.raw(`drop database if exists ${database} with (force)`);
        await admin.destroy();
      }
    },
    60_000,
  );
});

describe('npm run web with NODE_ENV=production on an empty database', () => {
  const env = () => ({
    NODE_ENV: 'production',
    PORT: '0',
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
    PUBLIC_URL,
  });

  it('refuses without FUGONG_ADMIN_PASSWORD, like the other missing settings, saying how to create the first admin', async () => {
    const { exitCode, output } = await runUntil('scripts/web.ts', { ...env(), DATA_DIR: freshDataDir() }, 'web server listening');
    expect(exitCode).toBe(78);
    // Beside the JSON log lines of the start so far, one line of its own.
    const said = output.split('\n').filter((line) => line.trim() && !line.startsWith('{'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^Fugong: configuration error: Refusing to start with NODE_ENV=production: the database has no accounts/);
    expect(said[0]).toContain('the database has no accounts, so nobody could sign in. Set FUGONG_ADMIN_PASSWORD');
    expect(said[0]).toContain('请设置 FUGONG_ADMIN_PASSWORD');
    expect(output).not.toMatch(STACK);
  }, 60_000);

  it('keeps DATA_DIR and the files it creates to its own user', async () => {
    const { dataDir, exitCode } = await productionStart('scripts/web.ts', 'web server listening');
    expect(exitCode).toBeNull();
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dataDir).filter((name) => name.startsWith('fugong.sqlite'));
    expect(files).toContain('fugong.sqlite');
    for (const name of files) expect([name, statSync(join(dataDir, name)).mode & 0o777]).toEqual([name, 0o600]);
  }, 60_000);
});

describe('npm run web on a port another process holds', () => {
  it.each(['PORT', 'METRICS_PORT'])(
    'refuses a taken %s in one line naming it, rather than saying it listens while serving nothing',
    async (name) => {
      const port = await freePort();
      // Held on every interface, as a web process already running there holds it.
      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(port, resolve));
      try {
        const { exitCode, output } = await runUntil(
          'scripts/web.ts',
          {
            DATA_DIR: freshDataDir(),
            PORT: name === 'PORT' ? String(port) : '0',
            ...(name === 'METRICS_PORT' ? { METRICS_PORT: String(port) } : {}),
            TEMPORAL_ADDRESS: inject('temporalAddress'),
            FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
            PUBLIC_URL,
          },
          'web server listening',
        );
        expect(exitCode).toBe(78);
        expect(output.trim()).toMatch(new RegExp(`^Fugong: configuration error: ${name}=${port}: the port is taken`));
        expect(output).toContain(`set ${name} to a free port`);
        expect(output).not.toContain('web server listening');
        expect(output).not.toMatch(STACK);
      } finally {
        taken.close();
      }
    },
    60_000,
  );
});

describe('a web process whose PostgreSQL goes away while it runs', () => {
  it.runIf(process.env.TEST_DATABASE_URL)(
    'says so in JSON log lines, without the driver’s bare text and stack on stderr',
    async () => {
      const admin = knexFactory({ client: 'pg', connection: process.env.TEST_DATABASE_URL });
      const database = `fugong_db_gone_${process.pid}_${Date.now()}`;
      await admin.raw(`create database ${database}`);
      // The web process reaches PostgreSQL through this relay; closing it is the database going away.
      const target = new URL(process.env.TEST_DATABASE_URL!);
      const sockets = new Set<Socket>();
      const relay = createServer((client) => {
        const server = connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, server]) {
          sockets.add(socket);
          socket.on('error', () => undefined);
          socket.on('close', () => sockets.delete(socket));
        }
        client.pipe(server).pipe(client);
      });
      await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.host = `127.0.0.1:${(relay.address() as AddressInfo).port}`;
      url.pathname = `/${database}`;
      const port = await freePort();
      let output = '';
      const child = spawnScript(
        'scripts/web.ts',
        {
          ...spawnedBase,
          LOG_LEVEL: 'info',
          DATA_DIR: freshDataDir(),
          PORT: String(port),
          DATABASE_URL: url.toString(),
          TEMPORAL_ADDRESS: inject('temporalAddress'),
          FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
          PUBLIC_URL,
        },
        (chunk) => (output += chunk.toString()),
      );
      try {
        await until(async () => output.includes('web server listening'), 60_000, 'the web server to listen');
        expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
        relay.close();
        for (const socket of sockets) socket.destroy();
        // /healthz answers from a check at most HEALTH_ANSWER_MAX_AGE_MS old: the database's going shows within it.
        let health: Response | undefined;
        await until(
          async () => (health = await fetch(`http://127.0.0.1:${port}/healthz`)).status === 503,
          HEALTH_ANSWER_MAX_AGE_MS + 10_000,
          '/healthz to say the database is down',
        );
        expect((await health!.json()).db).toEqual({
          ok: false,
          state: 'down',
          reason: expect.stringMatching(/^the app database \(DATABASE_URL\) does not answer/),
        });
        // A request that reads the database is a moment's outage to its caller, not a 500 "internal".
        const asked = await fetch(`http://127.0.0.1:${port}/api/session`, { headers: { 'accept-language': 'en' } });
        expect(asked.status).toBe(503);
        expect(asked.headers.get('retry-after')).toBe('10');
        expect((await asked.json()).error.code).toBe('database_unavailable');
        await until(async () => output.includes('"component":"knex"'), 30_000, "knex's warning");
      } finally {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('close', resolve));
        await admin.raw(`drop database if exists ${database} with (force)`);
        await admin.destroy();
      }
      const lines = output.split('\n').filter((line) => line.trim());
      expect(lines.filter((line) => !line.startsWith('{'))).toEqual([]);
      expect(output).not.toMatch(STACK);
      expect(output).toMatch(/"level":40,[^\n]*"component":"knex"[^\n]*"msg":"(Connection Error|Acquire connection error)/);
      expect(output).toMatch(/"level":50,[^\n]*"msg":"app database unavailable \(DATABASE_URL\)"/);
      expect(output).not.toContain('unhandled error');
    },
    120_000,
  );
});

describe('npm start when start-up fails', () => {
  const started: StartedScript[] = [];
  const held: Server[] = [];
  afterAll(async () => {
    for (const run of started) if (run.child.exitCode === null) run.child.kill('SIGKILL');
    for (const server of held) server.close();
  });

  it('stops the dev server it started when the database cannot be used, and says why in one line', async () => {
    const env = await installationEnv();
    const port = await freePort();
    const { exitCode, output } = await runUntil('scripts/start.ts', {
      ...env,
      DATABASE_URL: `postgres://fugong:pw@127.0.0.1:${port}/fugong`,
    });
    expect(exitCode).toBe(78);
    expect(output).toContain(`Fugong: configuration error: DATABASE_URL postgres://fugong:***@127.0.0.1:${port}/fugong cannot be used`);
    expect(output).not.toMatch(STACK);
    expect(await portOpen(Number(env.TEMPORAL_DEV_PORT))).toBe(false);
    expect(await portOpen(Number(env.TEMPORAL_DEV_UI_PORT))).toBe(false);
  }, 90_000);

  it.each(['TEMPORAL_DEV_PORT', 'TEMPORAL_DEV_UI_PORT', 'PORT'])(
    'refuses a taken %s, naming it, before starting anything',
    async (name) => {
      const env = await installationEnv();
      const taken = createServer();
      held.push(taken);
      await new Promise<void>((resolve) => taken.listen(Number(env[name]), '127.0.0.1', resolve));
      const { exitCode, output } = await runUntil('scripts/start.ts', env);
      expect(exitCode).toBe(78);
      expect(output).toContain(`Fugong: configuration error: ${name}=${env[name]}: the port is taken`);
      expect(output).toContain(`set ${name} to a free port`);
      expect(readdirSync(env.DATA_DIR!)).not.toContain('temporal.db');
    },
    60_000,
  );

  // That a first start prints it is checked on start-restart.test.ts's first start; here, a trial whose demo data an
  // earlier start seeded (prepareDatabase, as npm start runs it) and whose every password was changed since.
  it('prints the demo password only while demo accounts still sign in with it', async () => {
    const env = await installationEnv();
    const db = createDb({ client: 'sqlite3', filename: join(env.DATA_DIR!, 'fugong.sqlite') });
    expect((await prepareDatabase(db, { seedDemo: true })).demoLogins).not.toEqual([]);
    await db('users').update({ password_hash: await hashPassword('changed-after-the-trial') });
    await db.destroy();
    const second = await startScript(env);
    started.push(second);
    expect(second.output()).toContain('Existing data reused');
    expect(second.output()).not.toContain('Demo logins');
    expect(second.output()).not.toContain(DEMO_PASSWORD);
    await second.stop();
  }, 180_000);
});

describe('stopping through npm', () => {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  // `docker stop` signals the image's `npm run web` / `npm run worker` (and a process manager or `kill` signals the
  // `npm start` it launched), not the node process npm runs through `sh -c`: the shell died of the SIGTERM npm passed it
  // and left the process running without its parent, past docker's grace period and its SIGKILL.
  it.each([
    ['web', 'web server listening'],
    ['worker', 'worker started'],
  ])(
    '`npm run %s` stops when npm itself is sent SIGTERM',
    async (script, ready) => {
      let output = '';
      const env = {
        ...spawnedBase,
        HOME: process.env.HOME,
        LOG_LEVEL: 'info',
        PORT: '0',
        DATA_DIR: freshDataDir(),
        TEMPORAL_ADDRESS: inject('temporalAddress'),
        TEMPORAL_TASK_QUEUE: `npm-sigterm-${process.pid}-${Date.now()}`,
        FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
        PUBLIC_URL,
      };
      // Its own process group, so that whatever happens the test leaves nothing behind (the finally below).
      const npm = spawn('npm', ['run', '--silent', script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise((resolve) => npm.once('exit', resolve));
      try {
        await until(async () => output.includes(ready), 120_000, `${ready} in ${output}`);
        const line = output.split('\n').find((text) => text.includes(ready))!;
        const { pid, port } = JSON.parse(line) as { pid: number; port?: number };
        expect(alive(pid)).toBe(true);
        // PORT=0: the web server says the port it took (it said 0), and answers there.
        if (script === 'web') expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
        npm.kill('SIGTERM');
        await exited;
        await until(async () => !alive(pid), 30_000, `the ${script} process (pid ${pid}) to stop after npm's SIGTERM`);
      } finally {
        try {
          process.kill(-npm.pid!, 'SIGKILL');
        } catch {
          // the group has ended: nothing left to stop
        }
      }
    },
    180_000,
  );
});
