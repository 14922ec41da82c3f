// SMS rows in the outbox: one per notice and mobile (the idempotency key makes a repeated enqueue a no-op), channel
// 'sms', the number in `to_address` (shown masked everywhere, see sms-address.ts), the text in `text_body`. Without a
// configured provider a row is kept as 'outbox' (readable, never sent); a number that is not a mainland mobile is
// parked 'dead' where admins see it. Delivery, pace and retries are the dispatcher's (sms-dispatcher.ts).
import type { Knex } from 'knex';
import type { Locale } from '../domain/locale';
import { MAINLAND_MOBILE, smsAddress } from './sms-address';

/** One text message to record. */
export interface SmsEnqueue {
  key: string;
  purpose: string;
  locale: Locale;
  mobile: string;
  text: string;
  submissionId?: string;
  /** False when no provider is configured: the row stays readable in the outbox, like mail without SMTP. */
  deliverable: boolean;
  at: string;
  /** Held until then (the end of quiet hours); sent as soon as due otherwise. */
  notBefore?: string | null;
}

/** Records the message once per key; returns the row (the earlier one when the key was already there). */
export async function enqueueSms(db: Knex, input: SmsEnqueue): Promise<{ id: number; status: string }> {
  const existing = await db('outbox').where({ idempotency_key: input.key }).first('id', 'status');
  if (existing) return { id: Number(existing.id), status: existing.status };
  const valid = MAINLAND_MOBILE.test(input.mobile);
  await db('outbox')
    .insert({
      idempotency_key: input.key,
      template: input.purpose,
      locale: input.locale,
      channel: 'sms',
      to_address: smsAddress(valid ? input.mobile : input.mobile.replace(/\D/g, '').slice(0, 20)),
      subject: input.text.slice(0, 300),
      text_body: input.text,
      html_body: '',
      status: !valid ? 'dead' : input.deliverable ? 'queued' : 'outbox',
      last_error: valid ? null : 'not a mainland mobile number',
      submission_id: input.submissionId ?? null,
      next_attempt_at: input.notBefore ?? input.at,
      created_at: input.at,
    })
    .onConflict('idempotency_key')
    .ignore();
  const row = await db('outbox').where({ idempotency_key: input.key }).first('id', 'status');
  return { id: Number(row.id), status: row.status };
}

/** SMS rows due now: queued and past their backoff, or in flight past their lease. */
export function dueSmsRows(db: Knex, nowIso: string, limit: number) {
  return db('outbox')
    .where('channel', 'sms')
    .whereIn('status', ['queued', 'sending'])
    .where((q) => {
      q.whereNull('next_attempt_at').orWhere('next_attempt_at', '<=', nowIso);
    })
    .orderBy('id')
    .limit(limit);
}

/** An admin's "retry now": a dead (or waiting) SMS row with a valid number is queued at once with a fresh count. */
export async function retrySmsRow(db: Knex, id: number, nowIso: string): Promise<boolean> {
  const row = await db('outbox').where({ id, channel: 'sms' }).whereIn('status', ['dead', 'queued']).first('to_address');
  if (!row || !MAINLAND_MOBILE.test(String(row.to_address).replace(/^sms:/, ''))) return false;
  const changed = await db('outbox')
    .where({ id, channel: 'sms' })
    .whereIn('status', ['dead', 'queued'])
    .update({ status: 'queued', attempts: 0, next_attempt_at: nowIso });
  return changed > 0;
}
