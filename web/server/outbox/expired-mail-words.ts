// Why an email is `expired` (core/notify/held-mail.ts), in the admin's words on the outbox page: it was kept while no
// SMTP server was configured and was older than MAIL_KEPT_SEND_HOURS when one was, so it was not sent by itself.
import type { Locale } from '#core/domain/locale';
import { KEPT_MAIL_EXPIRED } from '#core/stores/outbox/email-outbox-store';

/** The stored last error of a message as the outbox page shows it: the expired-mail marker in words, else as stored. */
export function shownLastError(lastError: string | null, keptSendHours: number, locale: Locale): string | null {
  if (lastError !== KEPT_MAIL_EXPIRED) return lastError;
  return locale === 'en'
    ? `Kept in the outbox while no mail server (SMTP_URL) was configured, and more than ${keptSendHours} hour${keptSendHours === 1 ? '' : 's'} old (MAIL_KEPT_SEND_HOURS) when one was, so it was not sent by itself: a late reminder could mislead its reader. Use Retry now to send it anyway.`
    : `未配置发信服务器（SMTP_URL）期间存入发件箱；配置发信服务器时已超过 ${keptSendHours} 小时（MAIL_KEPT_SEND_HOURS），为免过时的提醒误导收件人，没有自动发出。如仍需发出，请点“立即重试”。`;
}
