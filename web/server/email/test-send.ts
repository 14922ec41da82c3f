// A test message from the template editor: the saved template (or the shipped one) rendered with sample data and
// sent the way real mail goes (core/mail/send-email.ts, the email activity's sender) — through SMTP when SMTP_URL is
// configured, otherwise into the outbox table. The copy is checked first as a save checks it: one saved before a check
// existed (an unknown variable, say) is refused at its part, rather than sent with a gap where the variable was.
import type { TestSendResult } from '#core/api/email-template-types';
import { randomUUID } from 'node:crypto';
import type { RJSFSchema } from '@rjsf/utils';
import type { Request } from 'express';
import type { Locale } from '#core/domain/locale';
import { AppError } from '#core/errors';
import { sampleDataFor } from '#core/mail/sample-data';
import { createEmailSender } from '#core/mail/send-email';
import type { TemplateRenderer, TemplateSource } from '#core/mail/template-renderer';
import { editedSource } from '#core/stores/email-templates/email-template-store';
import type { AppDeps } from '../app-deps';
import type { SessionUser } from '../request-context';
import { bodyOf } from '../route-contract';
import { refuseTemplateProblems } from './refuse-template-problems';

export type { TestSendResult };

// The recipient defaults to the admin's own address; another one may be given to see the message in another mail client.
/** What a test send takes: an optional recipient. */
export const TEST_SEND_SCHEMA: RJSFSchema = {
  type: 'object',
  properties: { to: { type: 'string', format: 'email', maxLength: 254 } },
  additionalProperties: false,
};

/** Renders and sends one test message (the route checks the body against TEST_SEND_SCHEMA); each call (each click) has its own idempotency key, so it is sent exactly once. */
export async function testSend(
  deps: AppDeps,
  renderer: TemplateRenderer,
  req: Request,
  admin: SessionUser,
  target: { name: string; locale: Locale; sampleName: string; shipped: TemplateSource },
): Promise<TestSendResult> {
  const body = bodyOf<{ to?: string }>(req);
  const to = body.to ?? admin.email;
  if (!to) {
    const message = { 'zh-CN': '您的账户没有邮箱地址，请填写收件地址', en: 'Your account has no email address; enter one to send to' };
    throw new AppError(422, 'invalid_body', { 'zh-CN': '请填写收件地址', en: 'Enter a recipient' }, [
      { path: '/to', message: message[req.locale] },
    ]);
  }
  const sample = sampleDataFor(target.sampleName, target.locale, deps.config.publicUrl);
  const source = (await editedSource(deps.db, target.name, target.locale)) ?? target.shipped;
  refuseTemplateProblems(req, renderer.check(source, sample, target.locale));
  const key = `test-send/${target.name}/${target.locale}/${admin.id}/${randomUUID()}`;
  const email = createEmailSender({
    db: deps.db,
    renderer,
    mailer: deps.mailer,
    from: deps.config.mail.from,
    now: deps.now,
    publicUrl: deps.config.publicUrl,
    // Nothing retries a test message (it is not a workflow step): a failure marks its row failed and is answered now.
    retry: false,
  });
  try {
    const result = await email.sendEmail({
      key,
      template: target.name,
      locale: target.locale,
      to,
      data: sample,
      ignorePreferences: true,
    });
    return { ...result, status: result.status === 'sent' ? 'sent' : 'outbox', to };
  } catch (error) {
    const reason = String((error as Error)?.message ?? error).slice(0, 300);
    throw new AppError(502, 'send_failed', {
      'zh-CN': `邮件服务器未能发送：${reason}`,
      en: `The mail server did not accept the message: ${reason}`,
    });
  }
}
