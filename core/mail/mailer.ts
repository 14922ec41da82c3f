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
  // Bounded well inside the claim's lease (core/mail/mail-attempt.ts): a server that swallows connections fails the
  // attempt in half a minute rather than nodemailer's two (and ten of silence), and the message waits in the outbox.
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
  return {
    async send(mail) {
      await transport.sendMail(mail);
    },
    close: () => transport.close(),
  };
}
