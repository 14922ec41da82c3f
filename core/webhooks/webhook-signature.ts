// How a webhook POST is signed, and how a subscriber checks it. The signature is HMAC-SHA256, hex, of
// `${timestamp}.${body}` under the subscription's secret; the timestamp (Unix seconds) travels in its own header, so a
// receiver refuses a POST whose timestamp is more than REPLAY_WINDOW_SECONDS (5 minutes) from its clock, and a
// captured POST cannot be replayed later with the same signature. The event id header stays the same across retries,
// so a receiver that has seen it can drop a repeat.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Header names, lower-case as Node reads them. */
export const WEBHOOK_HEADERS = {
  signature: 'x-fugong-signature',
  timestamp: 'x-fugong-timestamp',
  eventId: 'x-fugong-event-id',
  eventKind: 'x-fugong-event',
} as const;

/** How far a POST's timestamp may be from the receiver's clock: 5 minutes. */
export const REPLAY_WINDOW_SECONDS = 300;

/** A new subscription secret: `whsec_` and 32 random bytes, base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The hex HMAC-SHA256 of `${timestamp}.${body}`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** Why a check failed, or ok. */
export type WebhookCheck = { ok: true } | { ok: false; reason: 'missing-header' | 'stale-timestamp' | 'bad-signature' };

/** A subscriber's check of a received POST: the signature matches and the timestamp is inside the replay window. */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  nowMs = Date.now(),
): WebhookCheck {
  const signature = headers[WEBHOOK_HEADERS.signature];
  const timestamp = Number(headers[WEBHOOK_HEADERS.timestamp]);
  if (typeof signature !== 'string' || !Number.isInteger(timestamp)) return { ok: false, reason: 'missing-header' };
  if (Math.abs(nowMs / 1000 - timestamp) > REPLAY_WINDOW_SECONDS) return { ok: false, reason: 'stale-timestamp' };
  const expected = Buffer.from(signWebhook(secret, timestamp, body), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? { ok: true } : { ok: false, reason: 'bad-signature' };
}
