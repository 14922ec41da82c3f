// Email held for a recipient's quiet hours waits in the outbox, queued with next_attempt_at at their end; this pass
// sends what is due. A row is claimed before it is sent, so two passes never send one message twice.
import { createHash } from 'node:crypto';
import type { Db } from '../stores/db-types';
import { claimQueuedMail, dueHeldMail, markHeldMailSent, requeueMail } from '../stores/outbox/email-outbox-store';
import type { Mailer } from '../mail/mailer';

/** Sends every held email whose time has come; returns how many left. */
export async function sendHeldMail(db: Db, mailer: Mailer, from: string, now: Date, limit = 100): Promise<number> {
  const nowIso = now.toISOString();
  const rows = await dueHeldMail(db, nowIso, limit);
  let sent = 0;
  for (const row of rows) {
    if (!(await claimQueuedMail(db, row.id))) continue;
    try {
      await mailer.send({
        from,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        messageId: `<${createHash('sha256').update(row.idempotencyKey).digest('hex').slice(0, 32)}@fugong>`,
      });
    } catch (error) {
      // Back in the queue a minute later; nothing is dropped.
      await requeueMail(
        db,
        row.id,
        row.attempts + 1,
        new Date(now.getTime() + 60_000).toISOString(),
        String((error as Error).message).slice(0, 1000),
      );
      continue;
    }
    await markHeldMailSent(db, row.id, row.attempts + 1, nowIso);
    sent += 1;
  }
  return sent;
}
