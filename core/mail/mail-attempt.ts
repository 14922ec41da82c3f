// One delivery attempt of an outbox email, shared by the step that records it (send-email.ts) and the mail pass
// (core/notify/held-mail.ts): the row is claimed first (with a lease), sent with its stable Message-ID, then settled.
// An outage is not the step's to wait out: a transient failure (no server, a timeout, a 4xx) puts the row back in the
// queue with a backoff for the pass, and a refusal for good (a 5xx, an address the server will not take) marks it
// `failed` where admins see it, instead of retrying it forever.
import { createHash } from 'node:crypto';
import type { Db } from '../stores/db-types';
import { claimQueuedMail, markMailFailed, markMailSent, requeueMail } from '../stores/outbox/email-outbox-store';
import type { OutboxMessage } from '../stores/outbox/outbox-store';
import type { Mailer } from './mailer';

/** How long a claim holds a row: longer than one send can take (the SMTP transport's timeouts, mailer.ts). */
export const MAIL_LEASE_MS = 5 * 60_000;

/** The delay before attempt n+1 after n failures: 5 s, 10 s, 20 s … at most 10 minutes (what Temporal used to wait). */
export function mailBackoffMs(failures: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, failures - 1), 10 * 60_000);
}

/** The stable Message-ID of the message recorded under `key`, so a receiver can recognise a resend. */
export function messageIdOf(key: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@fugong>`;
}

/** True when the server refused the message for good: a 5xx reply (but not a failed login, which an admin fixes in
 * the configuration) or an address nodemailer would not send to. Everything else is worth another attempt. */
export function isPermanentMailFailure(error: unknown): boolean {
  const failure = error as { code?: unknown; permanent?: unknown; responseCode?: unknown; command?: unknown };
  if (failure?.code === 'EAUTH') return false;
  if (failure?.permanent === true) return true;
  // "No recipients defined", "Invalid recipient": refused before any server was asked.
  return failure?.code === 'EENVELOPE' && failure.command === 'API';
}

/** What an attempt came to: `busy` when another sender holds the row. */
export type MailAttemptOutcome = 'sent' | 'queued' | 'failed' | 'busy';

/** What an attempt needs. */
export interface MailAttemptDeps {
  db: Db;
  mailer: Mailer;
  from: string;
  now: () => Date;
}

/** Claims `row` (as it was read), sends it and settles it; `retry: false` (a test send nothing retries) marks any
 * failure `failed`. Never throws for a delivery failure: the row records it (attempts, last error). */
export async function attemptMail(
  deps: MailAttemptDeps,
  row: OutboxMessage,
  options: { retry: boolean } = { retry: true },
): Promise<{ outcome: MailAttemptOutcome; error?: unknown }> {
  if (!(await claimQueuedMail(deps.db, row, new Date(deps.now().getTime() + MAIL_LEASE_MS).toISOString()))) return { outcome: 'busy' };
  const attempts = row.attempts + 1;
  try {
    await deps.mailer.send({
      from: deps.from,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      messageId: messageIdOf(row.idempotencyKey),
    });
  } catch (error) {
    const reason = String((error as Error)?.message ?? error).slice(0, 1000);
    if (!options.retry || isPermanentMailFailure(error)) {
      await markMailFailed(deps.db, row.id, attempts, reason);
      return { outcome: 'failed', error };
    }
    await requeueMail(deps.db, row.id, attempts, new Date(deps.now().getTime() + mailBackoffMs(attempts)).toISOString(), reason);
    return { outcome: 'queued', error };
  }
  await markMailSent(deps.db, row.id, attempts, deps.now().toISOString());
  return { outcome: 'sent' };
}
