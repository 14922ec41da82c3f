import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, temporalAddress } from '#core/config';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const dir = mkdtempSync(join(tmpdir(), 'fugong-config-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('configuration', () => {
  it('runs on embedded defaults: SQLite under data/, embedded Temporal, outbox-only mail, Shanghai time', () => {
    const config = loadConfig({}, '/srv/fugong');
    expect(config.database).toEqual({ client: 'sqlite3', filename: '/srv/fugong/data/fugong.sqlite' });
    expect(config.temporal.address).toBeUndefined();
    expect(temporalAddress(config)).toBe('127.0.0.1:7233');
    expect(config.temporal.cliPath).toBe('/srv/fugong/.tools/bin/temporal');
    expect(config.mail.smtpUrl).toBeUndefined();
    expect(config.timeZone).toBe('Asia/Shanghai');
    expect(config.port).toBe(3000);
  });

  it('keeps metrics off by default and checks the token, the internal port and the worker exporter address', () => {
    expect(loadConfig({}).metrics).toEqual({ token: undefined, port: undefined, host: '127.0.0.1', workerAddress: undefined });
    const on = loadConfig({ METRICS_TOKEN: 'a-long-enough-token', METRICS_PORT: '9464', TEMPORAL_METRICS_ADDRESS: '0.0.0.0:9465' });
    expect(on.metrics).toEqual({ token: 'a-long-enough-token', port: 9464, host: '127.0.0.1', workerAddress: '0.0.0.0:9465' });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must have at least 16 characters/);
    expect(() => loadConfig({ METRICS_PORT: 'http' })).toThrow(/METRICS_PORT must be a whole number/);
    expect(() => loadConfig({ TEMPORAL_METRICS_ADDRESS: '9465' })).toThrow(/TEMPORAL_METRICS_ADDRESS must be host:port/);
  });

  it('refuses a port of 0 where it would make an address that leads nowhere', () => {
    expect(() => loadConfig({ PORT: '0' })).toThrow(
      /^PORT=0 would serve on a port picked at random while the start banner and the links in emails said http:\/\/localhost:0/,
    );
    // Behind PUBLIC_URL the address people open is that one (the tests' web processes listen on any free port).
    expect(loadConfig({ PORT: '0', PUBLIC_URL: 'https://fugong.example.gov.cn' })).toMatchObject({
      port: 0,
      publicUrl: 'https://fugong.example.gov.cn',
    });
    for (const name of ['TEMPORAL_DEV_PORT', 'TEMPORAL_DEV_UI_PORT', 'METRICS_PORT'])
      expect(() => loadConfig({ [name]: '0' })).toThrow(`${name} must be a whole number between 1 and 65535, got "0"`);
    expect(loadConfig({ TEMPORAL_DEV_PORT: '1', METRICS_PORT: '65535' })).toMatchObject({
      temporal: { devServerPort: 1 },
      metrics: { port: 65535 },
    });
  });

  it('keeps the workflow bundle between worker starts unless FUGONG_WORKFLOW_BUNDLE_CACHE=0', () => {
    expect(loadConfig({}).workflowBundleCache).toBe(true);
    expect(loadConfig({ FUGONG_WORKFLOW_BUNDLE_CACHE: '0' }).workflowBundleCache).toBe(false);
    expect(loadConfig({ FUGONG_WORKFLOW_BUNDLE_CACHE: '1' }).workflowBundleCache).toBe(true);
    expect(() => loadConfig({ FUGONG_WORKFLOW_BUNDLE_CACHE: 'off' })).toThrow(
      /FUGONG_WORKFLOW_BUNDLE_CACHE must be 1 .* or 0 .*, got "off"/,
    );
  });

  it('keeps the workflow bundles in DATA_DIR/workflow-bundle unless FUGONG_WORKFLOW_BUNDLE_DIR names another folder', () => {
    expect(loadConfig({ DATA_DIR: '/srv/fugong' }, '/app').workflowBundleDir).toBe('/srv/fugong/workflow-bundle');
    expect(loadConfig({ DATA_DIR: 'data' }, '/app').workflowBundleDir).toBe('/app/data/workflow-bundle');
    expect(loadConfig({ FUGONG_WORKFLOW_BUNDLE_DIR: '/var/cache/fugong' }, '/app').workflowBundleDir).toBe('/var/cache/fugong');
    expect(loadConfig({ FUGONG_WORKFLOW_BUNDLE_DIR: 'cache/bundles' }, '/app').workflowBundleDir).toBe('/app/cache/bundles');
  });

  it('keeps webhooks off the internal network unless WEBHOOK_ALLOW_PRIVATE=1', () => {
    expect(loadConfig({}).webhooks).toEqual({ allowPrivate: false });
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE: '0' }).webhooks).toEqual({ allowPrivate: false });
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE: '1' }).webhooks).toEqual({ allowPrivate: true });
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(/WEBHOOK_ALLOW_PRIVATE must be 1 .* or 0 .*, got "yes"/);
  });

  it('traces only when an OTLP endpoint is set by the standard variables, unless the SDK is disabled', () => {
    expect(loadConfig({}).tracing).toBe(false);
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toBe(true);
    expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }).tracing).toBe(true);
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).tracing).toBe(false);
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' }).tracing).toBe(false);
    // A collector named without its scheme used to pass, and the exporter dropped every span without a word.
    for (const name of ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'])
      expect(() => loadConfig({ [name]: 'otel-collector:4318' })).toThrow(
        `${name} must be the collector's OTLP/HTTP URL, such as http://otel-collector:4318, got "otel-collector:4318"`,
      );
  });

  it('trusts X-Forwarded-For from loopback unless TRUST_PROXY names other proxies or a hop count', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe('10.0.0.0/8, 127.0.0.1');
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'loopback, uniquelocal, fd00::/8, 10.0.0.0/255.0.0.0' }).trustProxy).toBe(
      'loopback, uniquelocal, fd00::/8, 10.0.0.0/255.0.0.0',
    );
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
  });

  it('takes PUBLIC_URL as the origin people open, without its trailing slash, and localhost on PORT by default', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://fugong.city.gov.cn/' }).publicUrl).toBe('https://fugong.city.gov.cn');
    expect(loadConfig({ PUBLIC_URL: 'http://192.168.1.20:3000' }).publicUrl).toBe('http://192.168.1.20:3000');
  });

  it('requires PUBLIC_URL where the payload keys are required: with NODE_ENV=production or TEMPORAL_ADDRESS', () => {
    for (const env of [{ NODE_ENV: 'production' }, { TEMPORAL_ADDRESS: 'temporal:7233' }]) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(
        /^PUBLIC_URL must be set with NODE_ENV=production or TEMPORAL_ADDRESS: set it to the address people open, such as https:\/\/fugong\.example\.gov\.cn/,
      );
      expect(loadConfig({ ...env, PUBLIC_URL: 'https://fugong.city.gov.cn' }).publicUrl).toBe('https://fugong.city.gov.cn');
    }
    expect(loadConfig({ NODE_ENV: 'development' }).publicUrl).toBe('http://localhost:3000');
  });

  it("takes an smtp:// or smtps:// SMTP_URL and any of pino's levels", () => {
    expect(loadConfig({ SMTP_URL: 'smtps://user:secret@mail.city.gov.cn:465' }).mail.smtpUrl).toBe(
      'smtps://user:secret@mail.city.gov.cn:465',
    );
    expect(loadConfig({}).logLevel).toBe('info');
    for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      expect(loadConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
  });

  it('switches to PostgreSQL, an existing cluster and SMTP from the environment', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://u@db/fugong',
        TEMPORAL_ADDRESS: 'temporal:7233',
        PUBLIC_URL: 'https://fugong.city.gov.cn',
        SMTP_URL: 'smtp://mail:1025',
        TEMPORAL_CLI_PATH: '/opt/temporal',
      },
      '/srv',
    );
    expect(config.database).toEqual({ client: 'pg', url: 'postgres://u@db/fugong' });
    expect(temporalAddress(config)).toBe('temporal:7233');
    expect(config.mail.smtpUrl).toBe('smtp://mail:1025');
    expect(config.temporal.cliPath).toBe('/opt/temporal');
  });

  it.each([
    // The range told is the one that works alone: 0 is only for a web process behind PUBLIC_URL, and says so.
    [
      { PORT: 'eighty' },
      /^PORT must be a whole number between 1 and 65535 \(or 0 for any free port, only with PUBLIC_URL set\), got "eighty"$/,
    ],
    [
      { PORT: '70000' },
      /^PORT must be a whole number between 1 and 65535 \(or 0 for any free port, only with PUBLIC_URL set\), got "70000"$/,
    ],
    [{ PORT: '-1' }, /^PORT must be a whole number between 1 and 65535 /],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:\/\/ or sqlite:/],
    [{ FUGONG_TIME_ZONE: 'Mars/Olympus' }, /FUGONG_TIME_ZONE must be an IANA time zone/],
    [
      { PUBLIC_URL: 'fugong.city.gov.cn' },
      /PUBLIC_URL must be the address people open, with its scheme, such as https:\/\/.+, got "fugong.city.gov.cn"/,
    ],
    [{ PUBLIC_URL: 'localhost:3000' }, /PUBLIC_URL must be the address people open, with its scheme/],
    [{ PUBLIC_URL: 'ftp://fugong.city.gov.cn' }, /PUBLIC_URL must be the address people open, with its scheme/],
    [
      { PUBLIC_URL: 'https://city.gov.cn/fugong/' },
      /PUBLIC_URL must be scheme, host and port only \(the app is served at the root of its host\), got "https:\/\/city.gov.cn\/fugong\/"/,
    ],
    [{ PUBLIC_URL: 'https://fugong.city.gov.cn/?lang=en' }, /PUBLIC_URL must be scheme, host and port only/],
    [
      { SMTP_URL: 'notaurl' },
      /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL such as smtp:\/\/user:password@mail.example.org:587, got "notaurl"/,
    ],
    [{ SMTP_URL: 'http://mail.example.org' }, /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
    // Without an address nodemailer sent every email with an empty envelope sender and no From address.
    [{ MAIL_FROM: '复工平台' }, /MAIL_FROM must be an email address, alone or after a name in angle brackets, such as .*, got "复工平台"/],
    [{ MAIL_FROM: '复工平台 <noreply@city.gov.cn' }, /MAIL_FROM must be an email address/],
    [{ MAIL_FROM: '复工平台 noreply@city.gov.cn' }, /MAIL_FROM must be an email address/],
    // A number out of its range is told that range at once, not a port's first (0 to 65535) and its own after.
    [{ MAIL_PASS_SECONDS: '-5' }, /^MAIL_PASS_SECONDS must be a whole number between 1 and 3600, got "-5"$/],
    [{ MAIL_PASS_SECONDS: '0' }, /^MAIL_PASS_SECONDS must be a whole number between 1 and 3600, got "0"$/],
    [{ MAIL_PASS_SECONDS: '70000' }, /^MAIL_PASS_SECONDS must be a whole number between 1 and 3600, got "70000"$/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"/],
    [{ LOG_LEVEL: 'INFO' }, /LOG_LEVEL must be one of/],
    [
      { TRUST_PROXY: 'abc' },
      /TRUST_PROXY must be a hop count, or loopback, linklocal, uniquelocal, IP addresses and CIDR ranges .*"abc" is none of them/,
    ],
    [{ TRUST_PROXY: '10.0.0.0/33, loopback' }, /"10.0.0.0\/33" is none of them/],
    [{ TRUST_PROXY: '1.5' }, /TRUST_PROXY must be a hop count/],
    [{ TRUST_PROXY: 'false' }, /TRUST_PROXY takes a hop count \(0 for none\) or addresses, not true\/false/],
  ])('refuses %j with a message that says what to fix', (env, message) => {
    expect(() => loadConfig(env, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv')).toThrow(message);
  });

  it.each(['noreply@city.gov.cn', '复工平台 <fugong@city.gov.cn>', '"Fugong, 复工" <noreply@fugong.city.gov.cn>'])(
    'takes MAIL_FROM %s, an address alone or after a name',
    (from) => {
      expect(loadConfig({ MAIL_FROM: from }).mail.from).toBe(from);
    },
  );

  it('never repeats the password of an SMTP_URL it refuses', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp//relay:hunter2-secret@mail.example.org' })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_URL: 'smtp//relay:hunter2-secret@mail.example.org' })).not.toThrow(/hunter2/);
    expect(() => loadConfig({ SMTP_URL: 'mail://relay:hunter2-secret@mail.example.org' })).not.toThrow(/hunter2/);
    expect(() => loadConfig({ SMTP_URL: 'relay:hunter2-secret@mail.example.org' })).toThrow(/got "…@mail.example.org"/);
  });

  it('dials the embedded dev server in plaintext with no API key, lets its UI call the codec, and keeps payload keys in DATA_DIR', () => {
    const config = loadConfig({}, '/srv/fugong');
    expect(config.temporal.tls).toBeUndefined();
    expect(config.temporal.apiKey).toBeUndefined();
    expect(config.temporal.uiOrigin).toBe('http://localhost:8233');
    expect(config.payloadKeys).toEqual([]);
    expect(
      loadConfig({ TEMPORAL_ADDRESS: 'temporal:7233', PUBLIC_URL: 'https://fugong.city.gov.cn' }, '/srv').temporal.uiOrigin,
    ).toBeUndefined();
  });

  it('reads TLS files once, with mTLS, server name and API key, for client and worker alike', () => {
    const config = loadConfig(
      {
        TEMPORAL_ADDRESS: 'temporal.example.org:7233',
        PUBLIC_URL: 'https://fugong.city.gov.cn',
        TEMPORAL_TLS_CA: file('ca.pem', 'CA PEM'),
        TEMPORAL_TLS_CERT: file('client.pem', 'CERT PEM'),
        TEMPORAL_TLS_KEY: file('client.key', 'KEY PEM'),
        TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
        TEMPORAL_API_KEY: 'secret-api-key',
        TEMPORAL_UI_ORIGIN: 'https://temporal-ui.example.org/some/path',
      },
      '/srv',
    );
    expect(config.temporal.tls).toEqual({
      serverNameOverride: 'temporal.internal',
      serverRootCACertificate: Buffer.from('CA PEM'),
      clientCertPair: { crt: Buffer.from('CERT PEM'), key: Buffer.from('KEY PEM') },
    });
    expect(config.temporal.apiKey).toBe('secret-api-key');
    expect(config.temporal.uiOrigin).toBe('https://temporal-ui.example.org');
    expect(loadConfig({ TEMPORAL_TLS: '1' }, '/srv').temporal.tls).toEqual({});
  });

  it('parses payload keys, active first, from FUGONG_PAYLOAD_KEYS or a secret file', () => {
    const keys = loadConfig({ FUGONG_PAYLOAD_KEYS: `k2:${key(2)}, k1:${key(1)}` }, '/srv').payloadKeys;
    expect(keys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(keys[0]!.secret).toEqual(Buffer.alloc(32, 2));
    const fromFile = loadConfig({ FUGONG_PAYLOAD_KEYS_FILE: file('keys', `k9:${key(9)}\nk8:${key(8)}\n`) }, '/srv').payloadKeys;
    expect(fromFile.map((k) => k.id)).toEqual(['k9', 'k8']);
  });

  it.each([
    [{ TEMPORAL_TLS_CA: '/nowhere/ca.pem' }, /TEMPORAL_TLS_CA names a file that cannot be read \(\/nowhere\/ca.pem\): ENOENT/],
    [{ TEMPORAL_TLS_CERT: file('only-cert.pem', 'x') }, /TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together/],
    [{ TEMPORAL_TLS: 'yes' }, /TEMPORAL_TLS must be 1 or 0/],
    [{ TEMPORAL_TLS: '0', TEMPORAL_TLS_SERVER_NAME: 'x' }, /TEMPORAL_TLS=0 contradicts/],
    [{ TEMPORAL_UI_ORIGIN: 'not a url' }, /TEMPORAL_UI_ORIGIN must be an origin/],
    [{ FUGONG_PAYLOAD_KEYS: `k1:${key(1).slice(0, 20)}` }, /key "k1" must be 32 bytes in base64 \(got 15 bytes\)/],
    [{ FUGONG_PAYLOAD_KEYS: key(1) }, /each key is "id:<base64>"/],
    [{ FUGONG_PAYLOAD_KEYS: `k1:${key(1)},k1:${key(2)}` }, /key ids must be unique/],
    [{ FUGONG_PAYLOAD_KEYS: `k1:${key(1)}`, FUGONG_PAYLOAD_KEYS_FILE: '/x' }, /not both/],
  ])('refuses the Temporal security setting %j with a message that says what to fix', (env, message) => {
    expect(() => loadConfig(env, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv')).toThrow(message);
  });

  it.each([
    [{ NODE_ENV: 'prod' }, 'NODE_ENV must be production, development or test (or unset), got "prod"'],
    [{ NODE_ENV: 'Production' }, 'NODE_ENV must be production, development or test (or unset), got "Production"'],
    [
      { TEMPORAL_ADDRESS: 'http://temporal:7233' },
      'TEMPORAL_ADDRESS must be host:port of Temporal\'s frontend, such as temporal.example.org:7233 (no scheme), got "http://temporal:7233"',
    ],
    [
      { TEMPORAL_ADDRESS: 'temporal' },
      'TEMPORAL_ADDRESS must be host:port of Temporal\'s frontend, such as temporal.example.org:7233 (no scheme), got "temporal"',
    ],
  ])('refuses %j, which used to run quietly without production checks or never reach Temporal', (env, message) => {
    expect(() => loadConfig(env, '/srv')).toThrow(new ConfigError(message));
  });

  it('takes host:port Temporal addresses, an IPv6 one in brackets, and the NODE_ENV values tools set', () => {
    for (const address of ['temporal:7233', '10.0.0.5:7233', '[::1]:7233'])
      expect(
        loadConfig({ TEMPORAL_ADDRESS: address, PUBLIC_URL: 'https://f.example.org', FUGONG_PAYLOAD_KEYS: `k1:${key(1)}` }).temporal
          .address,
      ).toBe(address);
    expect(loadConfig({ NODE_ENV: 'test' }).production).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://f.example.org' }).production).toBe(true);
  });
});
