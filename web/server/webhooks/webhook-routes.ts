// Admins subscribe other systems to Fugong's events (issue 22) and read the delivery log. Each POST a subscriber gets is
// signed: `X-Fugong-Signature` is the hex HMAC-SHA256 of `${X-Fugong-Timestamp}.${body}` under the subscription's
// secret; a subscriber refuses a timestamp more than 5 minutes from its clock (replay window) and drops a repeated
// `X-Fugong-Event-Id`. The secret is made here, answered once in the 201, and kept sealed; the worker delivers.
import type { RJSFSchema } from '@rjsf/utils';
import { Router, type Request } from 'express';
import { createSecretBox, type SecretBox } from '#core/codec/secret-box';
import type { Locale } from '#core/domain/locale';
import { AppError } from '#core/errors';
import { isInternalHost } from '#core/webhooks/internal-address';
import { REFUSED_INTERNAL, UNKNOWN_HOST, UNREACHABLE } from '#core/webhooks/post-webhook';
import { WEBHOOK_KINDS, type WebhookKind } from '#core/webhooks/webhook-kinds';
import { deliveryPage, deliveryStateOf, type DeliveryFilter } from '#core/stores/notify/webhook-delivery-log-store';
import {
  createSubscription,
  findSubscription,
  retryDelivery,
  subscriptionPage,
  updateSubscription,
  type SubscriptionChange,
} from '#core/stores/notify/webhook-store';
import { payloadKeys } from '#core/codec/payload-keys';
import { requireRole } from '../access';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { pageQuery } from '../paging';
import { accepts, bodyOf, invalidBody, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { RECORD_ID } from '../query-formats';
import { isRecordId } from '../validate-body';

const KINDS: RJSFSchema = { type: 'array', items: { type: 'string', enum: [...WEBHOOK_KINDS] }, minItems: 1, uniqueItems: true };
const URL_FIELD: RJSFSchema = {
  type: 'string',
  pattern: '^https?://[^\\s@]+$',
  maxLength: 500,
  title: 'Where the events are POSTed (http or https)',
};
const SUBSCRIBE: RJSFSchema = {
  type: 'object',
  required: ['name', 'url', 'kinds'],
  properties: { name: { type: 'string', minLength: 1, maxLength: 100 }, url: URL_FIELD, kinds: KINDS },
  additionalProperties: false,
};
const CHANGE: RJSFSchema = {
  type: 'object',
  properties: { name: { type: 'string', minLength: 1, maxLength: 100 }, url: URL_FIELD, kinds: KINDS, active: { type: 'boolean' } },
  additionalProperties: false,
};
const DELIVERY_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    status: { type: 'string', enum: ['pending', 'sending', 'delivered', 'dead'], title: 'Waiting, in flight, delivered, or dead' },
    subscriptionId: { ...RECORD_ID, title: 'The subscription it is for' },
    kind: { type: 'string', enum: [...WEBHOOK_KINDS], title: 'The event kind' },
    caseId: { type: 'string', maxLength: 200, title: 'The case (submission) it is about' },
  },
  additionalProperties: false,
};
const LIST_QUERY: RJSFSchema = { type: 'object', properties: { ...PAGE_QUERY_PROPERTIES }, additionalProperties: false };

const notFound = (what: 'subscription' | 'delivery') =>
  new AppError(
    404,
    'not_found',
    what === 'subscription'
      ? { 'zh-CN': '没有这个事件订阅', en: 'No such webhook subscription' }
      : { 'zh-CN': '没有这条投递记录', en: 'No such delivery' },
  );

const NOT_A_URL = { 'zh-CN': '推送地址不是有效的网址', en: 'The URL is not a valid address' };
const INTERNAL_URL = {
  'zh-CN': '推送地址指向本机或内网地址，已拒绝；接收方确在内网时，请运维设置 WEBHOOK_ALLOW_PRIVATE=1',
  en: 'The URL points to this server or the internal network; refused. For a receiver on the internal network, set WEBHOOK_ALLOW_PRIVATE=1',
};
const REFUSED_IN = { 'zh-CN': '目标地址是内网地址，已拒绝', en: REFUSED_INTERNAL };
const UNKNOWN_HOST_IN = { 'zh-CN': '找不到推送地址的主机名，请检查网址', en: 'Host name not found; check the URL' };

/** A delivery's reason as the log shows it: the refusal and an unknown host in the reader's language, any other failed
 * connection as just `unreachable` (the page words it), and no socket or parser code that rows written before the
 * dispatcher stopped recording them may still hold (`unreachable: HPE_INVALID_CONSTANT`). */
function shownReason(reason: string | null, locale: Locale): string | null {
  if (reason === REFUSED_INTERNAL) return REFUSED_IN[locale];
  if (reason === UNKNOWN_HOST) return UNKNOWN_HOST_IN[locale];
  return reason?.startsWith('unreachable') ? UNREACHABLE : reason;
}

/** Refuses (422 at /url) a URL that cannot be parsed, or that names localhost or an internal IP while those are not
 * allowed; a name that resolves inside is refused by the dispatcher when it dials. */
function checkUrl(url: string | undefined, allowPrivate: boolean, locale: Locale): void {
  if (url === undefined) return;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    throw invalidBody([{ path: '/url', message: NOT_A_URL[locale] }]);
  }
  if (!allowPrivate && isInternalHost(hostname)) throw invalidBody([{ path: '/url', message: INTERNAL_URL[locale] }]);
}

function idOf(req: Request): number {
  const id = Number(req.params.id);
  return isRecordId(id) ? id : 0;
}

/** Routes under /api/admin/webhooks and /api/admin/webhook-deliveries. */
export function webhookRoutes(deps: AppDeps): Router {
  const { db } = deps;
  const router = apiRouter();
  const now = deps.now ?? (() => new Date());
  const allowPrivate = deps.config.webhooks.allowPrivate;
  let box: SecretBox | undefined;
  // Opened on first use, like the robots' sealer: the embedded default's key file is made before the web server runs.
  const sealer = () => (box ??= createSecretBox(payloadKeys(deps.config), 'webhook'));

  router.get(
    '/api/admin/webhooks',
    accepts({ summary: 'Webhook subscriptions, secrets shown as hints', query: LIST_QUERY }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const { subscriptions, page } = await subscriptionPage(db, pageQuery(queryOf(req)));
      res.json({ subscriptions, kinds: WEBHOOK_KINDS, page });
    },
  );

  router.post(
    '/api/admin/webhooks',
    accepts({ summary: 'Subscribe a URL to event kinds; the signing secret is answered this once', body: SUBSCRIBE }),
    async (req, res) => {
      const admin = requireRole(req, ['admin']);
      const body = bodyOf<{ name: string; url: string; kinds: WebhookKind[] }>(req);
      checkUrl(body.url, allowPrivate, req.locale);
      const { id, secret } = await createSubscription(db, sealer(), { ...body, createdBy: admin.id }, now().toISOString());
      await auditRequest(db, req, 'webhook.subscribed', { type: 'webhook', id }, { name: body.name, url: body.url, kinds: body.kinds });
      res.status(201).json({ subscription: await findSubscription(db, id), secret });
    },
  );

  router.put(
    '/api/admin/webhooks/:id',
    accepts({ summary: 'Rename, move, change the kinds of, or switch on/off a webhook subscription', body: CHANGE }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const before = await findSubscription(db, idOf(req));
      if (!before) throw notFound('subscription');
      const body = bodyOf<SubscriptionChange>(req);
      checkUrl(body.url, allowPrivate, req.locale);
      await updateSubscription(db, before.id, body, now().toISOString());
      await auditRequest(db, req, 'webhook.changed', { type: 'webhook', id: before.id }, { ...body });
      res.json({ subscription: await findSubscription(db, before.id) });
    },
  );

  router.get(
    '/api/admin/webhook-deliveries',
    accepts({ summary: 'The delivery log: one row per event and subscription, newest first', query: DELIVERY_QUERY }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const filter = queryOf<DeliveryFilter & { limit?: number; offset?: number }>(req);
      const { deliveries, page } = await deliveryPage(db, filter, pageQuery(filter));
      const shown = deliveries.map((row) => ({ ...row, lastError: shownReason(row.lastError, req.locale) }));
      res.json({ deliveries: shown, page });
    },
  );

  router.post(
    '/api/admin/webhook-deliveries/:id/retry',
    accepts({ summary: 'Put a dead or waiting delivery back in line now' }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const id = idOf(req);
      if (!(await deliveryStateOf(db, id))) throw notFound('delivery');
      if (!(await retryDelivery(db, id, now().toISOString())))
        throw new AppError(409, 'not_retryable', {
          'zh-CN': '只有等待中或已停止重试的投递可以立即重试',
          en: 'Only a waiting or dead delivery can be retried now',
        });
      await auditRequest(db, req, 'webhook.delivery-retried', { type: 'webhook_delivery', id });
      const state = (await deliveryStateOf(db, id))!;
      res.json({ id, status: state.status, attempts: state.attempts, nextAttemptAt: state.nextAttemptAt });
    },
  );
  return router;
}
