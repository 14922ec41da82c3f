// Admins subscribe a URL to event kinds and read the delivery log. The secret is answered once, sealed in the row and in
// no later answer; the subscriber that was given it verifies what the worker's dispatcher sends.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '#core/codec/secret-box';
import { newPayloadKeyLine } from '#core/codec/payload-keys';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { payloadKeys } from '#core/codec/payload-keys';
import { createWebhookDispatcher } from '#core/webhooks/webhook-dispatcher';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';
import { startWebhookSubscriber, type WebhookSubscriber } from '../helpers/webhook-subscriber';

describe('webhook administration', () => {
  let app: BareApp;
  let admin: HttpSession;
  let subscriber: WebhookSubscriber | undefined;

  beforeAll(async () => {
    // The subscriber listens on loopback, which only WEBHOOK_ALLOW_PRIVATE lets a URL name.
    app = await startBareApp({ env: { FUGONG_PAYLOAD_KEYS: newPayloadKeyLine('hooks'), WEBHOOK_ALLOW_PRIVATE: '1' } });
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await subscriber?.stop();
    await app?.stop();
  });

  it('answers the secret once, keeps it sealed, and the subscriber holding it verifies what is delivered', async () => {
    const dispatcher = createWebhookDispatcher({
      db: app.db,
      box: createSecretBox(payloadKeys(app.config), 'webhook'),
      allowPrivate: app.config.webhooks.allowPrivate,
    });
    await dispatcher.drainOnce();
    const made = await admin.request('POST', '/api/admin/webhooks', {
      name: '市住建局数据平台',
      url: 'http://127.0.0.1:9/placeholder',
      kinds: ['submission.received', 'case.settled'],
    });
    expect(made.status).toBe(201);
    const secret: string = made.body.secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(made.body.subscription).toMatchObject({
      name: '市住建局数据平台',
      kinds: ['submission.received', 'case.settled'],
      active: true,
    });
    expect(made.body.subscription.secretHint).toBe(`whsec_••••${secret.slice(-4)}`);
    const id = made.body.subscription.id;

    const list = await admin.request('GET', '/api/admin/webhooks');
    expect(list.body.page).toEqual({ limit: 50, offset: 0, total: 1 });
    const raw = await app.db('webhook_subscriptions').where({ id }).first();
    for (const text of [JSON.stringify(list.body), JSON.stringify(raw)]) expect(text).not.toContain(secret.slice(6));
    expect(raw.sealed_secret).toMatch(/^gcm1:hooks:/);

    subscriber = await startWebhookSubscriber(secret, () => Date.now());
    const moved = await admin.request('PUT', `/api/admin/webhooks/${id}`, { url: subscriber.url });
    expect(moved.body.subscription.url).toBe(subscriber.url);
    const caseId = randomUUID();
    const at = new Date().toISOString();
    await app.db('submission_events').insert([
      { submission_id: caseId, kind: 'status.submitted', detail: '{}', at },
      { submission_id: caseId, kind: 'status.settled', detail: '{}', at },
    ]);
    await dispatcher.drainOnce();
    await dispatcher.drainOnce();
    expect(subscriber.received.map((r) => [r.check.ok, r.kind])).toEqual([
      [true, 'submission.received'],
      [true, 'case.settled'],
    ]);

    const log = await admin.request('GET', `/api/admin/webhook-deliveries?caseId=${caseId}&limit=1`);
    expect(log.status).toBe(200);
    expect(log.body.page).toEqual({ limit: 1, offset: 0, total: 2 });
    expect(log.body.deliveries[0]).toMatchObject({
      kind: 'case.settled',
      status: 'delivered',
      attempts: 1,
      lastStatus: 204,
      retryable: false,
    });
    const retry = await admin.request('POST', `/api/admin/webhook-deliveries/${log.body.deliveries[0].id}/retry`, {});
    expect(retry.status).toBe(409);
    const audited = await app
      .db('audit_log')
      .where({ target_type: 'webhook', target_id: String(id) })
      .pluck('action');
    expect(audited).toEqual(['webhook.subscribed', 'webhook.changed']);
  });

  it('refuses a URL that is not http(s), unknown kinds, unknown filters, and everyone but admins', async () => {
    const bad = await admin.request('POST', '/api/admin/webhooks', { name: 'x', url: 'file:///etc/passwd', kinds: ['case.settled'] });
    expect(bad.status).toBe(422);
    const kind = await admin.request('POST', '/api/admin/webhooks', { name: 'x', url: 'https://example.org/h', kinds: ['everything'] });
    expect(kind.status).toBe(422);
    expect((await admin.request('GET', '/api/admin/webhook-deliveries?colour=red')).status).toBe(422);
    const cadre = new HttpSession(app.baseUrl);
    await cadre.login('cadre1', DEMO_PASSWORD);
    expect((await cadre.request('GET', '/api/admin/webhooks')).status).toBe(403);
    expect((await cadre.request('GET', '/api/admin/webhook-deliveries')).status).toBe(403);
  });
});
