// The answer of an email template's test send (web/server/email/test-send.ts), shared with the template editor.

/** Where a test message went: `sent` through SMTP, or kept in the `outbox` table when no SMTP server is configured. */
export interface TestSendResult {
  outboxId: number;
  status: 'sent' | 'outbox';
  to: string;
}
