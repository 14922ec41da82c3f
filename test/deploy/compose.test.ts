// The scaled deployment file: `docker compose config` where the compose plugin exists, a structural check otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const composeFile = `${root}docker-compose.yml`;
const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as {
  services: Record<string, any>;
  volumes?: Record<string, unknown>;
  networks?: Record<string, any>;
  secrets?: Record<string, { file?: string }>;
};
const services = compose.services;
// What compose makes of `${NAME:-default}` when the shell sets nothing.
const interpolated = (env: Record<string, string>) =>
  Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value).replace(/\$\{\w+:-([^}]*)\}/g, '$1')]));
const hasComposePlugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;

describe('docker-compose deployment', () => {
  it.skipIf(!hasComposePlugin)('passes `docker compose config`', () => {
    const result = spawnSync('docker', ['compose', '-f', composeFile, 'config', '--quiet'], { encoding: 'utf8', cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(['postgres', 'temporal-schema', 'temporal', 'temporal-namespace', 'temporal-ui', 'mailpit', 'web', 'worker'])(
    'has the %s service',
    (name) => {
      expect(services[name]).toBeTypeOf('object');
    },
  );

  it.each([
    ['temporal', /^temporalio\/server:\d/],
    ['temporal-schema', /^temporalio\/admin-tools:\d/],
    ['temporal-ui', /^temporalio\/ui:\d/],
    ['mailpit', /^axllent\/mailpit:/],
    ['postgres', /^postgres:\d/],
  ])('runs %s from a pinned image', (name, image) => {
    expect(services[name].image).toMatch(image);
  });

  it('does not use the deprecated auto-setup image anywhere', () => {
    expect(Object.values(services).map((s) => String(s.image ?? ''))).not.toContainEqual(expect.stringContaining('auto-setup'));
  });

  it('migrates the Temporal schemas before the server starts', () => {
    expect(services.temporal.depends_on['temporal-schema']).toEqual({ condition: 'service_completed_successfully' });
    const script = services['temporal-schema'].command.join('\n');
    for (const step of ['create-database', 'setup-schema', 'update-schema', 'temporal_visibility']) expect(script).toContain(step);
  });

  it('builds web and worker from the one Dockerfile and configures them by environment', () => {
    for (const name of ['web', 'worker']) {
      expect(services[name].build).toBe('.');
      const env = services[name].environment;
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
      expect(env.TEMPORAL_ADDRESS).toBe('temporal:7233');
      expect(env.SMTP_URL).toBe('smtp://mailpit:1025');
    }
    expect(services.web.command).toEqual(['npm', 'run', 'web']);
    expect(services.worker.command).toEqual(['npm', 'run', 'worker']);
    expect(services.worker.ports).toBeUndefined();
    expect(existsSync(`${root}Dockerfile`)).toBe(true);
    expect(readFileSync(`${root}Dockerfile`, 'utf8')).toMatch(/FUGONG_SKIP_TEMPORAL_INSTALL=1/);
  });

  it('names only services that exist in depends_on, and only mounted files that exist', () => {
    for (const [name, service] of Object.entries(services)) {
      const deps = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
      for (const dep of deps) expect(services, `${name} depends on ${dep}`).toHaveProperty(dep);
      for (const volume of service.volumes ?? []) {
        const source = String(volume).split(':')[0]!;
        if (source.startsWith('./')) expect(existsSync(`${root}${source.slice(2)}`), `${name} mounts ${source}`).toBe(true);
        else expect(compose.volumes, `${name} uses volume ${source}`).toHaveProperty(source);
      }
    }
  });

  it('reads the web and worker settings with the names loadConfig uses', async () => {
    const { loadConfig } = await import('../../core/config');
    const { FUGONG_PAYLOAD_KEYS_FILE: _secret, ...env } = interpolated(services.web.environment);
    const config = loadConfig(env, '/app');
    expect(config.database).toEqual({ client: 'pg', url: services.web.environment.DATABASE_URL });
    expect(config.temporal.address).toBe('temporal:7233');
    expect(config.mail.smtpUrl).toBe('smtp://mailpit:1025');
  });

  it('publishes only the web port; Temporal, its UI, mailpit and PostgreSQL stay on an internal network', () => {
    const published = Object.entries(services)
      .filter(([, service]) => service.ports?.length)
      .map(([name, service]) => [name, service.ports]);
    expect(published).toEqual([['web', ['3000:3000']]]);
    for (const name of Object.keys(services)) expect(services[name].expose, name).toBeUndefined();
    expect(compose.networks?.backend).toEqual({ internal: true });
    for (const name of ['postgres', 'temporal', 'temporal-ui', 'mailpit']) expect(services[name].networks).toEqual(['backend']);
    expect(services.web.networks).toContain('backend');
  });

  it('gives web and worker the payload keys as a secret file, and tells the UI to decode through the web app', async () => {
    const { loadConfig } = await import('../../core/config');
    for (const name of ['web', 'worker']) {
      expect(services[name].secrets).toEqual(['payload_keys']);
      expect(services[name].environment.FUGONG_PAYLOAD_KEYS_FILE).toBe('/run/secrets/payload_keys');
      expect(services[name].environment.FUGONG_PAYLOAD_KEYS).toBeUndefined();
    }
    expect(compose.secrets?.payload_keys?.file).toBe('./deploy/secrets/payload-keys');
    expect(readFileSync(`${root}.gitignore`, 'utf8')).toContain('deploy/secrets/payload-keys');
    expect(services['temporal-ui'].environment.TEMPORAL_CODEC_ENDPOINT).toBe('http://localhost:3000/api/temporal-codec');
    const { FUGONG_PAYLOAD_KEYS_FILE: _file, ...env } = interpolated(services.web.environment);
    const config = loadConfig(env, '/app');
    expect(config.temporal.uiOrigin).toBe('http://localhost:8080');
    expect(config.temporal.tls).toBeUndefined();
    expect(config.temporal.apiKey).toBeUndefined();
  });
});
