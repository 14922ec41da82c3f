// Runs the Temporal worker: workflows from workflows/, activities with a DB, templates and (optionally) SMTP.
// Only what the start-up checks need is imported up front; the Temporal SDK, the activities and the dispatchers are
// loaded once they pass, so a misconfigured start ends in a fraction of a second instead of after loading all of it.
import { loadConfigOrExit } from '#core/config';
import { migrate, NEWER_MIGRATIONS_WARNING } from '#core/db';
import { exitOnConfigError, openDatabaseOrExit, startupDatabaseError } from '#core/startup-checks';
import { createLogger, knexLog } from '#core/logger';
import { withStartupLock } from '#core/startup-lock';

const config = loadConfigOrExit();
const logger = createLogger('worker', config.logLevel);
// Payload keys, DATA_DIR's modes and the database checked first: a bad one ends here with one line naming it.
const db = await openDatabaseOrExit(config, knexLog(logger));
const [
  { createActivities },
  { createSmtpMailer },
  { createTemplateRenderer },
  { ensureCollectionSchedules },
  { ensureDigestSchedule },
  { connectClient, createWorker, installTemporalRuntime },
  { payloadKeys },
  { createSecretBox },
  { createRobotDispatcher },
  { createSmsDispatcher },
  { createAliyunSmsProvider },
  { createWebhookDispatcher },
  { createMailPass },
  { startTracing },
] = await Promise.all([
  import('#activities/index'),
  import('#core/mail/mailer'),
  import('#core/mail/template-renderer'),
  import('#core/collection-schedules'),
  import('#core/schedules'),
  import('#core/temporal'),
  import('#core/codec/payload-keys'),
  import('#core/codec/secret-box'),
  import('#core/notify/robot-dispatcher'),
  import('#core/notify/sms-dispatcher'),
  import('#core/notify/sms-provider'),
  import('#core/webhooks/webhook-dispatcher'),
  import('#core/notify/held-mail'),
  import('#core/tracing'),
]);
try {
  installTemporalRuntime(logger, config.metrics.workerAddress);
} catch (error) {
  exitOnConfigError(error);
}
// Beside web processes starting at the same moment: one at a time (core/startup-lock.ts).
// A database gone since the check above ends here with the check's one line, not a driver's stack.
const newerMigrations = await withStartupLock(db, () => migrate(db)).catch((error) =>
  exitOnConfigError(startupDatabaseError(config.database, error)),
);
if (newerMigrations.length) logger.warn({ migrations: newerMigrations }, NEWER_MIGRATIONS_WARNING);
const mailer = config.mail.smtpUrl ? createSmtpMailer(config.mail.smtpUrl) : undefined;
// Email waiting in the outbox (held for quiet hours, or put back after an SMTP failure so that its workflow went on)
// leaves from here: soon after it falls due while any waits, at least every MAIL_PASS_SECONDS otherwise (an admin's
// retry from the outbox page waits at most that long); rows survive restarts. Mail kept while SMTP_URL was unset (here
// before, or by another worker without it) is sent when at most MAIL_KEPT_SEND_HOURS old, marked expired otherwise, at
// the first pass and then at most once a minute (core/notify/held-mail.ts).
const mailPass = mailer
  ? createMailPass({
      db,
      mailer,
      from: config.mail.from,
      idleMs: config.mail.passSeconds * 1000,
      keptSendHours: config.mail.keptSendHours,
      onKeptMail: (released) =>
        logger.info({ ...released, keptSendHours: config.mail.keptSendHours }, 'mail kept without SMTP_URL: recent sent, older expired'),
      onError: (error) => logger.error({ err: error }, 'mail pass failed'),
    })
  : undefined;
mailPass?.start();
const robotEndpoints = {
  ...(config.robots.wecomUrl ? { 'wecom-robot': config.robots.wecomUrl } : {}),
  ...(config.robots.dingtalkUrl ? { 'dingtalk-robot': config.robots.dingtalkUrl } : {}),
} as const;
const activities = createActivities({
  db,
  renderer: createTemplateRenderer(config.timeZone),
  mailer,
  from: config.mail.from,
  onQueued: mailPass?.wake,
  timeZone: config.timeZone,
  robotEndpoints,
  publicUrl: config.publicUrl,
  sms: { configured: Boolean(config.sms), signName: config.sms?.signName },
});
// Texts and robot messages kept while their provider was not configured (here before, or by another worker without
// it): the passes of a channel that has one send those at most MAIL_KEPT_SEND_HOURS old and mark older ones expired,
// at the first pass and then at most once a minute (core/notify/kept-release.ts).
const kept = {
  sendHours: config.mail.keptSendHours,
  onReleased: (channel: string, released: { queued: number; expired: number }) =>
    logger.info(
      { channel, ...released, keptSendHours: config.mail.keptSendHours },
      'messages kept without a provider: recent sent, older expired',
    ),
};
// Group-robot messages leave from here, at each robot's pace; without a provider URL they stay in the outbox.
const robots = createRobotDispatcher({
  db,
  box: createSecretBox(payloadKeys(config), 'robot'),
  endpoints: robotEndpoints,
  kept,
  onError: (error) => logger.error({ err: error }, 'robot dispatch failed'),
});
robots.start();
// Texts leave from here at the channel's pace; without SMS_PROVIDER_URL they stay in the outbox and no provider is called.
const sms = config.sms
  ? createSmsDispatcher({
      db,
      provider: createAliyunSmsProvider(config.sms),
      perMinute: config.sms.perMinute,
      kept,
      log: (fields) => logger.info(fields, 'sms attempt'),
      onError: (error) => logger.error({ err: error }, 'sms dispatch failed'),
    })
  : undefined;
sms?.start();
// Webhooks leave from the worker too: it is the process that already delivers outside (robots), the web processes stay
// free of outbound calls and of opening secrets, and a second worker is harmless (deliveries are claimed with a lease).
const webhooks = createWebhookDispatcher({
  db,
  box: createSecretBox(payloadKeys(config), 'webhook'),
  allowPrivate: config.webhooks.allowPrivate,
  onError: (error) => logger.error({ err: error }, 'webhook dispatch failed'),
});
webhooks.start();
const tracing = config.tracing ? startTracing('fugong-worker') : undefined;
// Temporal that never answers (a wrong TEMPORAL_ADDRESS, a cluster down) ends the start with one line naming it.
const worker = await createWorker({ config, activities, logger, tracing }).catch(exitOnConfigError);
const client = await connectClient(config, undefined, logger).catch(exitOnConfigError);
await ensureDigestSchedule(client, config);
await ensureCollectionSchedules(client, config, db);
await client.connection.close();
logger.info({ taskQueue: config.temporal.taskQueue, smtp: Boolean(mailer), sms: config.sms?.provider ?? false }, 'worker started');
// The SDK's worker shuts itself down (draining tasks) on SIGINT and SIGTERM.
await worker.run();
// The worker's own connection keeps the SDK's runtime (and the core's log forwarding) alive: closed, the process can end.
await worker.connection?.close();
await robots.stop();
await sms?.stop();
await webhooks.stop();
await mailPass?.stop();
mailer?.close();
await tracing?.shutdown();
await db.destroy();
logger.info('worker stopped');
