// Webhook subscriptions as stored: the signing secret is made by the server, answered once at creation, and kept
// sealed (SecretBox, purpose `webhook`); every later answer shows a hint only. The worker reads which subscriptions
// listen and opens a secret only to sign. "Retry now" on a delivery lives here too; the delivery log is read by
// webhook-delivery-log-store.ts.
import type { Db } from '../db-types';
import { pageOfQuery, type PageQuery } from '../page-of-query';
import type { SecretBox } from '../../codec/secret-box';
import { fromJson, toJson } from '../../db';
import type { Page } from '../../api/paging-types';
import type { WebhookKind, WebhookSubscription } from '../../api/webhook-types';
import { newWebhookSecret } from '../../webhooks/webhook-signature';

/** A subscription as an admin sees it (the API's shape). */
export type WebhookSubscriptionView = WebhookSubscription;

/** The one mapping from a `webhook_subscriptions` row to what an admin sees. */
function subscriptionView(row: Record<string, unknown>): WebhookSubscriptionView {
  return {
    id: Number(row.id),
    name: String(row.name),
    url: String(row.url),
    kinds: fromJson<WebhookKind[]>(row.kinds),
    secretHint: String(row.secret_hint),
    active: Boolean(row.active),
    createdAt: String(row.created_at),
  };
}

/** Stores a subscription with a fresh secret; the clear secret is returned this once. */
export async function createSubscription(
  db: Db,
  box: SecretBox,
  input: { name: string; url: string; kinds: WebhookKind[]; createdBy: number | null },
  at: string,
): Promise<{ id: number; secret: string }> {
  const secret = newWebhookSecret();
  const [row] = await db('webhook_subscriptions')
    .insert({
      name: input.name,
      url: input.url,
      kinds: toJson([...new Set(input.kinds)]),
      sealed_secret: box.seal(secret),
      secret_hint: `whsec_••••${secret.slice(-4)}`,
      active: true,
      created_by: input.createdBy,
      created_at: at,
      updated_at: at,
    })
    .returning('id');
  return { id: Number(typeof row === 'object' ? row.id : row), secret };
}

/** A page of the subscriptions in the order they were made, and how many there are. */
export async function subscriptionPage(db: Db, paging: PageQuery): Promise<{ subscriptions: WebhookSubscriptionView[]; page: Page }> {
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, db('webhook_subscriptions').orderBy('id'), paging);
  return { subscriptions: rows.map(subscriptionView), page };
}

/** The subscription with this id as an admin sees it, active or not. */
export async function findSubscription(db: Db, id: number): Promise<WebhookSubscriptionView | undefined> {
  const row: Record<string, unknown> | undefined = await db('webhook_subscriptions').where({ id }).first();
  return row ? subscriptionView(row) : undefined;
}

/** What an admin may change of a subscription (its secret never changes). */
export interface SubscriptionChange {
  name?: string;
  url?: string;
  kinds?: WebhookKind[];
  active?: boolean;
}

/** Applies the fields of `change` that are given; nothing is written when none is. */
export async function updateSubscription(db: Db, id: number, change: SubscriptionChange, at: string): Promise<void> {
  const columns = {
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.url !== undefined ? { url: change.url } : {}),
    ...(change.kinds !== undefined ? { kinds: toJson(change.kinds) } : {}),
    ...(change.active !== undefined ? { active: change.active } : {}),
  };
  if (Object.keys(columns).length)
    await db('webhook_subscriptions')
      .where({ id })
      .update({ ...columns, updated_at: at });
}

/** Puts a dead or waiting delivery back in line now; false when it is delivered or in flight (or unknown). */
export async function retryDelivery(db: Db, id: number, at: string): Promise<boolean> {
  const changed = await db('webhook_deliveries')
    .where({ id })
    .where((w) => {
      w.where('status', 'dead').orWhere('status', 'pending');
    })
    .update({ status: 'pending', next_attempt_at: at });
  return changed > 0;
}

/** An active subscription and the event kinds it names, for the collector. */
export interface ListeningSubscription {
  id: number;
  kinds: WebhookKind[];
}

/** Every active subscription with its kinds. */
export async function activeSubscriptions(db: Db): Promise<ListeningSubscription[]> {
  const rows: Record<string, unknown>[] = await db('webhook_subscriptions').where({ active: true }).select('id', 'kinds');
  return rows.map((row) => ({ id: Number(row.id), kinds: fromJson<WebhookKind[]>(row.kinds) }));
}

/** Where a subscription's deliveries go and its sealed secret, for the dispatcher. */
export interface SubscriptionTarget {
  active: boolean;
  url: string;
  sealedSecret: string;
}

/** The subscription with this id, active or not. */
export async function findSubscriptionTarget(db: Db, id: number): Promise<SubscriptionTarget | undefined> {
  const row: Record<string, unknown> | undefined = await db('webhook_subscriptions').where({ id }).first();
  return row ? { active: Boolean(row.active), url: String(row.url), sealedSecret: String(row.sealed_secret) } : undefined;
}
