// The JSON shapes of the webhook API (web/server/webhooks), shared by the server's handlers and the admin pages, and
// the event kinds a subscription can name. Plain types and `as const` lists only, so the browser bundle takes them.

/** Event kinds a subscription can name. */
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

/** A subscription as an admin sees it: the secret only as a hint (it is answered once, at creation). */
export interface WebhookSubscription {
  id: number;
  name: string;
  url: string;
  kinds: WebhookKind[];
  secretHint: string;
  active: boolean;
  createdAt: string;
}

/** Where a delivery stands: waiting, in flight, delivered, or given up on. */
export type WebhookDeliveryStatus = 'pending' | 'sending' | 'delivered' | 'dead';

/** One row of the delivery log: one event for one subscription. */
export interface WebhookDelivery {
  id: number;
  eventId: string;
  kind: WebhookKind;
  caseId: string;
  caseNumber: string | null;
  occurredAt: string;
  subscriptionId: number;
  subscriptionName: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  retryable: boolean;
}
