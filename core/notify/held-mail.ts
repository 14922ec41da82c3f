// Email that waits in the outbox, queued with a next attempt: held for a recipient's quiet hours, or put back after an
// SMTP failure (core/mail/mail-attempt.ts) so that the workflow step that recorded it could go on. This pass sends
// what is due; the rows are in the database, so a restart loses nothing. A row is claimed before it is sent, so two
// passes (two workers) never send one message twice.
//
// Mail recorded while no SMTP server was configured stays in the outbox as `outbox` (kept). A worker with SMTP_URL
// releases it at its first pass and then at most once a minute (mail another worker without SMTP_URL keeps while this
// one runs leaves too): what is at most MAIL_KEPT_SEND_HOURS old is queued and sent, what is older is marked `expired`
// (a reminder of a deadline days gone would confuse more than help); an admin reads why on the outbox page and may
// still send one with "retry now". Texts and robot messages are released the same way (kept-release.ts).
import type { Db } from '../stores/db-types';
import { dueQueuedMail, nextQueuedMailAt, requeueMailNow } from '../stores/outbox/email-outbox-store';
import { keptReleaseStep, releaseKeptNow, KEPT_SEND_HOURS, type KeptReleased } from './kept-release';
import { attemptMail } from '../mail/mail-attempt';
import type { Mailer } from '../mail/mailer';

/** Sends every waiting email whose time has come; returns how many left. A transient failure ends the pass (the
 * server is likely down for the rest too): the row waits out its backoff, the others are due at the next pass. */
export async function sendHeldMail(db: Db, mailer: Mailer, from: string, now: Date | (() => Date), limit = 100): Promise<number> {
  const clock = typeof now === 'function' ? now : () => now;
  let sent = 0;
  for (const row of await dueQueuedMail(db, clock().toISOString(), limit)) {
    const { outcome } = await attemptMail({ db, mailer, from, now: clock }, row);
    if (outcome === 'sent') sent += 1;
    if (outcome === 'queued') break;
  }
  return sent;
}

/** Releases the email kept while no SMTP server was configured (see the head of this file and kept-release.ts). */
export function releaseKeptMailNow(db: Db, now: Date, keptSendHours = KEPT_SEND_HOURS): Promise<KeptReleased> {
  return releaseKeptNow(db, 'email', now, keptSendHours);
}

/** True for an email an admin may send again now: refused for good (`failed`), kept too long without an SMTP server to
 * leave by itself (`expired`), or waiting out a backoff after failed attempts. One held for a recipient's quiet hours
 * (no attempt yet) waits for its time. */
export function isRetryableMail(row: { channel: string; status: string; attempts: number }): boolean {
  return row.channel === 'email' && (row.status === 'failed' || row.status === 'expired' || (row.status === 'queued' && row.attempts > 0));
}

/** An admin's "retry now" for an email (see isRetryableMail): due at once for the worker's mail pass, which claims it
 * like any other row, so it is never sent twice. False when the row is not one to retry (or is being sent right now). */
export function retryMailRow(db: Db, id: number, nowIso: string): Promise<boolean> {
  return requeueMailNow(db, id, nowIso);
}

/** What the mail pass needs; `idleMs` is the longest wait between passes, `minMs` the shortest. */
export interface MailPassDeps {
  db: Db;
  /** MAIL_KEPT_SEND_HOURS: how old kept mail may be and still be sent (24 when absent). */
  keptSendHours?: number;
  /** Told what became of the mail kept without an SMTP server, when there was any. */
  onKeptMail?: (released: KeptReleased) => void;
  /** The clock of the sends and of the kept mail's release (the wall clock when absent). */
  now?: () => Date;
  mailer: Mailer;
  from: string;
  onError?: (error: unknown) => void;
  idleMs?: number;
  minMs?: number;
}

/** Runs the pass in the worker: again as soon as the next waiting row falls due (at least `minMs` apart), otherwise
 * every `idleMs`; `wake()` (a step just queued a row) brings the next pass forward. A pass never overlaps the last. */
export function createMailPass(deps: MailPassDeps) {
  const idleMs = deps.idleMs ?? 60_000;
  const minMs = deps.minMs ?? 1_000;
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const now = deps.now ?? (() => new Date());
  const releaseKept = keptReleaseStep(
    deps.db,
    ['email'],
    { sendHours: deps.keptSendHours, onReleased: (_channel, released) => deps.onKeptMail?.(released) },
    now,
  );

  async function nextDelayMs(): Promise<number> {
    const next = await nextQueuedMailAt(deps.db);
    if (next === null) return idleMs;
    return Math.min(Math.max(Date.parse(next) - Date.now(), minMs), idleMs);
  }

  // Keeps the earlier of the pass already planned and this one.
  function schedule(delayMs: number): void {
    if (stopped || Date.now() + delayMs >= timerAt) return;
    clearTimeout(timer);
    timerAt = Date.now() + delayMs;
    timer = setTimeout(run, delayMs).unref();
  }

  function run(): void {
    timer = undefined;
    timerAt = Infinity;
    running = running
      .then(async () => {
        await releaseKept();
        await sendHeldMail(deps.db, deps.mailer, deps.from, now);
        return nextDelayMs();
      })
      .catch((error) => {
        deps.onError?.(error);
        return idleMs;
      })
      .then((delay) => schedule(delay));
  }

  return {
    /** Starts the passes, the first one at once (rows left waiting by the last run go first, and mail kept while no
     * SMTP server was configured is released; later passes release what was kept since, at most once a minute). */
    start: () => schedule(0),
    /** A row was queued for a retry: the next pass comes soon rather than at the idle interval. */
    wake: () => schedule(minMs),
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** The mail pass's interface, for injection. */
export type MailPass = ReturnType<typeof createMailPass>;
