// `npm start`: the whole system on embedded defaults — Temporal dev server on a SQLite file under data/,
// database prepared and seeded, then the worker and the web server as child processes. Ctrl-C stops them all.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigOrExit, temporalAddress } from '#core/config';
import { prepareDatabase, seedsDemo } from '#core/bootstrap';
import { loadOrCreateKeyFile, payloadKeyFilePath } from '#core/codec/payload-keys';
import { createDb } from '#core/db';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { DEV_SERVER_SQLITE_PRAGMAS, startDevServer, type DevServer } from '#core/dev-server';
import { createLogger } from '#core/logger';
import { accountTable } from '#scripts/kit/account-table';

const config = loadConfigOrExit();
const logger = createLogger('start', config.logLevel);
const root = fileURLToPath(new URL('..', import.meta.url));

// The embedded default keeps its payload key in DATA_DIR: created here once, before worker and web read it, and
// reused by every restart so running workflows stay readable.
if (!config.payloadKeys.length) loadOrCreateKeyFile(payloadKeyFilePath(config.dataDir));

let devServer: DevServer | undefined;
if (!config.temporal.address) {
  logger.info({ dbFile: join(config.dataDir, 'temporal.db') }, 'starting the Temporal dev server');
  devServer = await startDevServer({
    cliPath: config.temporal.cliPath,
    port: config.temporal.devServerPort,
    uiPort: config.temporal.devUiPort,
    dbFile: join(config.dataDir, 'temporal.db'),
    // WAL and synchronous=NORMAL: several times the starts per second of the file's defaults (bench/RESULTS.md);
    // what that trades is written beside DEV_SERVER_SQLITE_PRAGMAS.
    sqlitePragmas: DEV_SERVER_SQLITE_PRAGMAS,
    uiCodecEndpoint: `${config.publicUrl}/api/temporal-codec`,
  });
}

const db = createDb(config.database);
// `npm start` is the try-it-out command: demo data on the first run unless FUGONG_SEED_DEMO=0.
const prepared = await prepareDatabase(db, { seedDemo: seedsDemo(config, true), initialAdminPassword: config.initialAdminPassword });
const users = await db('users')
  .whereIn('role', ['admin', 'hq', 'cadre', 'special_class', 'gate', 'enterprise'])
  .orderBy('id')
  .limit(30)
  .select('username', 'role', 'display_name');
await db.destroy();

const children: ChildProcess[] = [];
let stopping = false;

function run(script: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', script)], { stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      logger.error({ script, code, signal }, 'a child process stopped unexpectedly; stopping everything');
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('stopping worker, web server and Temporal dev server');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
        }),
    ),
  );
  await devServer?.stop();
  process.exit(exitCode);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

run('worker.ts');
run('web.ts');

const lines = [
  '',
  '  Fugong 复工 is starting',
  `  Web app / 网页:          ${config.publicUrl}`,
  `  Temporal:               ${temporalAddress(config)}${devServer?.uiUrl ? `   UI: ${devServer.uiUrl}` : ''}`,
  ...(devServer?.uiUrl
    ? [
        `  Temporal UI codec:      ${config.publicUrl}/api/temporal-codec (sign in as admin; in the UI's codec settings turn on`,
        '                          "include cross-origin credentials" to see sealed payloads)',
      ]
    : []),
  `  Database / 数据库:       ${config.database.client === 'pg' ? 'PostgreSQL (DATABASE_URL)' : config.database.filename}`,
  `  Email:                  ${config.mail.smtpUrl ? `SMTP ${new URL(config.mail.smtpUrl).host}` : 'outbox table only (admin → 发件箱 / Outbox)'}`,
  prepared.demoLogins.length ? '  Demo data seeded on this first run / 首次启动已写入演示数据.' : '  Existing data reused / 沿用已有数据.',
  `  Demo logins / 演示账号 (password 密码: ${DEMO_PASSWORD} unless changed):`,
  ...accountTable(
    users.map((user) => ({ username: String(user.username), role: String(user.role), displayName: String(user.display_name) })),
  ),
  '  Press Ctrl-C to stop everything / 按 Ctrl-C 停止全部进程.',
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);
