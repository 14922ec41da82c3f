import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { createDbRateLimiter } from '#web/server/session/db-rate-limiter';
import { ATTEMPTS_PER_ACCOUNT, ATTEMPTS_PER_ADDRESS, limiterAccountKey } from '#web/server/session/login-limiter';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases, type OpenDatabase } from '../helpers/test-db';

type Answer = Awaited<ReturnType<HttpSession['request']>>;

describe.each(testDatabases())('sign-in throttling on $name', (database) => {
  let system: RunningSystem;
  let csrf: HttpSession;

  // The app trusts X-Forwarded-For from loopback (`trust proxy`), so each call can come from its own address.
  const signIn = (username: string, password: string, address: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<Answer> => {
    const session = new HttpSession(system.baseUrl, locale);
    session.csrfToken = csrf.csrfToken;
    return session.request(
      'POST',
      '/api/session',
      { username, password },
      { headers: { 'x-forwarded-for': address, cookie: cookieOf(csrf) } },
    );
  };
  const cookieOf = (session: HttpSession) => `fugong_csrf=${session.csrfToken}`;
  const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort();
  const parallel = (count: number, attempt: (i: number) => Promise<Answer>) =>
    Promise.all(Array.from({ length: count }, (_, i) => attempt(i)));

  beforeAll(async () => {
    system = await startSystem(database);
    csrf = new HttpSession(system.baseUrl);
    csrf.csrfToken = (await csrf.request('GET', '/api/session')).body.csrfToken;
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('answers at most 5 of 40 parallel wrong passwords for one account with 401, the rest 429 with Retry-After', async () => {
    const answers = await parallel(40, () => signIn('ent01', 'wrong-password', '198.51.100.1'));
    expect(statuses(answers)).toEqual([...Array(5).fill(401), ...Array(35).fill(429)]);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.body.error).toMatchObject({ code: 'too_many_attempts', message: '登录尝试过于频繁，请 15 分钟后再试' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(900);
    const english = await signIn('ent01', DEMO_PASSWORD, '198.51.100.1', 'en');
    expect(english).toMatchObject({ status: 429, body: { error: { message: 'Too many sign-in attempts; try again in 15 minutes' } } });
  });

  it('does not lock the account out from another address after a wrong-password storm from one address', async () => {
    await parallel(40, () => signIn('admin', 'wrong-password', '198.51.100.2'));
    const elsewhere = await signIn('admin', DEMO_PASSWORD, '203.0.113.7');
    expect(elsewhere).toMatchObject({ status: 200, body: { user: { username: 'admin' } } });
    expect((await signIn('admin', DEMO_PASSWORD, '198.51.100.2')).status).toBe(429);
  });

  it('starts the count for the account and address again after a successful sign-in', async () => {
    const wrong = async (count: number) => {
      const answers: number[] = [];
      for (let i = 0; i < count; i += 1) answers.push((await signIn('ent03', 'wrong-password', '198.51.100.4')).status);
      return answers;
    };
    expect(await wrong(4)).toEqual([401, 401, 401, 401]);
    expect((await signIn('ent03', DEMO_PASSWORD, '198.51.100.4')).status).toBe(200);
    expect(await wrong(6)).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('keeps no name typed at sign-in in its stored counts (a password typed into the username box)', async () => {
    expect((await signIn('Secret-Passw0rd', 'wrong-password', '198.51.100.5')).status).toBe(401);
    expect((await signIn('ent04', 'wrong-password', '198.51.100.5')).status).toBe(401);
    const keys = (await system.db('rate_limits').select('key')).map((row: { key: string }) => row.key);
    expect(keys).toContain(`login_user_ip:${limiterAccountKey('SECRET-passw0rd')}|198.51.100.5`);
    expect(keys.filter((key) => /secret-passw0rd|ent04/i.test(key))).toEqual([]);
  });

  it('limits one address over all accounts', async () => {
    const answers = await parallel(ATTEMPTS_PER_ADDRESS + 5, (i) => signIn(`nobody-${i}`, 'wrong-password', '198.51.100.3'));
    expect(statuses(answers)).toEqual([...Array(ATTEMPTS_PER_ADDRESS).fill(401), ...Array(5).fill(429)]);
    expect((await signIn('ent02', DEMO_PASSWORD, '198.51.100.3')).status).toBe(429);
  });

  it('counts the addresses of one IPv6 network (/64) as one address, for one account and over all accounts', async () => {
    // One subscriber holds a whole /64: a fresh address per guess must not reset the count.
    const one = await parallel(40, (i) => signIn('ent05', 'wrong-password', `2001:db8:5:1::${(i + 1).toString(16)}`));
    expect(statuses(one)).toEqual([...Array(5).fill(401), ...Array(35).fill(429)]);
    expect(one.find((a) => a.status === 429)!.body.error).toMatchObject({ code: 'too_many_attempts' });
    const spray = await parallel(ATTEMPTS_PER_ADDRESS + 5, (i) =>
      signIn(`nobody-v6-${i}`, 'wrong-password', `2001:db8:5:2:${(i + 1).toString(16)}::7`),
    );
    expect(statuses(spray)).toEqual([...Array(ATTEMPTS_PER_ADDRESS).fill(401), ...Array(5).fill(429)]);
    // Another network is another address; the audit keeps each address as it came.
    expect(await signIn('ent05', DEMO_PASSWORD, '2001:db8:5:3::1')).toMatchObject({ status: 200, body: { user: { username: 'ent05' } } });
    const logged = await system.db('audit_log').where({ action: 'session.login_throttled', target_id: 'ent05' }).select('summary');
    expect(logged.map((row: { summary: string }) => JSON.parse(row.summary).clientIp)).toContain('2001:db8:5:1::28');
  });

  it('blocks guesses spread over many addresses for a growing time, but not the address the user signs in from', async () => {
    expect((await signIn('cadre1', DEMO_PASSWORD, '192.0.2.1')).status).toBe(200);
    const spread = async (first: number) => {
      const guesses = await parallel(ATTEMPTS_PER_ACCOUNT, (i) =>
        signIn('cadre1', 'wrong-password', `10.0.${first + Math.floor(i / 5)}.${i % 5}`),
      );
      expect(statuses(guesses)).toEqual(Array(ATTEMPTS_PER_ACCOUNT).fill(401));
      return signIn('cadre1', 'wrong-password', `10.0.${first + 10}.1`);
    };
    const firstBlock = await spread(0);
    expect(firstBlock).toMatchObject({ status: 429, body: { error: { message: '登录尝试过于频繁，请 1 分钟后再试' } } });
    expect((await signIn('cadre1', DEMO_PASSWORD, '10.0.20.1')).status).toBe(429);
    expect((await signIn('cadre1', DEMO_PASSWORD, '192.0.2.1')).status).toBe(200);
    // The block and the hour's count run out (moved into the past rather than waited for); the next block is longer.
    await system
      .db('rate_limits')
      .where({ key: `login_user:${limiterAccountKey('cadre1')}` })
      .update({ expire: Date.now() - 1 });
    const secondBlock = await spread(30);
    expect(secondBlock).toMatchObject({ status: 429, body: { error: { message: '登录尝试过于频繁，请 2 分钟后再试' } } });
    expect(Number(secondBlock.headers.get('retry-after'))).toBeGreaterThan(60);
  });
});

describe.each(testDatabases())('database rate limiter on $name', (database) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await database.open();
  });
  afterAll(async () => {
    await open?.close();
  });

  it('counts parallel attempts atomically without breaking transactions running beside them', async () => {
    const { db } = open;
    const limiter = createDbRateLimiter(db, { keyPrefix: 'probe', points: 5, duration: 60 });
    const outcomes = await Promise.all([
      ...Array.from({ length: 40 }, () =>
        limiter.consume('key').then(
          () => 'admitted',
          (rejection: unknown) => (rejection instanceof RateLimiterRes ? 'refused' : String(rejection)),
        ),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        db
          .transaction(async (trx) => {
            await trx('settings').insert({ key: `probe-${i}`, value: '1', updated_at: new Date().toISOString() });
          })
          .then(
            () => 'committed',
            (error: Error) => error.message,
          ),
      ),
    ]);
    expect(outcomes.filter((o) => o === 'admitted')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(35);
    expect(outcomes.filter((o) => o === 'committed')).toHaveLength(20);
    expect(Number((await db('settings').where('key', 'like', 'probe-%').count({ n: '*' }).first())?.n)).toBe(20);
  });
});
