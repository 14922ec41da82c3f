// Outgoing webhooks (admins only): subscriptions, whose secret comes back once at creation, and the delivery log.
import { apiRequest } from './api-request';
import type { Page } from './paging';
import { unsafeRequest as unsafe } from './unsafe-request';

/** The event kinds a subscription can name. */
export const WEBHOOK_KINDS = [
  'submission.received',
  'task.opened',
  'task.decided',
  'sla.breached',
  'case.settled',
  'quarantine.started',
  'quarantine.released',
] as const;

/** One event kind. */
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** A subscription as the API shows it: the secret only as a hint. */
export interface WebhookSubscription {
  id: number;
  name: string;
  url: string;
  kinds: WebhookKind[];
  secretHint: string;
  active: boolean;
  createdAt: string;
}

/** One row of the delivery log. */
export interface WebhookDelivery {
  id: number;
  eventId: string;
  kind: WebhookKind;
  caseId: string;
  caseNumber: string | null;
  occurredAt: string;
  subscriptionId: number;
  subscriptionName: string;
  status: 'pending' | 'sending' | 'delivered' | 'dead';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  retryable: boolean;
}

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
