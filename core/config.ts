// Configuration is parsed once, here, into a typed object; nothing else reads process.env. The settings of a part are
// read in its own file: database-config.ts, metrics-config.ts, notify-config.ts, temporal-config.ts; common checks in
// config-values.ts.
import { resolve } from 'node:path';
import type { PayloadKey } from './codec/payload-keys';
import {
  ConfigError,
  FIXED_PORT,
  integerSetting,
  logLevelFrom,
  mailFromFrom,
  publicUrlFrom,
  smtpUrlFrom,
  trustProxyFrom,
  webhookAllowPrivateFrom,
  webPortSetting,
} from './config-values';
import { databaseFrom, type DatabaseConfig } from './database-config';
import { metricsFrom, type MetricsConfig } from './metrics-config';
import { robotUrlFrom, smsFrom, type SmsConfig } from './notify-config';
import { payloadKeysFrom, temporalAddressFrom, tlsFrom, type TemporalTls } from './temporal-config';
import { tracingWanted } from './tracing-wanted';

/** Everything the processes need to know about their surroundings. */
export interface Config {
  /** Port of the web server. */
  port: number;
  /** Folder for the SQLite files, the Temporal dev-server DB and uploads. */
  dataDir: string;
  /** knex client and connection: SQLite file by default, PostgreSQL when DATABASE_URL is postgres://… */
  database: DatabaseConfig;
  temporal: {
    /** host:port of an existing cluster; undefined means `npm start` runs the embedded dev server. */
    address: string | undefined;
    namespace: string;
    taskQueue: string;
    cliPath: string;
    testServerPath: string;
    /** Port of the embedded dev server and of its web UI. */
    devServerPort: number;
    devUiPort: number;
    /** TLS (and mTLS) for client and worker; undefined dials in plaintext, as the embedded dev server expects. */
    tls: TemporalTls | undefined;
    /** API key sent as a bearer token (Temporal Cloud and API-key-protected clusters). */
    apiKey: string | undefined;
    /** Origin of the Temporal UI that may call the codec endpoint with an admin's cookies; undefined allows none. */
    uiOrigin: string | undefined;
  };
  /** Keys sealing Temporal payloads, active key first; empty means the key file under dataDir (embedded default). */
  payloadKeys: PayloadKey[];
  mail: {
    /** smtp:// or smtps:// URL; undefined keeps mail in the outbox table only. */
    smtpUrl: string | undefined;
    from: string;
    /** MAIL_PASS_SECONDS: the longest wait between the worker's passes over the mail waiting in the outbox (a retried
     * email leaves within it). */
    passSeconds: number;
    /** MAIL_KEPT_SEND_HOURS: email kept in the outbox while SMTP_URL was unset, and at most this many hours old when a
     * worker with SMTP_URL takes it up (at its start, then at its passes, at most once a minute), is sent then; older
     * is marked expired (a days-old reminder would mislead). Texts and robot messages kept without their provider are
     * released in the same window (core/notify/kept-release.ts). */
    keptSendHours: number;
  };
  /** Group-robot providers' send endpoints; unset (the default) keeps robot messages in the outbox and calls no provider. */
  robots: {
    /** WECOM_ROBOT_URL, e.g. https://qyapi.weixin.qq.com/cgi-bin/webhook/send */
    wecomUrl: string | undefined;
    /** DINGTALK_ROBOT_URL, e.g. https://oapi.dingtalk.com/robot/send */
    dingtalkUrl: string | undefined;
  };
  /** Outgoing webhooks (core/webhooks/). */
  webhooks: {
    /** WEBHOOK_ALLOW_PRIVATE=1: receivers may be on loopback or the internal network; refused by default. */
    allowPrivate: boolean;
  };
  /** The SMS provider (core/notify/sms-provider.ts); undefined (the default) keeps SMS rows in the outbox, calls no one. */
  sms: SmsConfig | undefined;
  /** Local time zone for deadlines. */
  timeZone: string;
  /** PUBLIC_URL's origin (no trailing slash): the base of links in emails and the one origin allowed to change state. */
  publicUrl: string;
  /** TRUST_PROXY: which proxies' X-Forwarded-For names the client (express's `trust proxy`); per-address limits count by it. */
  trustProxy: string | number;
  /** One of pino's levels, or `silent`. */
  logLevel: string;
  /** FUGONG_SEED_DEMO: true seeds demo data into an empty DB, false never; undefined leaves it to the entry point (only `npm start` seeds). */
  seedDemo: boolean | undefined;
  /** NODE_ENV=production: the web server refuses to start while an account still has the demo password. */
  production: boolean;
  /** FUGONG_ADMIN_PASSWORD: creates the first `admin` on a DB without users (changed at first sign-in). */
  initialAdminPassword: string | undefined;
  /** Prometheus metrics; everything off when unset. */
  metrics: MetricsConfig;
  /** FUGONG_BACKUP_STAMP: a file the backup job touches when a backup finished; its time is shown as the last backup. */
  backupStamp: string | undefined;
  /** FUGONG_WORKFLOW_BUNDLE_CACHE (on unless 0): the worker keeps its webpack bundle of the workflow code under
   * DATA_DIR/workflow-bundle and reuses it while the code it was made from is unchanged (core/workflow-bundle-cache.ts). */
  workflowBundleCache: boolean;
  /** FUGONG_WORKFLOW_BUNDLE_DIR: where those bundles are kept, DATA_DIR/workflow-bundle unless set. Installations of one
   * checkout can share a folder (each bundle is still checked against the files it was made from before it is used). */
  workflowBundleDir: string;
  /** OpenTelemetry traces, on when OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT is set (the exporter reads the OTEL_* variables). */
  tracing: boolean;
}

export { ConfigError };
export type { DatabaseConfig, MetricsConfig, SmsConfig, TemporalTls };

/** MAIL_PASS_SECONDS: 1 to 3600, 60 by default. */
function mailPassSeconds(env: NodeJS.ProcessEnv): number {
  return integerSetting(env, 'MAIL_PASS_SECONDS', 60, [1, 3600]);
}

/** NODE_ENV: `production` turns the production checks on; a misspelling of it ("prod") must not quietly leave them off. */
function productionFrom(raw: string | undefined): boolean {
  if (raw === 'production') return true;
  if (raw === undefined || raw === '' || raw === 'development' || raw === 'test') return false;
  throw new ConfigError(`NODE_ENV must be production, development or test (or unset), got "${raw}"`);
}

function seedDemoFrom(raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === '1' || raw === '0') return raw === '1';
  throw new ConfigError(`FUGONG_SEED_DEMO must be 1 (seed demo data into an empty database) or 0 (never), got "${raw}"`);
}

function switchFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1' || raw === '0') return raw === '1';
  throw new ConfigError(`${name} must be 1 (on) or 0 (off), got "${raw}"`);
}

function adminPasswordFrom(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw.length < 8) throw new ConfigError('FUGONG_ADMIN_PASSWORD must have at least 8 characters');
  return raw;
}

function toolPath(env: NodeJS.ProcessEnv, name: string, binary: string, root: string): string {
  return env[name] || resolve(root, '.tools', 'bin', binary);
}

function originFrom(raw: string, name: string): string {
  try {
    const origin = new URL(raw).origin;
    if (origin !== 'null') return origin;
  } catch {
    // falls through to the message below
  }
  throw new ConfigError(`${name} must be an origin such as https://temporal-ui.example.org, got "${raw}"`);
}

/** loadConfig for a process's entry point: a bad value ends the process with its message alone (exit code 78,
 * EX_CONFIG), not a stack trace that reads like a crash of the program. */
export function loadConfigOrExit(options: LoadOptions = {}): Config {
  try {
    return loadConfig(process.env, process.cwd(), options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Fugong: configuration error: ${error.message}\n`);
    process.exit(78);
  }
}

/** What the calling process does with the configuration. */
export interface LoadOptions {
  /** false for a script that sends no email or message (`npm run reset-admin-password`): it makes no links, so it does
   * not need PUBLIC_URL where web and worker do (NODE_ENV=production or TEMPORAL_ADDRESS). True by default. */
  makesLinks?: boolean;
}

/** Reads the environment once, applying the embedded defaults, and fails with a clear message on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd(), options: LoadOptions = {}): Config {
  const dataDir = resolve(root, env.DATA_DIR || 'data');
  const port = webPortSetting(env);
  const timeZone = env.FUGONG_TIME_ZONE || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ConfigError(`FUGONG_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${timeZone}"`);
  }
  const address = temporalAddressFrom(env.TEMPORAL_ADDRESS);
  const production = productionFrom(env.NODE_ENV);
  // Where the payload keys must be given too (core/temporal.ts payloadKeys): not `npm start` on this machine.
  const outsideEmbeddedDefault = production || address !== undefined;
  const devUiPort = integerSetting(env, 'TEMPORAL_DEV_UI_PORT', 8233, FIXED_PORT);
  const uiOrigin = env.TEMPORAL_UI_ORIGIN
    ? originFrom(env.TEMPORAL_UI_ORIGIN, 'TEMPORAL_UI_ORIGIN')
    : address
      ? undefined
      : `http://localhost:${devUiPort}`;
  return {
    port,
    dataDir,
    database: databaseFrom(env.DATABASE_URL, dataDir),
    temporal: {
      address,
      namespace: env.TEMPORAL_NAMESPACE || 'default',
      taskQueue: env.TEMPORAL_TASK_QUEUE || 'fugong',
      cliPath: toolPath(env, 'TEMPORAL_CLI_PATH', 'temporal', root),
      testServerPath: toolPath(env, 'TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server', root),
      devServerPort: integerSetting(env, 'TEMPORAL_DEV_PORT', 7233, FIXED_PORT),
      devUiPort,
      tls: tlsFrom(env),
      apiKey: env.TEMPORAL_API_KEY || undefined,
      uiOrigin,
    },
    payloadKeys: payloadKeysFrom(env),
    mail: {
      smtpUrl: smtpUrlFrom(env.SMTP_URL),
      from: mailFromFrom(env.MAIL_FROM),
      passSeconds: mailPassSeconds(env),
      keptSendHours: integerSetting(env, 'MAIL_KEPT_SEND_HOURS', 24, [0, 720]),
    },
    robots: { wecomUrl: robotUrlFrom(env, 'WECOM_ROBOT_URL'), dingtalkUrl: robotUrlFrom(env, 'DINGTALK_ROBOT_URL') },
    webhooks: { allowPrivate: webhookAllowPrivateFrom(env.WEBHOOK_ALLOW_PRIVATE) },
    sms: smsFrom(env),
    timeZone,
    publicUrl: publicUrlFrom(env.PUBLIC_URL, port, outsideEmbeddedDefault && options.makesLinks !== false),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    logLevel: logLevelFrom(env.LOG_LEVEL),
    seedDemo: seedDemoFrom(env.FUGONG_SEED_DEMO),
    production,
    initialAdminPassword: adminPasswordFrom(env.FUGONG_ADMIN_PASSWORD),
    metrics: metricsFrom(env),
    tracing: tracingWanted(env),
    workflowBundleCache: switchFrom(env, 'FUGONG_WORKFLOW_BUNDLE_CACHE', true),
    workflowBundleDir: env.FUGONG_WORKFLOW_BUNDLE_DIR ? resolve(root, env.FUGONG_WORKFLOW_BUNDLE_DIR) : resolve(dataDir, 'workflow-bundle'),
    backupStamp: env.FUGONG_BACKUP_STAMP ? resolve(root, env.FUGONG_BACKUP_STAMP) : undefined,
  };
}

/** The address the worker and web server dial: the configured cluster or the embedded dev server. */
export function temporalAddress(config: Config): string {
  return config.temporal.address ?? `127.0.0.1:${config.temporal.devServerPort}`;
}
