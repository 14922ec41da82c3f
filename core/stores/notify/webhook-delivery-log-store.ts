// The webhook delivery log as an admin reads it: one row per event and subscription, joined with its event and the
// subscription's name, newest first and paged; and where one delivery stands after an admin's "retry now"
// (retryDelivery in webhook-store.ts). Rows are mapped once to the API's `WebhookDelivery`.
import type { Page } from '../../api/paging-types';
import type { WebhookDelivery, WebhookDeliveryStatus, WebhookKind } from '../../api/webhook-types';
import { fromJson } from '../../db';
import type { Db } from '../db-types';
import { pageOfQuery, type PageQuery } from '../page-of-query';

/** The log's filters; each one given narrows the list. */
export interface DeliveryFilter {
  status?: string;
  subscriptionId?: number;
  kind?: string;
  caseId?: string;
}

/** Where a delivery stands. */
export interface DeliveryState {
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
}

const optionalText = (value: unknown): string | null => (value == null ? null : String(value));

/** The one mapping from a log row (delivery, its event's `public_id`, `kind`, `occurred_at`, `data`, subscription name). */
function deliveryView(row: Record<string, unknown>): WebhookDelivery {
  return {
    id: Number(row.id),
    eventId: String(row.public_id),
    kind: String(row.kind) as WebhookKind,
    caseId: String(row.case_id),
    caseNumber: fromJson<{ caseNumber?: string }>(row.data).caseNumber ?? null,
    occurredAt: String(row.occurred_at),
    subscriptionId: Number(row.subscription_id),
    subscriptionName: String(row.subscription_name),
    status: String(row.status) as WebhookDeliveryStatus,
    attempts: Number(row.attempts),
    lastStatus: row.last_status == null ? null : Number(row.last_status),
    lastError: optionalText(row.last_error),
    nextAttemptAt: optionalText(row.next_attempt_at),
    deliveredAt: optionalText(row.delivered_at),
    retryable: row.status === 'dead' || row.status === 'pending',
  };
}

/** A page of the deliveries `filter` selects, newest first, and how many it selects in all. */
export async function deliveryPage(
  db: Db,
  filter: DeliveryFilter,
  paging: PageQuery,
): Promise<{ deliveries: WebhookDelivery[]; page: Page }> {
  const query = db('webhook_deliveries as d')
    .join('webhook_events as e', 'e.id', 'd.event_id')
    .join('webhook_subscriptions as s', 's.id', 'd.subscription_id')
    .orderBy('d.id', 'desc')
    .select('d.*', 'e.public_id', 'e.kind', 'e.occurred_at', 'e.data', 's.name as subscription_name');
  if (filter.status) query.where('d.status', filter.status);
  if (filter.subscriptionId) query.where('d.subscription_id', filter.subscriptionId);
  if (filter.kind) query.where('e.kind', filter.kind);
  if (filter.caseId) query.where('d.case_id', filter.caseId);
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return { deliveries: rows.map(deliveryView), page };
}

/** The state of the delivery with this id, or undefined when the log has no such delivery. */
export async function deliveryStateOf(db: Db, id: number): Promise<DeliveryState | undefined> {
  const row: Record<string, unknown> | undefined = await db('webhook_deliveries')
    .where({ id })
    .first('status', 'attempts', 'next_attempt_at');
  return row
    ? {
        status: String(row.status) as WebhookDeliveryStatus,
        attempts: Number(row.attempts),
        nextAttemptAt: optionalText(row.next_attempt_at),
      }
    : undefined;
}
