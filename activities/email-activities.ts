// The email activity: a workflow step's message, sent through the shared sender (core/mail/send-email.ts), which
// renders it once into the outbox (keyed for idempotency) and tries SMTP once if configured; an SMTP failure leaves the
// row to the mail pass and the step succeeds, so the process goes on. The activity adds only Temporal's view of
// failure: a missing template will not appear on a retry, so that step fails for good; a database error is retried.
import { ApplicationFailure } from '@temporalio/activity';
import { createEmailSender, type EmailDeps, type SendEmailInput, type SendEmailResult } from '#core/mail/send-email';
import { TemplateMissingError } from '#core/mail/template-renderer';

export type { EmailDeps, SendEmailInput, SendEmailResult };

/** Builds the email activities. */
export function createEmailActivities(deps: EmailDeps) {
  const sender = createEmailSender(deps);
  return {
    /** Renders and records a message once per key, then tries to deliver it; what SMTP refuses waits in the outbox. */
    async sendEmail(input: SendEmailInput): Promise<SendEmailResult> {
      try {
        return await sender.sendEmail(input);
      } catch (error) {
        if (error instanceof TemplateMissingError) throw ApplicationFailure.nonRetryable(error.message, 'TemplateMissing');
        throw error;
      }
    },
  };
}
