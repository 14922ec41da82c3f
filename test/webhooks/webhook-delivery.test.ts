// Outgoing webhooks against a subscriber on loopback that checks each POST's signature the way the README tells
// another system to. Events are read from what Fugong records (timeline lines, task rows), so the test writes those rows
// and lets the dispatcher find them. The dispatcher's clock is a value the test moves: backoff without sleeping.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSecretBox } from '#core/codec/secret-box';
import { createWebhookDispatcher } from '#core/webhooks/webhook-dispatcher';
import { WEBHOOK_KINDS } from '#core/webhooks/webhook-kinds';
import { createSubscription, retryDelivery } from '#core/stores/notify/webhook-store';
import { testDatabases } from '../helpers/test-db';
import { startWebhookSubscriber, type WebhookSubscriber } from '../helpers/webhook-subscriber';

const box = createSecretBox([{ id: 'test', secret: randomBytes(32) }], 'webhook');
const CASE_A_ORDER = ['submission.received', 'task.opened', 'sla.breached', 'task.decided', 'case.settled'];
const CASE_B_ORDER = ['quarantine.started', 'quarantine.released'];

describe.each(testDatabases())('outgoing webhooks on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let clock: number;
  let subscriber: WebhookSubscriber | undefined;
  const now = () => new Date(clock);
  const tick = () => new Date((clock += 1000)).toISOString();

  beforeEach(async () => {
    ({ db, close } = await database.open());
    clock = Date.parse('2026-12-04T08:00:00.000Z');
  });
  afterEach(async () => {
    await subscriber?.stop();
    await close();
  });

  // What a ladder case and a quarantine leave in the tables the collector reads.
  async function recordTwoCases(): Promise<{ caseA: string; caseB: string }> {
    const caseA = randomUUID();
    const caseB = randomUUID();
    const line = (submissionId: string, kind: string, detail: Record<string, unknown> = {}) =>
      db('submission_events').insert({ submission_id: submissionId, kind, detail: JSON.stringify(detail), at: tick() });
    const taskId = `${caseA}/cadre/1`;
    await line(caseA, 'status.submitted', { formVersion: 1 });
    await line(caseB, 'quarantine.started', { startedAt: now().toISOString(), endsAt: now().toISOString(), reasons: ['体温 38.1'] });
    await db('tasks').insert({
      id: taskId,
      workflow_id: `process-${caseA}`,
      submission_id: caseA,
      process_type: 'ladder',
      step: 'cadre',
      title: '困难上报',
      due_at: now().toISOString(),
      created_at: tick(),
      status: 'open',
      allowed_actions: '[]',
      completion_schema: '{}',
    });
    await line(caseA, 'ladder.reply', { text: '不会外发的留言' });
    await line(caseA, 'ladder.sla-breached', { stage: 'cadre' });
    await db('tasks').where({ id: taskId }).update({ status: 'done', closed_at: tick(), close_reason: 'decided:resolve' });
    await line(caseB, 'quarantine.released', { releasedAt: now().toISOString() });
    await line(caseA, 'status.settled', { stage: 'cadre' });
    return { caseA, caseB };
  }

  async function setup(secretOf: (secret: string) => string, maxAttempts?: number) {
    const dispatcher = createWebhookDispatcher({ db, box, now, maxAttempts, allowPrivate: true }); // the subscriber is on loopback
    await dispatcher.drainOnce(); // the installation's first pass: reading starts from here
    const { id, secret } = await createSubscription(
      db,
      box,
      { name: '市住建局数据平台', url: 'http://placeholder', kinds: [...WEBHOOK_KINDS], createdBy: null },
      now().toISOString(),
    );
    subscriber = await startWebhookSubscriber(secretOf(secret), () => clock);
    await db('webhook_subscriptions').where({ id }).update({ url: subscriber.url });
    const cases = await recordTwoCases();
    return { dispatcher, subscriptionId: id, ...cases };
  }

  async function drainUntilQuiet(dispatcher: ReturnType<typeof createWebhookDispatcher>): Promise<void> {
    for (let pass = 0; pass < 30; pass += 1) {
      const done = await dispatcher.drainOnce();
      if (!done.collected && !done.delivered && !done.failed && !done.dead) return;
    }
    throw new Error('the dispatcher did not settle in 30 passes');
  }

  const kindsOf = (list: { kind: string; caseId: string }[], caseId: string) => list.filter((r) => r.caseId === caseId).map((r) => r.kind);

  it('delivers each event once, signed, in order per case, to a subscriber holding the right secret', async () => {
    const { dispatcher, caseA, caseB } = await setup((secret) => secret);
    await drainUntilQuiet(dispatcher);
    const accepted = subscriber!.accepted();
    expect(subscriber!.received.every((r) => r.check.ok)).toBe(true);
    expect(kindsOf(accepted, caseA)).toEqual(CASE_A_ORDER);
    expect(kindsOf(accepted, caseB)).toEqual(CASE_B_ORDER);
    expect(new Set(accepted.map((r) => r.eventId)).size).toBe(accepted.length);
    const statuses = await db('webhook_deliveries').select('status');
    expect(statuses.map((row) => row.status)).toEqual(Array(7).fill('delivered'));
    // What goes out names the case and its times, never the timeline's personal details or free text.
    const started = accepted.find((r) => r.kind === 'quarantine.started')!.body;
    expect(started.data).toEqual({ quarantineId: caseB, startedAt: expect.any(String), endsAt: expect.any(String) });
    expect(JSON.stringify(accepted.map((r) => r.body))).not.toMatch(/38\.1|不会外发/);
    expect(accepted.find((r) => r.kind === 'task.decided')!.body.data).toMatchObject({ action: 'resolve', step: 'cadre' });
  });

  it('lets a subscriber holding a wrong secret tell: every signature check fails and nothing counts as delivered', async () => {
    const { dispatcher, caseA, caseB } = await setup(() => 'whsec_not-the-secret');
    await dispatcher.drainOnce();
    expect(subscriber!.received.length).toBeGreaterThan(0);
    expect(subscriber!.received.map((r) => r.check)).toEqual(subscriber!.received.map(() => ({ ok: false, reason: 'bad-signature' })));
    expect(subscriber!.accepted()).toEqual([]);
    // Only the first event of each case was tried: the later ones wait behind it.
    expect(kindsOf(subscriber!.received, caseA)).toEqual([CASE_A_ORDER[0]]);
    expect(kindsOf(subscriber!.received, caseB)).toEqual([CASE_B_ORDER[0]]);
    const rows = await db('webhook_deliveries').whereNot({ status: 'pending' });
    expect(rows).toEqual([]);
    expect((await db('webhook_deliveries').where({ last_status: 401 })).length).toBe(2);
  });

  it('delivers exactly once after the subscriber was down, and parks a delivery as dead until "retry now"', async () => {
    const { dispatcher, caseA, caseB } = await setup((secret) => secret, 3);
    await subscriber!.down();
    await dispatcher.drainOnce();
    clock += 10_000;
    await dispatcher.drainOnce();
    expect(subscriber!.received).toEqual([]);
    const waiting = await db('webhook_deliveries').where('attempts', '>', 0).select('last_error', 'status');
    expect(waiting).toHaveLength(2);
    expect(waiting.every((row) => row.status === 'pending' && String(row.last_error).startsWith('unreachable'))).toBe(true);

    clock += 20_000; // the third failure is the last attempt
    await dispatcher.drainOnce();
    const dead = await db('webhook_deliveries').where({ status: 'dead' }).select('id', 'case_id');
    expect(dead.map((row) => row.case_id).sort()).toEqual([caseA, caseB].sort());

    await subscriber!.up();
    for (const row of dead) expect(await retryDelivery(db, Number(row.id), now().toISOString())).toBe(true);
    await drainUntilQuiet(dispatcher);
    const accepted = subscriber!.accepted();
    expect(kindsOf(accepted, caseA)).toEqual(CASE_A_ORDER);
    expect(kindsOf(accepted, caseB)).toEqual(CASE_B_ORDER);
    expect(subscriber!.received).toHaveLength(accepted.length);
    expect(new Set(accepted.map((r) => r.eventId)).size).toBe(7);
  });
});
