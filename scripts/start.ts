// `npm start`: the whole system on embedded defaults — Temporal dev server on a SQLite file under data/,
// database prepared and seeded, then the worker and the web server as child processes. Ctrl-C stops them all.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigOrExit, temporalAddress } from '#core/config';
import { accountsWithDemoPassword, DemoPasswordError, refuseDemoPasswordsInProduction } from '#core/auth/demo-passwords';
import { prepareDatabase, seedsDemo, type PrepareResult } from '#core/bootstrap';
import { loadOrCreateKeyFile, payloadKeyFilePath } from '#core/codec/payload-keys';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { DEV_SERVER_SQLITE_PRAGMAS, DevServerExitedEarly, startDevServer, type DevServer } from '#core/dev-server';
import { createLogger } from '#core/logger';
import {
  exitOnConfigError,
  keepDataPrivate,
  openCheckedDatabase,
  refuseTakenPorts,
  requireTemporalCli,
  startupDatabaseError,
} from '#core/startup-checks';
import { accountTable } from '#scripts/kit/account-table';
import { refuseGuessableAdminPassword } from '#web/server/users/first-admin-password';

const config = loadConfigOrExit();
const logger = createLogger('start', config.logLevel);
const root = fileURLToPath(new URL('..', import.meta.url));

// Stopping is set up before anything is started: a Ctrl-C or a SIGTERM while the dev server starts or the database is
// prepared used to end this process by default and leave the dev server running without a parent, holding its ports.
const children: ChildProcess[] = [];
let devServerChild: ChildProcess | undefined;
let stopped: Promise<never> | undefined;

/** Stops the worker and the web server, then the dev server (started or still starting), and exits; once. */
function stopAll(exitCode: number): Promise<never> {
  stopped ??= (async () => {
    logger.info('stopping worker, web server and Temporal dev server');
    await Promise.all(children.map((child) => stopChild(child, 15_000)));
    if (devServerChild) await stopChild(devServerChild, 10_000);
    process.exit(exitCode);
  })();
  return stopped;
}

function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), graceMs).unref();
  });
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  keepDataPrivate(config.dataDir);
  // The embedded default keeps its payload key in DATA_DIR: created here once, before worker and web read it, and
  // reused by every restart so running workflows stay readable. In production or against TEMPORAL_ADDRESS the keys
  // must be given (openCheckedDatabase refuses below, before anything starts).
  if (!config.payloadKeys.length && !config.production && !config.temporal.address) loadOrCreateKeyFile(payloadKeyFilePath(config.dataDir));
  if (!config.temporal.address) requireTemporalCli(config.temporal.cliPath);
  await refuseTakenPorts([
    { setting: 'PORT', port: config.port },
    ...(config.temporal.address
      ? []
      : [
          { setting: 'TEMPORAL_DEV_PORT', port: config.temporal.devServerPort },
          { setting: 'TEMPORAL_DEV_UI_PORT', port: config.temporal.devUiPort },
        ]),
  ]);
} catch (error) {
  exitOnConfigError(error);
}

let devServer: DevServer | undefined;
let prepared: PrepareResult;
let users: { username: string; role: string; displayName: string }[];
// Any failure from here on stops the dev server first: left running, it would hold its port and answer the next start.
try {
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
      onSpawn: (child) => (devServerChild = child),
    });
  }
  const db = await openCheckedDatabase(config);
  try {
    // `npm start` is the try-it-out command: demo data on the first run unless FUGONG_SEED_DEMO=0 — but not with
    // NODE_ENV=production, where demo accounts would only be refused below after filling the real database with them.
    prepared = await prepareDatabase(db, {
      seedDemo: seedsDemo(config, !config.production),
      initialAdminPassword: config.initialAdminPassword,
      checkAdminPassword: refuseGuessableAdminPassword,
    });
    // The web server's production checks, here before anything is started or the banner printed.
    await refuseDemoPasswordsInProduction(db, config.production);
    // The demo logins are shown only while their accounts still open with the published password.
    const demoAccounts = new Set(await accountsWithDemoPassword(db));
    users = (
      await db('users')
        .whereIn('role', ['admin', 'hq', 'cadre', 'special_class', 'gate', 'enterprise'])
        .orderBy('id')
        .limit(30)
        .select('username', 'role', 'display_name')
    )
      .filter((user) => demoAccounts.has(String(user.username)))
      .map((user) => ({ username: String(user.username), role: String(user.role), displayName: String(user.display_name) }));
  } finally {
    await db.destroy();
  }
} catch (error) {
  // Stopped by a signal: the dev server's going (a signal's doing) is no failure to report.
  if (stopped) await stopped;
  await devServer?.stop();
  // One line, not a stack: what the dev server said (a port taken), or that it said nothing.
  if (error instanceof DevServerExitedEarly || error instanceof DemoPasswordError) {
    process.stderr.write(`Fugong: ${error.message}\n`);
    process.exit(1);
  }
  exitOnConfigError(startupDatabaseError(config.database, error));
}

function run(script: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', script)], { stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => {
    if (!stopped) {
      logger.error({ script, code, signal }, 'a child process stopped unexpectedly; stopping everything');
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

// A signal during the start-up above: nothing more is started.
if (stopped) await stopped;
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
  ...(users.length ? [`  Demo logins / 演示账号 (password 密码: ${DEMO_PASSWORD}):`, ...accountTable(users)] : []),
  '  Press Ctrl-C to stop everything / 按 Ctrl-C 停止全部进程.',
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);
