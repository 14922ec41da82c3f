// Sending one email, whoever asks: the email activity (a workflow step) and the template editor's test send (a route).
// The message is rendered once into the outbox under its idempotency key, so a retried step finds its row instead of
// rendering a second one, then delivered by SMTP when a mailer is configured. The recipient's preferences apply: a
// person who turned email off for this kind of notice gets no row, quiet hours hold it for the held-mail pass.
import { createHash } from 'node:crypto';
import type { Locale } from '../domain/locale';
import type { DeliveryPlan } from '../notify/notice-preferences';
import { planRecipients } from '../notify/recipient-preferences';
import { templateDataFor } from '../privacy/template-data';
import type { Db } from '../stores/db-types';
import { editedSource } from '../stores/email-templates/email-template-store';
import { caseNumberOf } from '../stores/submissions/submission-store';
import { markMailSent, recordMailAttemptFailed } from '../stores/outbox/email-outbox-store';
import { findOutboxMessage, insertOutboxMessage, type OutboxMessage } from '../stores/outbox/outbox-store';
import { findActiveUserByEmail } from '../stores/user-store';
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
  /** `skipped` (no row, outboxId 0): the recipient turned email off for this kind of notice. */
  status: 'outbox' | 'sent' | 'skipped';
}

/** What sending email needs. */
export interface EmailDeps {
  db: Db;
  renderer: TemplateRenderer;
  /** Absent in the embedded default: messages then stay in the outbox table for admins to read. */
  mailer?: Mailer;
  from: string;
  now?: () => Date;
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
    /** Renders and records a message once per key, then delivers it; a failed delivery throws, for the caller to retry. */
    async sendEmail(input: SendEmailInput): Promise<SendEmailResult> {
      const row = await enqueue(input);
      if (!row) return { outboxId: 0, status: 'skipped' };
      if (row.status !== 'queued' || !deps.mailer) return { outboxId: row.id, status: row.status === 'sent' ? 'sent' : 'outbox' };
      // Held for quiet hours: the row waits, queued, for the held-mail pass (core/notify/held-mail.ts).
      if (row.nextAttemptAt && Date.parse(row.nextAttemptAt) > now().getTime()) return { outboxId: row.id, status: 'outbox' };
      const messageId = `<${createHash('sha256').update(input.key).digest('hex').slice(0, 32)}@fugong>`;
      try {
        await deps.mailer.send({
          from: deps.from,
          to: row.toAddress,
          subject: row.subject,
          text: row.textBody,
          html: row.htmlBody,
          messageId,
        });
      } catch (error) {
        await recordMailAttemptFailed(deps.db, row.id, row.attempts + 1, String((error as Error).message).slice(0, 1000));
        throw error;
      }
      await markMailSent(deps.db, row.id, row.attempts + 1, now().toISOString());
      return { outboxId: row.id, status: 'sent' };
    },
  };
}

/** The email sender's interface, for injection. */
export type EmailSender = ReturnType<typeof createEmailSender>;
