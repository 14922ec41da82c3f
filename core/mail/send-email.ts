// Sending one email, whoever asks: the email activity (a workflow step) and the template editor's test send (a route).
// The message is rendered once into the outbox under its idempotency key, so a retried step finds its row instead of
// rendering a second one, then delivered by SMTP when a mailer is configured. The recipient's preferences apply: a
// person who turned email off for this kind of notice gets no row, quiet hours hold it for the mail pass. A step never
// waits out an SMTP outage: a failed delivery leaves the row queued for the mail pass (core/notify/held-mail.ts) and
// the step goes on, so a process's next step (a ladder's next rung) does not hang on the mail server.
import type { Locale } from '../domain/locale';
import type { DeliveryPlan } from '../notify/notice-preferences';
import { planRecipients } from '../notify/recipient-preferences';
import { templateDataFor } from '../privacy/template-data';
import type { Db } from '../stores/db-types';
import { editedSource } from '../stores/email-templates/email-template-store';
import { caseNumberOf } from '../stores/submissions/submission-store';
import { findOutboxMessage, insertOutboxMessage, type OutboxMessage } from '../stores/outbox/outbox-store';
import { findActiveUserByEmail } from '../stores/user-store';
import { attemptMail } from './mail-attempt';
import type { Mailer } from './mailer';
import type { TemplateRenderer } from './template-renderer';

/** Input of sendEmail; `key` is unique per workflow step so a retried or replayed step never sends twice. */
export interface SendEmailInput {
  key: string;
  template: string;
  locale: Locale;
  to: string;
  data: Record<string, unknown>;
  submissionId?: string;
  /** The person it is for, when the caller knows (else found by the address), whose preferences apply. */
  userId?: number;
  /** Urgent: sent even in the person's quiet hours. */
  urgent?: boolean;
  /** An admin's test message: sent whatever the recipient's preferences say. */
  ignorePreferences?: boolean;
}

/** What became of the message. */
export interface SendEmailResult {
  outboxId: number;
  /** `skipped` (no row, outboxId 0): the recipient turned email off for this kind of notice. `outbox`: kept, or
   * waiting for the mail pass. `failed`: the server refused it for good (admins see it in the outbox). */
  status: 'outbox' | 'sent' | 'skipped' | 'failed';
}

/** What sending email needs. */
export interface EmailDeps {
  db: Db;
  renderer: TemplateRenderer;
  /** Absent in the embedded default: messages then stay in the outbox table for admins to read. */
  mailer?: Mailer;
  from: string;
  now?: () => Date;
  /** False for a message nothing retries (an admin's test send): a failed delivery marks the row failed and throws. */
  retry?: boolean;
  /** Told when a failed delivery left a row queued for the mail pass (the worker then runs the pass soon). */
  onQueued?: () => void;
  /** Where recipients' quiet hours are counted (Asia/Shanghai by default). */
  timeZone?: string;
  /** The app's address (PUBLIC_URL): emails about a case or a task link back to it (`{{appLink}}`); none, no link. */
  publicUrl?: string;
}

// Every email about a submission can name its case number (`{{caseNumber}}`) and link to the page to act on
// (`{{appLink}}`: the task, when the message is about one, else the case); callers need not know either.
async function withCaseFacts(db: Db, input: SendEmailInput, publicUrl: string | undefined): Promise<Record<string, unknown>> {
  if (!input.submissionId) return input.data;
  const caseNumber = input.data.caseNumber ?? (await caseNumberOf(db, input.submissionId)) ?? undefined;
  const base = publicUrl?.replace(/\/+$/, '');
  const taskId = input.data.taskId;
  const appLink = !base
    ? undefined
    : typeof taskId === 'string' && taskId
      ? `${base}/#/tasks/${encodeURIComponent(taskId)}`
      : `${base}/#/submissions/${encodeURIComponent(typeof caseNumber === 'string' && caseNumber ? caseNumber : input.submissionId)}`;
  return { ...input.data, ...(caseNumber ? { caseNumber } : {}), ...(appLink && input.data.appLink === undefined ? { appLink } : {}) };
}

// What a step retried after its message was settled answers: sent, failed, or still in the outbox.
const settledStatus = (status: string): SendEmailResult['status'] => (status === 'sent' || status === 'failed' ? status : 'outbox');

/** Builds `sendEmail`; a missing template throws TemplateMissingError (the activity makes that final). */
export function createEmailSender(deps: EmailDeps) {
  const now = deps.now ?? (() => new Date());

  // The recipient's preferences: a person who turned email off for this kind gets no row; quiet hours hold it.
  async function planFor(input: SendEmailInput): Promise<DeliveryPlan> {
    if (input.ignorePreferences) return { send: true, notBefore: null };
    const user = input.userId === undefined ? await findActiveUserByEmail(deps.db, input.to) : { id: input.userId };
    if (!user) return { send: true, notBefore: null };
    const recipient = { channel: 'email', userId: Number(user.id), urgent: input.urgent };
    const [planned] = await planRecipients(deps.db, input.template, [recipient], now().getTime(), deps.timeZone ?? 'Asia/Shanghai');
    return planned!.plan;
  }

  async function enqueue(input: SendEmailInput): Promise<OutboxMessage | undefined> {
    const existing = await findOutboxMessage(deps.db, input.key);
    if (existing) return existing;
    const plan = await planFor(input);
    if (!plan.send) return undefined;
    // An administrator's edited copy, when there is one, replaces the shipped text.
    const edited = await editedSource(deps.db, input.template, input.locale);
    // Fields of the submission the message is about reach the template as the recipient may read them.
    const data = await templateDataFor(deps.db, input.submissionId, input.data, { to: input.to, locale: input.locale }, 'email');
    const rendered = deps.renderer.render(
      input.template,
      input.locale,
      await withCaseFacts(deps.db, { ...input, data }, deps.publicUrl),
      edited,
    );
    await insertOutboxMessage(deps.db, {
      idempotencyKey: input.key,
      template: input.template,
      locale: input.locale,
      toAddress: input.to,
      // The column holds 300 characters; a long task title must not make the insert fail on PostgreSQL forever.
      subject: rendered.subject.slice(0, 300),
      textBody: rendered.text,
      htmlBody: rendered.html,
      status: deps.mailer ? 'queued' : 'outbox',
      submissionId: input.submissionId ?? null,
      nextAttemptAt: plan.notBefore,
      createdAt: now().toISOString(),
    });
    return findOutboxMessage(deps.db, input.key);
  }

  return {
    /** Renders and records a message once per key, then tries to deliver it once; a transient failure leaves it queued
     * for the mail pass (status `outbox`), a permanent one marks it failed. Throws only when `retry` is false. */
    async sendEmail(input: SendEmailInput): Promise<SendEmailResult> {
      const row = await enqueue(input);
      if (!row) return { outboxId: 0, status: 'skipped' };
      if (row.status !== 'queued' || !deps.mailer) return { outboxId: row.id, status: settledStatus(row.status) };
      // A row with a next attempt is the mail pass's: held for quiet hours, or waiting out an earlier failure.
      if (row.nextAttemptAt) return { outboxId: row.id, status: 'outbox' };
      const sender = { db: deps.db, mailer: deps.mailer, from: deps.from, now };
      const attempt = await attemptMail(sender, row, { retry: deps.retry ?? true });
      if (attempt.outcome === 'failed' && deps.retry === false) throw attempt.error;
      if (attempt.outcome === 'queued') deps.onQueued?.();
      return { outboxId: row.id, status: attempt.outcome === 'sent' || attempt.outcome === 'failed' ? attempt.outcome : 'outbox' };
    },
  };
}

/** The email sender's interface, for injection. */
export type EmailSender = ReturnType<typeof createEmailSender>;
