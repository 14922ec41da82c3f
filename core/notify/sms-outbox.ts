// SMS rows in the outbox: one per notice and mobile (the idempotency key makes a repeated enqueue a no-op), channel
// 'sms', the number in `to_address` (shown masked everywhere, see sms-address.ts), the text in `text_body` (and, for a
// text about someone's record, the same text with the personal values masked in `masked_text`). Without a
// configured provider a row is kept as 'outbox' (readable, never sent); a number that is not a mainland mobile is
// parked 'dead' where admins see it. Delivery, pace and retries are the dispatcher's (sms-dispatcher.ts).
import type { Db } from '../stores/db-types';
import type { OutboxRow } from '../stores/outbox/outbox-lease-store';
import { dueOutboxRows, insertOutboxMessage, outboxStatusOf, requeueOutboxRow, retryableAddress } from '../stores/outbox/outbox-store';
import type { Locale } from '../domain/locale';
import { MAINLAND_MOBILE, smsAddress } from './sms-address';

/** One text message to record. */
export interface SmsEnqueue {
  key: string;
  purpose: string;
  locale: Locale;
  mobile: string;
  text: string;
  /** The text rendered with the personal values masked, kept for readers who may not read `text` (the outbox's admins). */
  maskedText?: string;
  submissionId?: string;
  /** False when no provider is configured: the row stays readable in the outbox, like mail without SMTP. */
  deliverable: boolean;
  at: string;
  /** Held until then (the end of quiet hours); sent as soon as due otherwise. */
  notBefore?: string | null;
}

/** Records the message once per key; returns the row (the earlier one when the key was already there). */
export async function enqueueSms(db: Db, input: SmsEnqueue): Promise<{ id: number; status: string }> {
  const existing = await outboxStatusOf(db, input.key);
  if (existing) return existing;
  const valid = MAINLAND_MOBILE.test(input.mobile);
  await insertOutboxMessage(db, {
    idempotencyKey: input.key,
    template: input.purpose,
    locale: input.locale,
    channel: 'sms',
    toAddress: smsAddress(valid ? input.mobile : input.mobile.replace(/\D/g, '').slice(0, 20)),
    subject: input.text.slice(0, 300),
    textBody: input.text,
    htmlBody: '',
    maskedText: input.maskedText ?? null,
    status: !valid ? 'dead' : input.deliverable ? 'queued' : 'outbox',
    lastError: valid ? null : 'not a mainland mobile number',
    submissionId: input.submissionId ?? null,
    nextAttemptAt: input.notBefore ?? input.at,
    createdAt: input.at,
  });
  return (await outboxStatusOf(db, input.key))!;
}

/** SMS rows due now: queued and past their backoff, or in flight past their lease. */
export function dueSmsRows(db: Db, nowIso: string, limit: number): Promise<OutboxRow[]> {
  return dueOutboxRows(db, ['sms'], nowIso, limit);
}

/** An admin's "retry now": a dead (or waiting) SMS row with a valid number is queued at once with a fresh count. */
export async function retrySmsRow(db: Db, id: number, nowIso: string): Promise<boolean> {
  const address = await retryableAddress(db, id, 'sms');
  if (address === undefined || !MAINLAND_MOBILE.test(address.replace(/^sms:/, ''))) return false;
  return requeueOutboxRow(db, id, ['sms'], nowIso);
}
