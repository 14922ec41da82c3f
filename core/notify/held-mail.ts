// Email held for a recipient's quiet hours waits in the outbox, queued with next_attempt_at at their end; this pass
// sends what is due. A row is claimed before it is sent, so two passes never send one message twice.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Mailer } from '../mail/mailer';

/** Sends every held email whose time has come; returns how many left. */
export async function sendHeldMail(db: Knex, mailer: Mailer, from: string, now: Date, limit = 100): Promise<number> {
  const nowIso = now.toISOString();
  const rows = await db('outbox')
    .where({ channel: 'email', status: 'queued' })
    .whereNotNull('next_attempt_at')
    .where('next_attempt_at', '<=', nowIso)
    .orderBy('id')
    .limit(limit);
  let sent = 0;
  for (const row of rows) {
    const claimed = await db('outbox').where({ id: row.id, status: 'queued' }).update({ status: 'sending' });
    if (!claimed) continue;
    try {
      await mailer.send({
        from,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        messageId: `<${createHash('sha256').update(String(row.idempotency_key)).digest('hex').slice(0, 32)}@fugong>`,
      });
    } catch (error) {
      // Back in the queue a minute later; nothing is dropped.
      await db('outbox')
        .where({ id: row.id })
        .update({
          status: 'queued',
          attempts: Number(row.attempts) + 1,
          next_attempt_at: new Date(now.getTime() + 60_000).toISOString(),
          last_error: String((error as Error).message).slice(0, 1000),
        });
      continue;
    }
    await db('outbox')
      .where({ id: row.id })
      .update({ status: 'sent', attempts: Number(row.attempts) + 1, sent_at: nowIso, next_attempt_at: null, last_error: null });
    sent += 1;
  }
  return sent;
}
