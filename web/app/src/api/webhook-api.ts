// Outgoing webhooks (admins only): subscriptions, whose secret comes back once at creation, and the delivery log.
import type { WebhookDelivery, WebhookKind, WebhookSubscription } from '#core/api/webhook-types';
import { apiRequest } from './api-request';
import type { Page } from './paging';
import { unsafeRequest as unsafe } from './unsafe-request';

export { WEBHOOK_KINDS } from '#core/api/webhook-types';
export type { WebhookDelivery, WebhookKind, WebhookSubscription } from '#core/api/webhook-types';

/** The webhook endpoints of the API. */
export const webhookApi = {
  list(signal?: AbortSignal): Promise<{ subscriptions: WebhookSubscription[]; page: Page }> {
    return apiRequest('/api/admin/webhooks?limit=200', { signal });
  },
  subscribe(body: { name: string; url: string; kinds: WebhookKind[] }): Promise<{ subscription: WebhookSubscription; secret: string }> {
    return unsafe('/api/admin/webhooks', { method: 'POST', body });
  },
  change(id: number, body: { active?: boolean }): Promise<{ subscription: WebhookSubscription }> {
    return unsafe(`/api/admin/webhooks/${id}`, { method: 'PUT', body });
  },
  deliveries(offset: number, signal?: AbortSignal): Promise<{ deliveries: WebhookDelivery[]; page: Page }> {
    return apiRequest(`/api/admin/webhook-deliveries?offset=${offset}`, { signal });
  },
  retry(id: number): Promise<unknown> {
    return unsafe(`/api/admin/webhook-deliveries/${id}/retry`, { method: 'POST', body: {} });
  },
};
