// The email activity: render once into the outbox (keyed for idempotency), then deliver by SMTP if configured.
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/activity';
import type { Knex } from '#core/stores';
import { findActiveUserByEmail } from '#core/stores/user-store';
import type { Locale } from '#core/domain/locale';
import type { Mailer } from '#core/mail/mailer';
import { TemplateMissingError, type TemplateRenderer } from '#core/mail/template-renderer';
import { templateDataFor } from '#core/privacy/template-data';
import type { DeliveryPlan } from '#core/notify/notice-preferences';
import { planRecipients } from '#core/notify/recipient-preferences';

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

/** Dependencies of the email activities. */
export interface EmailDeps {
  db: Knex;
  renderer: TemplateRenderer;
  /** Absent in the embedded default: messages then stay in the outbox table for admins to read. */
  mailer?: Mailer;
  from: string;
  now?: () => Date;
  /** Where recipients' quiet hours are counted (Asia/Shanghai by default). */
  timeZone?: string;
}

// Every email about a submission can name its case number (`{{caseNumber}}`); callers need not know it.
async function withCaseNumber(db: Knex, input: SendEmailInput): Promise<Record<string, unknown>> {
  if (!input.submissionId || input.data.caseNumber !== undefined) return input.data;
  const row = await db('submissions').where({ id: input.submissionId }).first('case_number');
  return row?.case_number ? { ...input.data, caseNumber: row.case_number } : input.data;
}

/** Builds the email activities. */
export function createEmailActivities(deps: EmailDeps) {
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

  async function enqueue(input: SendEmailInput) {
    const existing = await deps.db('outbox').where({ idempotency_key: input.key }).first();
    if (existing) return existing;
    const plan = await planFor(input);
    if (!plan.send) return undefined;
    const notBefore = plan.notBefore;
    let rendered;
    try {
      // An administrator's edited copy, when there is one, replaces the shipped text.
      const edited = await deps
        .db('email_templates')
        .where({ name: input.template, locale: input.locale })
        .first('subject', 'html', 'text');
      // Fields of the submission the message is about reach the template as the recipient may read them.
      const data = await templateDataFor(deps.db, input.submissionId, input.data, { to: input.to, locale: input.locale }, 'email');
      rendered = deps.renderer.render(input.template, input.locale, await withCaseNumber(deps.db, { ...input, data }), edited);
    } catch (error) {
      if (error instanceof TemplateMissingError) throw ApplicationFailure.nonRetryable(error.message, 'TemplateMissing');
      throw error;
    }
    await deps
      .db('outbox')
      .insert({
        idempotency_key: input.key,
        template: input.template,
        locale: input.locale,
        to_address: input.to,
        // The column holds 300 characters; a long task title must not make the insert fail on PostgreSQL forever.
        subject: rendered.subject.slice(0, 300),
        text_body: rendered.text,
        html_body: rendered.html,
        status: deps.mailer ? 'queued' : 'outbox',
        submission_id: input.submissionId ?? null,
        next_attempt_at: notBefore,
        created_at: now().toISOString(),
      })
      .onConflict('idempotency_key')
      .ignore();
    return deps.db('outbox').where({ idempotency_key: input.key }).first();
  }

  return {
    /** Renders and records a message once per key, then delivers it; failures are left to Temporal to retry. */
    async sendEmail(input: SendEmailInput): Promise<SendEmailResult> {
      const row = await enqueue(input);
      if (!row) return { outboxId: 0, status: 'skipped' };
      if (row.status !== 'queued' || !deps.mailer) return { outboxId: row.id, status: row.status === 'sent' ? 'sent' : 'outbox' };
      // Held for quiet hours: the row waits, queued, for the held-mail pass (core/notify/held-mail.ts).
      if (row.next_attempt_at && Date.parse(row.next_attempt_at) > now().getTime()) return { outboxId: row.id, status: 'outbox' };
      const messageId = `<${createHash('sha256').update(input.key).digest('hex').slice(0, 32)}@fugong>`;
      try {
        await deps.mailer.send({
          from: deps.from,
          to: row.to_address,
          subject: row.subject,
          text: row.text_body,
          html: row.html_body,
          messageId,
        });
      } catch (error) {
        await deps
          .db('outbox')
          .where({ id: row.id })
          .update({ attempts: Number(row.attempts) + 1, last_error: String((error as Error).message).slice(0, 1000) });
        throw error;
      }
      await deps
        .db('outbox')
        .where({ id: row.id })
        .update({ status: 'sent', attempts: Number(row.attempts) + 1, sent_at: now().toISOString(), last_error: null });
      return { outboxId: row.id, status: 'sent' };
    },
  };
}
