import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, temporalAddress } from '../../core/config';

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

  it('switches to PostgreSQL, an existing cluster and SMTP from the environment', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://u@db/fugong',
        TEMPORAL_ADDRESS: 'temporal:7233',
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
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:\/\/ or sqlite:/],
    [{ FUGONG_TIME_ZONE: 'Mars/Olympus' }, /FUGONG_TIME_ZONE must be an IANA time zone/],
  ])('refuses %j with a message that says what to fix', (env, message) => {
    expect(() => loadConfig(env, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv')).toThrow(message);
  });
});
