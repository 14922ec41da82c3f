// Texts through the outbox against a fake Alibaba Cloud SMS endpoint on loopback that recomputes each request's
// signature. The dispatcher's clock (and the fake's) is a value the test moves, so the channel's pace, the provider's
// flow control and the backoff are exercised without sleeping.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createSmsDispatcher } from '#core/notify/sms-dispatcher';
import { retrySmsRow } from '#core/notify/sms-outbox';
import { createAliyunSmsProvider } from '#core/notify/sms-provider';
import { createSmsRenderer, smsBudget } from '#core/notify/sms-renderer';
import { startFakeSmsServer, type FakeSmsServer } from '#scripts/kit/fake-sms-server';
import { outboxDeliveryCases } from '../helpers/outbox-delivery-cases';
import { createTestNotifier } from '../helpers/test-notifier';
import { testDatabases } from '../helpers/test-db';

const TZ = 'Asia/Shanghai';
const ACCOUNT = { accessKeyId: 'LTAItestkey', accessKeySecret: 'test-secret-0123456789', signName: '复工', templateCode: 'SMS_24680' };
const MOBILE = '13912345678';
const DATA = { workerName: '张三', projectName: '滨江新城一标段', endsAt: '2026-03-03T01:00:00.000Z', started: true };

describe.each(testDatabases())('texts through the outbox on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let fake: FakeSmsServer;
  let clock: number;
  const now = () => new Date(clock);

  beforeEach(async () => {
    ({ db, close } = await database.open());
    clock = Date.now();
    fake = await startFakeSmsServer({ ...ACCOUNT, now: () => clock, perMinute: 1000 });
  });
  afterEach(async () => {
    await fake.stop();
    await close();
  });

  function setup(options: { configured?: boolean; perMinute?: number; secret?: string } = {}) {
    const sms = { renderer: createSmsRenderer(TZ, smsBudget(ACCOUNT.signName)), deliverable: options.configured ?? true };
    const notifier = createTestNotifier(db, { timeZone: TZ, sms, now });
    const lines: Record<string, unknown>[] = [];
    const provider = createAliyunSmsProvider(
      { url: fake.url, ...ACCOUNT, accessKeySecret: options.secret ?? ACCOUNT.accessKeySecret },
      now,
    );
    const dispatcher = createSmsDispatcher({
      db,
      provider,
      perMinute: options.perMinute ?? 60,
      now,
      maxAttempts: 3,
      log: (f) => lines.push(f),
    });
    const notice = (key: string, mobile = MOBILE) =>
      notifier.sendNotice({ purpose: 'quarantine-alert', key, recipients: [{ channel: 'sms', mobile }], data: DATA });
    const rows = () => db('outbox').where({ channel: 'sms' }).orderBy('id').select();
    return { dispatcher, notice, rows, lines };
  }

  it('sends the signed request the provider checks, once however often the notice is repeated, and logs the mobile masked', async () => {
    const { dispatcher, notice, rows, lines } = setup();
    await notice('q-1/started');
    await notice('q-1/started');
    expect(await dispatcher.drainOnce()).toEqual({ sent: 1, throttled: 0, failed: 0, dead: 0 });
    expect(await dispatcher.drainOnce()).toEqual({ sent: 0, throttled: 0, failed: 0, dead: 0 });
    expect(fake.refused).toEqual([]);
    expect(fake.received).toEqual([
      {
        mobile: MOBILE,
        text: '张三您好：您在滨江新城一标段入场检查后需隔离观察至3/3 09:00，每日按时到门岗测温。',
        outId: expect.any(String),
      },
    ]);
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, to_address: `sms:${MOBILE}`, template: 'quarantine-alert' });
    expect(fake.received[0]!.outId).toBe(String(row.id));
    expect(lines).toEqual([{ id: Number(row.id), to: 'sms:139****5678', outcome: 'sent' }]);
    expect(JSON.stringify(lines)).not.toContain(MOBILE);
  });

  it('is refused with a wrong secret (signature mismatch), kept and retried, never counted as sent', async () => {
    const { dispatcher, notice, rows } = setup({ secret: 'not-the-secret' });
    await notice('q-2/started');
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0, failed: 1 });
    expect(fake.refused).toEqual(['SignatureDoesNotMatch']);
    expect((await rows())[0]).toMatchObject({ status: 'queued', attempts: 1 });
    expect((await rows())[0].last_error).toContain('SignatureDoesNotMatch');
    expect(fake.received).toEqual([]);
  });

  it('keeps texts in the outbox, calling no provider, when none is configured', async () => {
    const { dispatcher, notice, rows } = setup({ configured: false });
    await notice('q-3/started');
    expect(await dispatcher.drainOnce()).toEqual({ sent: 0, throttled: 0, failed: 0, dead: 0 });
    expect((await rows())[0]).toMatchObject({ status: 'outbox', attempts: 0 });
    expect(fake.received).toEqual([]);
    expect(fake.refused).toEqual([]);
  });

  it('parks a number that is not a mainland mobile as dead, with the reason, and never sends it', async () => {
    const { dispatcher, notice, rows } = setup();
    await notice('q-4/started', '12345');
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });
    expect((await rows())[0]).toMatchObject({ status: 'dead', last_error: 'not a mainland mobile number' });
    expect(await retrySmsRow(db, Number((await rows())[0].id), now().toISOString())).toBe(false);
  });

  it('queues past the channel’s pace instead of dropping: 25 texts at 10 a minute leave in three minutes, each once', async () => {
    const { dispatcher, notice } = setup({ perMinute: 10 });
    for (let i = 0; i < 25; i++) await notice(`burst/${i}`, `1390000${String(i).padStart(4, '0')}`);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 10, throttled: 1 });
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });
    clock += 61_000;
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 10 });
    clock += 61_000;
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 5, throttled: 0 });
    expect(fake.received).toHaveLength(25);
    expect(new Set(fake.received.map((m) => m.mobile)).size).toBe(25);
  });

  outboxDeliveryCases({
    noun: 'text',
    rateLimit: { answer: 'flow control', error: 'isv.BUSINESS_LIMIT_CONTROL' },
    deadError: expect.stringContaining('HTTP 500'),
    outageDelivered: ['13800000000', '13800000001', '13800000002'],
    delivered: () => fake.received.map((m) => m.mobile),
    arrange: () => {
      const { dispatcher, notice, rows } = setup();
      return Promise.resolve({
        dispatcher,
        notice: (key: string, i?: number) => notice(key, i === undefined ? MOBILE : `1380000000${i}`),
        rows,
        retry: retrySmsRow,
      });
    },
    fake: () => fake,
    db: () => db,
    now,
    advance: (ms) => (clock += ms),
  });
});
