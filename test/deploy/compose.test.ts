// The scaled deployment file: `docker compose config` where the compose plugin exists, a structural check otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const composeFile = `${root}docker-compose.yml`;
const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as {
  name?: string;
  services: Record<string, any>;
  volumes?: Record<string, unknown>;
  networks?: Record<string, any>;
  secrets?: Record<string, { file?: string }>;
};
const services = compose.services;
const WEBS = ['web-1', 'web-2'];
const WORKERS = ['worker-1', 'worker-2'];
const APP = [...WEBS, ...WORKERS];
const nginxConf = () => readFileSync(`${root}deploy/nginx.conf`, 'utf8');
// What compose makes of `${NAME:-default}`: the shell's value when it sets one, the default otherwise.
const interpolated = (env: Record<string, string>, shell: Record<string, string> = {}) =>
  Object.fromEntries(
    Object.entries(env).map(([key, value]) => [
      key,
      String(value).replace(/\$\{(\w+):-([^}]*)\}/g, (_match, name: string, fallback: string) => shell[name] || fallback),
    ]),
  );
const hasComposePlugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;

describe('docker-compose deployment', () => {
  it.skipIf(!hasComposePlugin)('passes `docker compose config`', () => {
    const result = spawnSync('docker', ['compose', '-f', composeFile, 'config', '--quiet'], { encoding: 'utf8', cwd: root });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(['postgres', 'temporal-schema', 'temporal', 'temporal-namespace', 'temporal-ui', 'mailpit', 'proxy', ...APP])(
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
    ['proxy', /^nginx:\d+\.\d+\.\d+/],
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

  it('builds two web and two worker processes from the one Dockerfile and configures them by environment', () => {
    expect(Object.keys(services).filter((name) => services[name].build)).toEqual(APP);
    for (const name of APP) {
      expect(services[name].build).toBe('.');
      const env = services[name].environment;
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
      expect(env.TEMPORAL_ADDRESS).toBe('temporal:7233');
      expect(interpolated(env).SMTP_URL).toBe('smtp://mailpit:1025');
    }
    for (const name of WEBS) expect(services[name].command).toEqual(['npm', 'run', '--silent', 'web']);
    for (const name of WORKERS) expect(services[name].command).toEqual(['npm', 'run', '--silent', 'worker']);
    for (const name of APP) expect(services[name].ports).toBeUndefined();
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
    const { loadConfig } = await import('#core/config');
    const { FUGONG_PAYLOAD_KEYS_FILE: _secret, ...env } = interpolated(services['web-1'].environment);
    const config = loadConfig(env, '/app');
    expect(config.database).toEqual({ client: 'pg', url: 'postgres://postgres:change-me@postgres:5432/fugong' });
    expect(config.trustProxy).toBe(1);
    expect(config.temporal.address).toBe('temporal:7233');
    expect(config.mail.smtpUrl).toBe('smtp://mailpit:1025');
  });

  it('takes the mail relay, sender, robots, SMS, webhooks, traces and log level from the shell, as README documents them', async () => {
    const { loadConfig } = await import('#core/config');
    const shell = {
      SMTP_URL: 'smtp://fugong:pw@relay.city.gov.cn:587',
      MAIL_FROM: '复工平台 <fugong@city.gov.cn>',
      WECOM_ROBOT_URL: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send',
      DINGTALK_ROBOT_URL: 'https://oapi.dingtalk.com/robot/send',
      SMS_PROVIDER_URL: 'https://dysmsapi.aliyuncs.com/',
      SMS_ACCESS_KEY_ID: 'key-id',
      SMS_ACCESS_KEY_SECRET: 'key-secret',
      SMS_SIGN_NAME: '复工平台',
      SMS_TEMPLATE_CODE: 'SMS_1',
      SMS_PER_MINUTE: '30',
      WEBHOOK_ALLOW_PRIVATE: '1',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel.city.gov.cn:4318',
      LOG_LEVEL: 'warn',
    };
    for (const name of APP) {
      const { FUGONG_PAYLOAD_KEYS_FILE: _file, ...env } = interpolated(services[name].environment, shell);
      const config = loadConfig(env, '/app');
      expect(config.mail).toMatchObject({ smtpUrl: shell.SMTP_URL, from: shell.MAIL_FROM });
      expect(config.robots).toEqual({ wecomUrl: shell.WECOM_ROBOT_URL, dingtalkUrl: shell.DINGTALK_ROBOT_URL });
      expect(config.sms).toMatchObject({ url: shell.SMS_PROVIDER_URL, accessKeyId: 'key-id', signName: '复工平台', perMinute: 30 });
      expect(config.webhooks.allowPrivate).toBe(true);
      expect(config.tracing).toBe(true);
      expect(config.logLevel).toBe('warn');
    }
    // Unset, the same defaults as a bare process, and mail caught by mailpit (a trial, said in deploy/README.md).
    const { FUGONG_PAYLOAD_KEYS_FILE: _file, ...trial } = interpolated(services['worker-1'].environment);
    const config = loadConfig(trial, '/app');
    expect(config.mail).toMatchObject({ smtpUrl: 'smtp://mailpit:1025', from: loadConfig({}, '/app').mail.from });
    expect([config.robots, config.sms, config.webhooks.allowPrivate, config.tracing]).toEqual([
      { wecomUrl: undefined, dingtalkUrl: undefined },
      undefined,
      false,
      false,
    ]);
    expect(readFileSync(`${root}deploy/README.md`, 'utf8')).toMatch(
      /Set `SMTP_URL`[\s\S]{0,300}sends mail to `mailpit`, which keeps every message[\s\S]{0,40}delivers none/,
    );
  });

  it("publishes one port, the proxy's; Temporal, its UI, mailpit and PostgreSQL stay on an internal network", () => {
    const published = Object.entries(services)
      .filter(([, service]) => service.ports?.length)
      .map(([name, service]) => [name, service.ports]);
    expect(published).toEqual([['proxy', ['3000:3000']]]);
    for (const name of Object.keys(services)) expect(services[name].expose, name).toBeUndefined();
    expect(compose.networks?.backend).toEqual({ internal: true });
    for (const name of ['postgres', 'temporal', 'temporal-ui', 'mailpit']) expect(services[name].networks).toEqual(['backend']);
    for (const name of APP) expect(services[name].networks).toContain('backend');
    expect(services.proxy.networks).toEqual(['edge']);
    for (const name of WEBS) expect(services[name].networks).toContain('edge');
  });

  it('sends the published port round robin to both web replicas, once both answer their health check', () => {
    const upstream = /upstream\s+(\w+)\s*\{([^}]*)\}/.exec(nginxConf());
    expect(upstream).not.toBeNull();
    const backends = [...upstream![2]!.matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(backends).toEqual(WEBS.map((name) => `${name}:${services[name].environment.PORT}`));
    // Round robin is nginx's default: no ip_hash, hash or least_conn turns it into stickiness.
    expect(upstream![2]).not.toMatch(/\b(ip_hash|hash|least_conn|sticky)\b/);
    expect(nginxConf()).toMatch(new RegExp(`listen\\s+${services.proxy.ports[0].split(':')[1]};`));
    expect(nginxConf()).toMatch(new RegExp(`proxy_pass\\s+http://${upstream![1]};`));
    expect(nginxConf()).toMatch(/proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for;/);
    // A POST is never re-sent to the other replica by the proxy itself.
    expect(nginxConf()).toMatch(/^\s*proxy_next_upstream\s+error\s+timeout;/m);
    expect(services.proxy.volumes).toEqual(['./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro']);
    for (const name of WEBS) {
      expect(services.proxy.depends_on[name]).toEqual({ condition: 'service_healthy' });
      expect(services[name].healthcheck.test.join(' ')).toContain('/healthz');
    }
    expect(services.proxy.healthcheck.test.join(' ')).toContain('/healthz');
  });

  it('gives every web and worker process the same database, Temporal, queue, time zone and payload keys', () => {
    const shared = [
      'DATABASE_URL',
      'TEMPORAL_ADDRESS',
      'TEMPORAL_NAMESPACE',
      'TEMPORAL_TASK_QUEUE',
      'FUGONG_TIME_ZONE',
      'FUGONG_PAYLOAD_KEYS_FILE',
    ];
    const settings = APP.map((name) => Object.fromEntries(shared.map((key) => [key, services[name].environment[key]])));
    for (const s of settings) expect(s).toEqual(settings[0]);
    expect(Object.values(settings[0]!).every(Boolean)).toBe(true);
    for (const name of APP) {
      expect(services[name].depends_on.postgres).toEqual({ condition: 'service_healthy' });
      expect(services[name].depends_on['temporal-namespace']).toEqual({ condition: 'service_completed_successfully' });
    }
    // The app reaches Temporal only after its schema job and namespace job finished.
    expect(services['temporal-namespace'].depends_on.temporal).toEqual({ condition: 'service_healthy' });
    expect(services['temporal-schema'].depends_on.postgres).toEqual({ condition: 'service_healthy' });
  });

  it('gives both web replicas one uploads volume, where the image keeps the uploads folder', () => {
    for (const name of WEBS) expect(services[name].volumes, name).toContain('uploads:/app/data/uploads');
    expect(compose.volumes).toHaveProperty('uploads');
    expect(readFileSync(`${root}Dockerfile`, 'utf8')).toMatch(/mkdir -p \/app\/data\/uploads && chown -R node:node/);
  });

  it('gives web and worker the payload keys as a secret file, and tells the UI to decode through the web app', async () => {
    const { loadConfig } = await import('#core/config');
    for (const name of APP) {
      expect(services[name].secrets).toEqual(['payload_keys']);
      expect(services[name].environment.FUGONG_PAYLOAD_KEYS_FILE).toBe('/run/secrets/payload_keys');
      expect(services[name].environment.FUGONG_PAYLOAD_KEYS).toBeUndefined();
    }
    expect(compose.secrets?.payload_keys?.file).toBe('./deploy/secrets/payload-keys');
    expect(readFileSync(`${root}.gitignore`, 'utf8')).toContain('deploy/secrets/payload-keys');
    expect(interpolated(services['temporal-ui'].environment).TEMPORAL_CODEC_ENDPOINT).toBe('http://localhost:3000/api/temporal-codec');
    const { FUGONG_PAYLOAD_KEYS_FILE: _file, ...env } = interpolated(services['web-2'].environment);
    const config = loadConfig(env, '/app');
    expect(config.temporal.uiOrigin).toBe('http://localhost:8080');
    expect(config.temporal.tls).toBeUndefined();
    expect(config.temporal.apiKey).toBeUndefined();
  });

  it("takes the public address from the shell, for the app's links, origin check and cookies and for the UI's codec calls", async () => {
    const { loadConfig } = await import('#core/config');
    const shell = { PUBLIC_URL: 'https://fugong.city.gov.cn' };
    for (const name of APP) {
      expect(services[name].environment.PUBLIC_URL).toBe('${PUBLIC_URL:-http://localhost:3000}');
      const { FUGONG_PAYLOAD_KEYS_FILE: _file, ...env } = interpolated(services[name].environment, shell);
      expect(loadConfig(env, '/app').publicUrl).toBe('https://fugong.city.gov.cn');
    }
    const ui = interpolated(services['temporal-ui'].environment, shell);
    expect(ui.TEMPORAL_CODEC_ENDPOINT).toBe('https://fugong.city.gov.cn/api/temporal-codec');
    expect(ui.TEMPORAL_CORS_ORIGINS).toBe('https://fugong.city.gov.cn');
    // No other setting names the trial address: whatever depends on the public origin follows PUBLIC_URL.
    const everything = JSON.stringify(Object.values(services).map((service) => interpolated(service.environment ?? {}, shell)));
    expect(everything).not.toContain('localhost:3000');
    // Without it, a trial on this machine: the address the published port answers on.
    const { FUGONG_PAYLOAD_KEYS_FILE: _file, ...trial } = interpolated(services['web-1'].environment);
    expect(loadConfig(trial, '/app').publicUrl).toBe(`http://localhost:${services.proxy.ports[0].split(':')[0]}`);
  });

  it('takes PostgreSQL’s user and password from the shell everywhere, with a placeholder to change, never postgres/postgres', () => {
    const shell = { POSTGRES_USER: 'fugong_admin', POSTGRES_PASSWORD: 's3cret-from-env' };
    expect(readFileSync(composeFile, 'utf8')).not.toMatch(/postgres:postgres@|POSTGRES_PASSWORD: postgres|-pw postgres/);
    expect(interpolated(services.postgres.environment, shell)).toEqual(shell);
    expect(interpolated(services['temporal-schema'].environment, shell)).toMatchObject({
      SQL_USER: 'fugong_admin',
      SQL_PASSWORD: 's3cret-from-env',
    });
    expect(services['temporal-schema'].command.join('\n')).toContain('-u "$$SQL_USER" -pw "$$SQL_PASSWORD"');
    expect(interpolated(services.temporal.environment, shell)).toMatchObject({
      POSTGRES_USER: 'fugong_admin',
      POSTGRES_PWD: 's3cret-from-env',
    });
    for (const name of APP)
      expect(interpolated(services[name].environment, shell).DATABASE_URL).toBe(
        'postgres://fugong_admin:s3cret-from-env@postgres:5432/fugong',
      );
    expect(services.postgres.environment.POSTGRES_PASSWORD).toBe('${POSTGRES_PASSWORD:-change-me}');
  });

  it('backs up and restores with commands naming this file’s project volumes, services and three databases', () => {
    const readme = readFileSync(`${root}deploy/README.md`, 'utf8');
    const section = readme.slice(readme.indexOf('## Backup and restore'), readme.indexOf('## Watching it'));
    // Compose names volumes <project>_<volume>: both the dump and the restore use real ones.
    const volumes = [...section.matchAll(new RegExp(`\\b${compose.name}_([\\w-]+)`, 'g'))].map((m) => m[1]!);
    expect(new Set(volumes)).toEqual(new Set(['uploads', 'postgres-data']));
    for (const volume of volumes) expect(compose.volumes).toHaveProperty(volume);
    // The databases dumped and restored are the app's (postgres-init.sql) and the two the schema job fills.
    const appDb = /CREATE DATABASE (\w+)/.exec(readFileSync(`${root}deploy/postgres-init.sql`, 'utf8'))![1];
    const loops = [...section.matchAll(/for db in ([\w ]+); do/g)].map((m) => m[1]!.split(' '));
    expect(loops).toEqual([
      [appDb, 'temporal', 'temporal_visibility'],
      [appDb, 'temporal', 'temporal_visibility'],
    ]);
    expect(services['temporal-schema'].command.join('\n')).toContain('for db in temporal temporal_visibility');
    expect(section).toContain('createdb -U "$POSTGRES_USER" temporal && createdb -U "$POSTGRES_USER" temporal_visibility');
    // Inside the container, which has the user in its environment and a socket it trusts; never a published port.
    expect(section).toMatch(/docker compose exec -T postgres sh -c 'pg_dump -U "\$POSTGRES_USER" -Fc "\$0"' "\$db" > "\$db.dump"/);
    expect(section).toMatch(/docker compose exec -T postgres sh -c 'pg_restore -U "\$POSTGRES_USER" [^']*-d "\$0"' "\$db" < "\$db.dump"/);
    for (const match of section.matchAll(/docker compose (?:stop|start) ([\w -]+)/g))
      for (const name of match[1]!.trim().split(/\s+/)) expect(services, name).toHaveProperty(name);
  });

  it('mounts the backup stamp the System page reads into both web replicas, as deploy/README says', async () => {
    const { loadConfig } = await import('#core/config');
    for (const name of WEBS) {
      expect(services[name].volumes).toContain('./deploy/backup-stamp:/backup-stamp:ro');
      const { FUGONG_PAYLOAD_KEYS_FILE: _file, ...env } = interpolated(services[name].environment);
      expect(loadConfig(env, '/app').backupStamp).toBe('/backup-stamp/last-backup');
    }
    expect(readFileSync(`${root}deploy/README.md`, 'utf8')).toContain('deploy/backup-stamp/last-backup');
  });

  it('serves metrics on the internal network, and Prometheus (profile monitoring) scrapes every web and worker process', async () => {
    const { loadConfig } = await import('#core/config');
    for (const name of WEBS) {
      const { FUGONG_PAYLOAD_KEYS_FILE: _file, ...env } = interpolated(services[name].environment);
      expect(loadConfig(env, '/app').metrics).toMatchObject({ port: 9464, host: '0.0.0.0', token: undefined });
      expect(interpolated(services[name].environment, { METRICS_TOKEN: 'x'.repeat(16) }).METRICS_TOKEN).toBe('x'.repeat(16));
    }
    for (const name of WORKERS) expect(services[name].environment.TEMPORAL_METRICS_ADDRESS).toBe('0.0.0.0:9465');
    const prometheus = services.prometheus;
    expect(prometheus.image).toMatch(/^prom\/prometheus:v\d+\.\d+\.\d+$/);
    expect(prometheus.profiles).toEqual(['monitoring']);
    expect(prometheus.networks).toEqual(['backend']);
    expect(prometheus.ports).toBeUndefined();
    const scrape = parse(readFileSync(`${root}deploy/prometheus.yml`, 'utf8')) as {
      scrape_configs: { static_configs: { targets: string[] }[] }[];
    };
    const targets = scrape.scrape_configs.flatMap((job) => job.static_configs.flatMap((c) => c.targets));
    expect(targets.sort()).toEqual([...WEBS.map((n) => `${n}:9464`), ...WORKERS.map((n) => `${n}:9465`)].sort());
  });

  it('explains how to reach the internal Temporal UI and mailpit, and keeps the UI on Fugong’s site for decoding', () => {
    const readme = readFileSync(`${root}deploy/README.md`, 'utf8');
    expect(readme).toContain('ssh -N');
    for (const target of ['temporal-ui', 'mailpit', 'prometheus']) expect(readme).toContain(target);
    expect(readme).toContain('TEMPORAL_UI_ORIGIN');
    expect(readme).toMatch(/same site/i);
  });
});
