// The delivery guarantees every outbox channel keeps, written once for the SMS and robot delivery tests: a provider's
// "too fast" holds a row a minute; rows survive an outage and go once each after backoff; the last failure parks a row
// as dead until "retry now"; a row whose dispatcher died mid-send is taken up after its lease. Each channel's test
// calls `outboxDeliveryCases` inside its describe block with how to reach its fake provider and its rows.
import type { Knex } from 'knex';
import { expect, it } from 'vitest';
import type { DrainResult } from '#core/notify/outbox-dispatcher';

/** The fake provider, as the cases drive it. */
export interface FakeProvider {
  received: unknown[];
  force(...answers: ('rate-limit' | 'http-500' | 'error-code')[]): void;
  rateLimitAnswers(): number;
  down(): Promise<void>;
  up(): Promise<void>;
}

/** One test's channel, built afresh for each case. */
export interface DeliveryArrangement {
  dispatcher: { drainOnce(): Promise<DrainResult> };
  /** Enqueues the notice `key`; `i` tells apart the recipients of a burst. */
  notice(key: string, i?: number): Promise<unknown>;
  rows(): Promise<Record<string, unknown>[]>;
  retry(db: Knex, id: number, at: string): Promise<boolean>;
}

/** What the cases need from the calling test. */
export interface DeliveryChannel {
  /** "text" or "message", for the case names. */
  noun: string;
  /** How the provider says "too fast" (names the case) and the code that shows in the row's error. */
  rateLimit: { answer: string; error: string };
  /** The row's error after the provider's HTTP 500 (the whole of it, or a matcher). */
  deadError: unknown;
  /** What the provider received after the outage (the mobiles, sorted), when the channel can tell recipients apart. */
  outageDelivered?: string[];
  /** Each delivered message's recipient or content, in order. */
  delivered(): string[];
  arrange(): Promise<DeliveryArrangement>;
  fake(): FakeProvider;
  db(): Knex;
  now(): Date;
  advance(ms: number): void;
}

const NOTHING: DrainResult = { sent: 0, throttled: 0, failed: 0, dead: 0 };

/** Registers the four shared cases on the calling describe block. */
export function outboxDeliveryCases(channel: DeliveryChannel): void {
  const { noun } = channel;

  it(`holds a ${noun} the provider answers with ${channel.rateLimit.answer} for a minute, then sends it once`, async () => {
    const { dispatcher, notice, rows } = await channel.arrange();
    await notice('limited/1');
    channel.fake().force('rate-limit');
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0, throttled: 1 });
    expect((await rows())[0]).toMatchObject({ status: 'queued', attempts: 0 });
    expect((await rows())[0]!.last_error).toContain(channel.rateLimit.error);
    channel.advance(30_000);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });
    channel.advance(31_000);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1 });
    expect(channel.fake().received).toHaveLength(1);
    expect(channel.fake().rateLimitAnswers()).toBe(1);
  });

  it(`delivers every ${noun} exactly once after the provider was down, with backoff between attempts`, async () => {
    const { dispatcher, notice, rows } = await channel.arrange();
    await channel.fake().down();
    for (let i = 0; i < 3; i++) await notice(`outage/${i}`, i);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0, failed: 3 });
    expect((await rows()).map((r) => r.last_error)).toEqual(Array(3).fill('unreachable: ECONNREFUSED'));
    await channel.fake().up();
    // Backoff: nothing is tried again before its 10 seconds are over.
    channel.advance(5_000);
    expect(await dispatcher.drainOnce()).toEqual(NOTHING);
    channel.advance(6_000);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 3 });
    channel.advance(60_000);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });
    expect(channel.delivered()).toHaveLength(3);
    if (channel.outageDelivered) expect(channel.delivered().sort()).toEqual(channel.outageDelivered);
    expect((await rows()).map((r) => [r.status, r.attempts])).toEqual(Array(3).fill(['sent', 2]));
  });

  it(`parks a ${noun} as dead after the last attempt, and "retry now" sends it once`, async () => {
    const { dispatcher, notice, rows, retry } = await channel.arrange();
    await notice('dead/1');
    channel.fake().force('http-500', 'error-code', 'http-500');
    expect(await dispatcher.drainOnce()).toMatchObject({ failed: 1 });
    channel.advance(10_001);
    expect(await dispatcher.drainOnce()).toMatchObject({ failed: 1 });
    channel.advance(20_001);
    expect(await dispatcher.drainOnce()).toMatchObject({ dead: 1 });
    channel.advance(3_600_000);
    expect(await dispatcher.drainOnce()).toEqual(NOTHING);
    const [dead] = await rows();
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, next_attempt_at: null, last_error: channel.deadError });
    expect(await retry(channel.db(), Number(dead!.id), channel.now().toISOString())).toBe(true);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1 });
    expect(channel.fake().received).toHaveLength(1);
    expect(await retry(channel.db(), Number(dead!.id), channel.now().toISOString())).toBe(false);
  });

  it(`takes up a ${noun} whose dispatcher died while sending once its lease ran out`, async () => {
    const { dispatcher, notice, rows } = await channel.arrange();
    await notice('lease/1');
    // What a crash between claim and answer leaves behind.
    await channel
      .db()('outbox')
      .where('idempotency_key', 'like', 'lease/1/%')
      .update({ status: 'sending', next_attempt_at: new Date(channel.now().getTime() + 120_000).toISOString() });
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });
    channel.advance(121_000);
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1 });
    expect((await rows())[0]).toMatchObject({ status: 'sent' });
  });
}
