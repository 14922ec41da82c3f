// The SMTP transport, injected into the email activity; absent when mail stays in the outbox table.
import nodemailer from 'nodemailer';

/** One message ready to leave. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable Message-ID so that a receiver can recognise a resend of the same message. */
  messageId: string;
}

/** Something that delivers mail. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A nodemailer SMTP transport for an smtp:// or smtps:// URL. */
export function createSmtpMailer(smtpUrl: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail(mail);
    },
    close: () => transport.close(),
  };
}
