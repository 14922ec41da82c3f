// Without WEBHOOK_ALLOW_PRIVATE an admin cannot point a webhook into the infrastructure: a URL naming localhost or an
// internal IP is refused when it is registered, and one that got past registration (the setting switched off later, a
// name resolving inside) is refused when the worker dials it: nothing reaches the listener, and the log says why.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '#core/codec/secret-box';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { createSubscription } from '#core/stores/notify/webhook-store';
import { createWebhookDispatcher } from '#core/webhooks/webhook-dispatcher';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { startWebhookSubscriber, type WebhookSubscriber } from '../helpers/webhook-subscriber';

const REFUSED_URL = {
  'zh-CN': '推送地址指向本机或内网地址，已拒绝；接收方确在内网时，请运维设置 WEBHOOK_ALLOW_PRIVATE=1',
  en: 'The URL points to this server or the internal network; refused. For a receiver on the internal network, set WEBHOOK_ALLOW_PRIVATE=1',
};

describe('webhooks into the internal network', () => {
  let app: BareApp;
  let admin: HttpSession;
  let listener: WebhookSubscriber;

  beforeAll(async () => {
    app = await startBareApp({ env: { FUGONG_PAYLOAD_KEYS: `test:${randomBytes(32).toString('base64')}` } });
    admin = new HttpSession(app.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    listener = await startWebhookSubscriber('whsec_unused', () => Date.now());
  });
  afterAll(async () => {
    await listener?.stop();
    await app?.stop();
  });

  const port = () => new URL(listener.url).port;

  it.each([
    ['the loopback listener', () => listener.url],
    ['the cloud metadata service', () => 'http://169.254.169.254/latest/meta-data/'],
    ['localhost', () => `http://localhost:${port()}/`],
    ['an IPv4-mapped loopback address', () => `http://[::ffff:127.0.0.1]:${port()}/`],
    ['a private address in short form', () => 'http://10.1/'],
  ])('refuses to register %s, at /url, in the admin’s language', async (_what, url) => {
    const zh = await admin.request('POST', '/api/admin/webhooks', { name: '内网探测', url: url(), kinds: ['case.settled'] });
    expect(zh.status).toBe(422);
    expect(zh.body.error.details).toEqual([{ path: '/url', message: REFUSED_URL['zh-CN'] }]);
    admin.locale = 'en';
    try {
      const en = await admin.request('POST', '/api/admin/webhooks', { name: 'probe', url: url(), kinds: ['case.settled'] });
      expect(en.body.error.details).toEqual([{ path: '/url', message: REFUSED_URL.en }]);
    } finally {
      admin.locale = 'zh-CN';
    }
  });

  it('refuses to move a subscription onto an internal address', async () => {
    const made = await admin.request('POST', '/api/admin/webhooks', {
      name: '区大数据局',
      url: 'https://hooks.example.org/fugong',
      kinds: ['case.settled'],
    });
    expect(made.status).toBe(201);
    const moved = await admin.request('PUT', `/api/admin/webhooks/${made.body.subscription.id}`, { url: listener.url });
    expect(moved.status).toBe(422);
    expect(moved.body.error.details).toEqual([{ path: '/url', message: REFUSED_URL['zh-CN'] }]);
    const row = await app.db('webhook_subscriptions').where({ id: made.body.subscription.id }).first();
    expect(row.url).toBe('https://hooks.example.org/fugong');
  });

  it('refuses at delivery a URL that got past registration, delivers nothing, and says so in the log', async () => {
    const box = createSecretBox([{ id: 'test', secret: randomBytes(32) }], 'webhook');
    const dispatcher = createWebhookDispatcher({ db: app.db, box, allowPrivate: app.config.webhooks.allowPrivate });
    await app.db('webhook_subscriptions').del(); // only the two below, so the pass's counts are theirs
    await dispatcher.drainOnce(); // the first pass marks where reading starts
    // As if registered while WEBHOOK_ALLOW_PRIVATE=1 and the setting then removed, or written to the table directly.
    const urls = [listener.url, `http://localhost:${port()}/hooks/fugong`];
    const ids: number[] = [];
    for (const url of urls) {
      const { id } = await createSubscription(
        app.db,
        box,
        { name: `slipped ${url}`, url, kinds: ['case.settled'], createdBy: null },
        new Date().toISOString(),
      );
      ids.push(id);
    }
    const caseId = randomUUID();
    await app.db('submission_events').insert({ submission_id: caseId, kind: 'status.settled', detail: '{}', at: new Date().toISOString() });

    const pass = await dispatcher.drainOnce();
    expect(pass).toMatchObject({ collected: 1, delivered: 0, failed: 2 });
    expect(listener.received).toEqual([]);

    const zh = await admin.request('GET', `/api/admin/webhook-deliveries?caseId=${caseId}`);
    expect(zh.body.deliveries.map((d: { subscriptionId: number }) => d.subscriptionId).sort()).toEqual([...ids].sort());
    for (const delivery of zh.body.deliveries)
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatus: null, lastError: '目标地址是内网地址，已拒绝' });
    admin.locale = 'en';
    try {
      const en = await admin.request('GET', `/api/admin/webhook-deliveries?caseId=${caseId}`);
      expect(en.body.deliveries.map((d: { lastError: string }) => d.lastError)).toEqual(
        Array(2).fill('the address is on an internal network; refused'),
      );
    } finally {
      admin.locale = 'zh-CN';
    }

    // A row written before the dispatcher stopped recording socket and parser codes shows as plainly unreachable.
    const [first] = zh.body.deliveries as { id: number }[];
    await app.db('webhook_deliveries').where({ id: first!.id }).update({ last_error: 'unreachable: HPE_INVALID_CONSTANT' });
    const old = await admin.request('GET', `/api/admin/webhook-deliveries?caseId=${caseId}`);
    expect(old.body.deliveries.find((d: { id: number }) => d.id === first!.id).lastError).toBe('unreachable');
  });
});
