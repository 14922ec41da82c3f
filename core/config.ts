// Configuration is parsed once, here, into a typed object; nothing else reads process.env.
import { resolve } from 'node:path';

/** Everything the processes need to know about their surroundings. */
export interface Config {
  /** Port of the web server. */
  port: number;
  /** Folder for the SQLite files, the Temporal dev-server DB and uploads. */
  dataDir: string;
  /** knex client and connection: SQLite file by default, PostgreSQL when DATABASE_URL is postgres://… */
  database: { client: 'sqlite3'; filename: string } | { client: 'pg'; url: string };
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
  };
  mail: {
    /** smtp:// or smtps:// URL; undefined keeps mail in the outbox table only. */
    smtpUrl: string | undefined;
    from: string;
  };
  /** Local time zone for deadlines. */
  timeZone: string;
  /** Public base URL used in links inside emails. */
  publicUrl: string;
  logLevel: string;
  /** FUGONG_SEED_DEMO: true seeds demo data into an empty DB, false never; undefined leaves it to the entry point (only `npm start` seeds). */
  seedDemo: boolean | undefined;
  /** NODE_ENV=production: the web server refuses to start while an account still has the demo password. */
  production: boolean;
  /** FUGONG_ADMIN_PASSWORD: creates the first `admin` on a DB without users (changed at first sign-in). */
  initialAdminPassword: string | undefined;
}

/** Raised when an environment variable cannot be used; the message says which and why. */
export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be a whole number between 0 and 65535, got "${raw}"`);
  }
  return value;
}

function databaseFrom(url: string | undefined, dataDir: string): Config['database'] {
  if (!url) return { client: 'sqlite3', filename: resolve(dataDir, 'fugong.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) return { client: 'pg', url };
  if (url.startsWith('sqlite:')) return { client: 'sqlite3', filename: resolve(url.replace(/^sqlite:(\/\/)?/, '')) };
  throw new ConfigError(`DATABASE_URL must start with postgres:// or sqlite:, got "${url}"`);
}

function seedDemoFrom(raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === '1' || raw === '0') return raw === '1';
  throw new ConfigError(`FUGONG_SEED_DEMO must be 1 (seed demo data into an empty database) or 0 (never), got "${raw}"`);
}

function adminPasswordFrom(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw.length < 8) throw new ConfigError('FUGONG_ADMIN_PASSWORD must have at least 8 characters');
  return raw;
}

function toolPath(env: NodeJS.ProcessEnv, name: string, binary: string, root: string): string {
  return env[name] || resolve(root, '.tools', 'bin', binary);
}

/** Reads the environment once, applying the embedded defaults, and fails with a clear message on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const dataDir = resolve(root, env.DATA_DIR || 'data');
  const port = integer(env, 'PORT', 3000);
  const timeZone = env.FUGONG_TIME_ZONE || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ConfigError(`FUGONG_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${timeZone}"`);
  }
  return {
    port,
    dataDir,
    database: databaseFrom(env.DATABASE_URL, dataDir),
    temporal: {
      address: env.TEMPORAL_ADDRESS || undefined,
      namespace: env.TEMPORAL_NAMESPACE || 'default',
      taskQueue: env.TEMPORAL_TASK_QUEUE || 'fugong',
      cliPath: toolPath(env, 'TEMPORAL_CLI_PATH', 'temporal', root),
      testServerPath: toolPath(env, 'TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server', root),
      devServerPort: integer(env, 'TEMPORAL_DEV_PORT', 7233),
      devUiPort: integer(env, 'TEMPORAL_DEV_UI_PORT', 8233),
    },
    mail: {
      smtpUrl: env.SMTP_URL || undefined,
      from: env.MAIL_FROM || 'Fugong 复工 <noreply@fugong.local>',
    },
    timeZone,
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    logLevel: env.LOG_LEVEL || 'info',
    seedDemo: seedDemoFrom(env.FUGONG_SEED_DEMO),
    production: env.NODE_ENV === 'production',
    initialAdminPassword: adminPasswordFrom(env.FUGONG_ADMIN_PASSWORD),
  };
}

/** The address the worker and web server dial: the configured cluster or the embedded dev server. */
export function temporalAddress(config: Config): string {
  return config.temporal.address ?? `127.0.0.1:${config.temporal.devServerPort}`;
}
