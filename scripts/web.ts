// Runs the web server: the JSON API and the built React app.
// Modules are imported as the start gets to them: the settings, ports and database are checked before the first admin
// and the accounts, and those before the app (express, the Temporal client, the forms) is loaded, so a misconfigured
// start ends in a fraction of a second instead of after loading all of it.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadConfigOrExit } from '#core/config';
import {
  exitOnConfigError,
  metricsListenError,
  openDatabaseOrExit,
  portError,
  refuseTakenPorts,
  startupDatabaseError,
} from '#core/startup-checks';
import { createLogger, knexLog } from '#core/logger';
import { NEWER_MIGRATIONS_WARNING } from '#core/db';

const config = loadConfigOrExit();
const logger = createLogger('web', config.logLevel);
// A port another process holds (a replica, or a server an earlier start left running) ends the start here with one line
// naming it: express 5 hands a failed listen to the listen callback, and the process ran on serving nothing.
const ports = [{ setting: 'PORT', port: config.port }];
if (config.metrics.port !== undefined) ports.push({ setting: 'METRICS_PORT', port: config.metrics.port });
await refuseTakenPorts(ports).catch(exitOnConfigError);
// Payload keys, DATA_DIR's modes and the database checked first: a bad one ends here with one line naming it.
const db = await openDatabaseOrExit(config, knexLog(logger));
const [{ prepareDatabase, seedsDemo }, { DemoPasswordError, refuseDemoPasswordsInProduction }, { refuseGuessableAdminPassword }] =
  await Promise.all([import('#core/bootstrap'), import('#core/auth/demo-passwords'), import('#web/server/users/first-admin-password')]);
// Demo data only when FUGONG_SEED_DEMO=1 says so: a bare `npm run web` is how production starts.
const prepared = await prepareDatabase(db, {
  seedDemo: seedsDemo(config, false),
  initialAdminPassword: config.initialAdminPassword,
  checkAdminPassword: refuseGuessableAdminPassword,
  // A database gone since the check above ends here with the check's one line, not a driver's stack.
}).catch((error) => exitOnConfigError(startupDatabaseError(config.database, error)));
if (prepared.newerMigrations.length) logger.warn({ migrations: prepared.newerMigrations }, NEWER_MIGRATIONS_WARNING);
if (prepared.formsAdded.length) logger.info({ forms: prepared.formsAdded }, 'shipped forms loaded');
if (prepared.demoLogins.length) logger.info({ users: prepared.demoLogins.length }, 'demo data seeded');
if (prepared.adminCreated) logger.info('first admin created from FUGONG_ADMIN_PASSWORD; its password must be changed at first sign-in');
try {
  await refuseDemoPasswordsInProduction(db, config.production);
} catch (error) {
  await db.destroy();
  // No account at all is a missing FUGONG_ADMIN_PASSWORD: one line, exit 78. Demo passwords name the accounts in the log.
  if (!(error instanceof DemoPasswordError)) exitOnConfigError(error);
  logger.fatal({ accounts: error.usernames }, error.message);
  process.exit(1);
}
const [
  { createSmtpMailer },
  { connectClient },
  { startTracing },
  { createApp },
  { createWebMetrics, listenForMetrics },
  { startUploadSweeps },
  { historyLookup },
  { startSettling },
  { listenTracked },
] = await Promise.all([
  import('#core/mail/mailer'),
  import('#core/temporal'),
  import('#core/tracing'),
  import('#web/server/create-app'),
  import('#web/server/metrics/metrics-routes'),
  import('#web/server/uploads/upload-sweep'),
  import('#web/server/cases/pending-replies'),
  import('#web/server/settle-pending'),
  import('#scripts/kit/in-flight'),
]);
const tracing = config.tracing ? startTracing('fugong-web') : undefined;
// Temporal that never answers (a wrong TEMPORAL_ADDRESS, a cluster down) ends the start with one line naming it.
const temporal = await connectClient(config, undefined, logger, tracing).catch(exitOnConfigError);
// Admins' test sends go out through SMTP when it is configured, like the worker's mail.
const mailer = config.mail.smtpUrl ? createSmtpMailer(config.mail.smtpUrl) : undefined;
const metrics = createWebMetrics(db, () => new Date());
const metricsServer =
  config.metrics.port === undefined
    ? undefined
    : await listenForMetrics(metrics, config.metrics.port, config.metrics.host).catch((error: unknown) =>
        exitOnConfigError(metricsListenError(config.metrics.host, config.metrics.port!, error)),
      );
if (metricsServer) logger.info({ host: config.metrics.host, port: config.metrics.port }, 'metrics listening (/metrics, no token)');
const listening = await listenTracked(createApp({ config, db, temporal, logger, mailer, metrics }), config.port).catch((error: unknown) =>
  // Taken between the check above and now.
  exitOnConfigError(portError('PORT', config.port, (error as NodeJS.ErrnoException).code)),
);
// The port bound, not PORT's value: with PORT=0 (a free one, behind PUBLIC_URL) the log said port 0.
logger.info({ url: config.publicUrl, port: (listening.server.address() as AddressInfo).port }, 'web server listening');
// Unused uploads are deleted on a timer, not only when uploads arrive; every replica sweeps (upload-sweep.ts says why
// that is safe).
const uploadSweeps = startUploadSweeps({ db, dir: join(config.dataDir, 'uploads'), now: () => new Date(), logger });
// An answer to a return left pending by a process stopped mid-reply gets its files, or loses them to the sweep, and a
// decision's held audit entry goes to the log or away, from what the workflow's history says (settle-pending.ts).
const settling = startSettling({ db, now: () => new Date(), lookup: historyLookup(temporal), logger });
let stopping = false;
// Ctrl-C reaches this process directly and again through `npm start`'s SIGTERM: stop once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    metricsServer?.close();
    // The requests being answered end first (15 s at most): a handler cut off from Temporal or the database mid-call
    // would leave its caller without an answer and log a closed-channel error.
    void listening
      .stop()
      .then(() => Promise.all([uploadSweeps.stop(), settling.stop()]))
      .then(() => temporal.connection.close())
      .then(() => tracing?.shutdown())
      .then(() => db.destroy());
  });
}
