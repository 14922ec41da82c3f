// An IT team learns the settings from the docs alone: every environment variable the processes read is in README's
// "Configuration" (or another section of README or deploy/README.md), every variable that table names is read, and the
// defaults it states are the ones loadConfig applies.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '#core/config';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

/** Where the processes, the installer and the test kit read the environment (nothing else may: STYLE.md habit 7). */
const READERS = [
  'core/config.ts',
  'core/config-values.ts',
  'core/metrics-config.ts',
  'core/notify-config.ts',
  'core/temporal-config.ts',
  'core/tracing-wanted.ts',
  'core/tracing.ts',
  'scripts/install-temporal.mjs',
  'scripts/kit/chromium.ts',
];
/** Read by the OpenTelemetry exporter itself, not by our code. */
const READ_BY_OPENTELEMETRY = ['OTEL_EXPORTER_OTLP_HEADERS'];

const NAME = '[A-Z][A-Z0-9_]+';
function settingsRead(): Set<string> {
  const names = new Set<string>();
  for (const path of READERS) {
    const text = read(path);
    for (const pattern of [
      new RegExp(`\\benv\\.(${NAME})`, 'g'),
      new RegExp(`\\benv\\[['"](${NAME})['"]\\]`, 'g'),
      // integer(env, 'PORT', …), readSetting(env, 'TEMPORAL_TLS_CERT'), resolved('TEMPORAL_CLI_PATH', …)
      new RegExp(`\\((?:env, )?'(${NAME})'`, 'g'),
      // const SMS_SETTINGS = ['SMS_ACCESS_KEY_ID', …]
      new RegExp(`'(SMS_${NAME.slice(8)})'`, 'g'),
    ])
      for (const match of text.matchAll(pattern)) names.add(match[1]!);
  }
  return names;
}

const readme = read('README.md');
const configuration = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('**Start-up checks.**'));

/** The Configuration table's rows: the variables of the first cell and, per variable (`a` / `b`), the backticked value
 * of the second ("unset / `127.0.0.1`" gives undefined and 127.0.0.1). */
function tableRows(): { names: string[]; defaults: (string | undefined)[] }[] {
  return configuration
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [names = '', defaults = ''] = line.split(' | ');
      const named = [...names.matchAll(new RegExp(`\`(${NAME})\``, 'g'))].map((m) => m[1]!);
      const parts = named.length > 1 ? defaults.split(' / ') : [defaults];
      return { names: named, defaults: parts.map((part) => /`([^`]+)`/.exec(part)?.[1]) };
    });
}

describe('settings in the docs', () => {
  it('documents every environment variable the processes read', () => {
    const documented = readme + read('deploy/README.md');
    const missing = [...settingsRead()].filter((name) => !documented.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });

  it('names in the Configuration table only variables something reads', () => {
    const read = settingsRead();
    const named = tableRows().flatMap((row) => row.names);
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((name) => !read.has(name) && !READ_BY_OPENTELEMETRY.includes(name))).toEqual([]);
  });

  it.each<[string, (config: Config) => unknown]>([
    ['PORT', (c) => c.port],
    ['TEMPORAL_NAMESPACE', (c) => c.temporal.namespace],
    ['TEMPORAL_TASK_QUEUE', (c) => c.temporal.taskQueue],
    ['TEMPORAL_DEV_PORT', (c) => c.temporal.devServerPort],
    ['TEMPORAL_DEV_UI_PORT', (c) => c.temporal.devUiPort],
    ['MAIL_FROM', (c) => c.mail.from],
    ['MAIL_PASS_SECONDS', (c) => c.mail.passSeconds],
    ['FUGONG_TIME_ZONE', (c) => c.timeZone],
    ['TRUST_PROXY', (c) => c.trustProxy],
    ['LOG_LEVEL', (c) => c.logLevel],
    ['METRICS_HOST', (c) => c.metrics.host],
    ['SMS_PROVIDER', (c) => c.sms?.provider],
    ['SMS_PER_MINUTE', (c) => c.sms?.perMinute],
  ])('states the default of %s that loadConfig applies', (name, value) => {
    const row = tableRows().find((candidate) => candidate.names.includes(name));
    expect(row, `${name} has a row`).toBeDefined();
    expect(row!.defaults, `${name}: one default per variable of its row`).toHaveLength(row!.names.length);
    // SMS defaults apply once SMS is on.
    const sms = {
      SMS_PROVIDER_URL: 'https://sms.example.org/',
      SMS_ACCESS_KEY_ID: 'id',
      SMS_ACCESS_KEY_SECRET: 'secret',
      SMS_SIGN_NAME: 'sign',
      SMS_TEMPLATE_CODE: 'code',
    };
    const config = loadConfig(name.startsWith('SMS_') ? sms : {}, '/srv/fugong');
    expect(row!.defaults[row!.names.indexOf(name)]).toBe(String(value(config)));
  });
});
