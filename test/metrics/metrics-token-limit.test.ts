// Guessing METRICS_TOKEN at /metrics is limited like guessing a password at sign-in: per client address (an IPv6
// address by its /64 network), counted before the token is compared so parallel guesses are refused rather than tried,
// answered 429 in the caller's language with Retry-After, and each refusal written to the audit log.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS_GUESSES_PER_ADDRESS } from '#web/server/metrics/metrics-token-limits';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const TOKEN = `metrics-${randomUUID()}`;

describe.each(testDatabases())('METRICS_TOKEN guesses on $name', (database) => {
  let app: BareApp;
  // The app trusts X-Forwarded-For from loopback, so each call can come from its own address.
  const scrape = (token: string, address: string, language = 'zh-CN') =>
    fetch(`${app.baseUrl}/metrics`, {
      headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': address, 'accept-language': language },
    });
  const parallel = async (count: number, attempt: (i: number) => Promise<Response>) =>
    (await Promise.all(Array.from({ length: count }, (_, i) => attempt(i)))).map((r) => r.status).sort();

  beforeAll(async () => {
    app = await startBareApp({ env: { METRICS_TOKEN: TOKEN }, database });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers at most 10 of 30 parallel wrong tokens from one address with 401, the rest 429 in zh-CN or English', async () => {
    const answers = await parallel(30, (i) => scrape(`guess-${i}`, '198.51.100.21'));
    expect(answers).toEqual([...Array(METRICS_GUESSES_PER_ADDRESS).fill(401), ...Array(30 - METRICS_GUESSES_PER_ADDRESS).fill(429)]);
    const refused = await scrape('guess-more', '198.51.100.21');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      error: expect.objectContaining({ code: 'too_many_attempts', message: '监控令牌错误次数过多，请 15 分钟后再试' }),
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(900);
    // The right token is refused too: the limit would be worthless if a blocked address could still try tokens.
    const english = await scrape(TOKEN, '198.51.100.21', 'en');
    expect(english.status).toBe(429);
    expect(((await english.json()) as { error: { message: string } }).error.message).toBe(
      'Too many wrong metrics tokens; try again in 15 minutes',
    );
    // Another address scrapes as before.
    const elsewhere = await scrape(TOKEN, '203.0.113.21');
    expect(elsewhere.status).toBe(200);
    expect(await elsewhere.text()).toMatch(/^# HELP fugong_web_/m);
  });

  it('counts the addresses of one IPv6 network (/64) as one address', async () => {
    const answers = await parallel(15, (i) => scrape('wrong', `2001:db8:21:1::${(i + 1).toString(16)}`));
    expect(answers).toEqual([...Array(METRICS_GUESSES_PER_ADDRESS).fill(401), ...Array(15 - METRICS_GUESSES_PER_ADDRESS).fill(429)]);
    expect((await scrape('wrong', '2001:db8:21:2::1')).status).toBe(401);
  });

  it('never limits Prometheus scraping with the right token, however often', async () => {
    for (let i = 0; i < METRICS_GUESSES_PER_ADDRESS + 5; i += 1) expect((await scrape(TOKEN, '192.0.2.21')).status).toBe(200);
    expect((await scrape('one-wrong', '192.0.2.21')).status).toBe(401);
  });

  it('writes each refused guess to the audit log with the address it came from', async () => {
    await parallel(METRICS_GUESSES_PER_ADDRESS + 2, () => scrape('wrong', '198.51.100.22'));
    const rows = await app.db('audit_log').where({ action: 'metrics.token_throttled' }).select('actor_id', 'target_type', 'summary');
    const fromThere = rows.filter((row: { summary: string }) => JSON.parse(row.summary).clientIp === '198.51.100.22');
    expect(fromThere).toHaveLength(2);
    expect(fromThere[0]).toMatchObject({ actor_id: null, target_type: 'metrics' });
    expect(JSON.parse((fromThere[0] as { summary: string }).summary).retryAfterSeconds).toBeGreaterThan(800);
  });
});
