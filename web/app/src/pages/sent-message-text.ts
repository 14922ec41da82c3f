// How a message the process sent reads on a case page: as what it is (email, text message, group-chat post), to whom
// (the server gives the recipient without any channel prefix, a text's number masked), or, for a reader outside the
// staff, only that staff were notified (core/privacy/sent-messages.ts).
import type { I18n } from '../i18n/i18n-context';
import { isMessageKey } from '../i18n/is-message-key';

type T = I18n['t'];

/** What the sentence needs of a message: a table row or a timeline event's detail. */
export interface SentMessageFacts {
  channel?: unknown;
  to?: unknown;
  recipient?: unknown;
}

const MESSAGE_KINDS = new Set(['email', 'sms', 'robot']);

/** True for a timeline event that is a message sent (kind `email`, `sms` or `robot`). */
export function isSentMessage(kind: string): boolean {
  return MESSAGE_KINDS.has(kind);
}

/** True when the reader may only know the message went to staff: no recipient, no subject. */
export function toStaffOnly(message: SentMessageFacts): boolean {
  return message.recipient === 'staff';
}

/** The channel's name ("短信", "企业微信群"); a channel this build does not know is a neutral "通知", never its key. */
export function channelWord(t: T, channel: unknown): string {
  const key = `sentMessage.channel.${String(channel ?? 'email')}`;
  return t(isMessageKey(key) ? key : 'sentMessage.channel.other');
}

/** "发送短信给 139****5678，内容：" — the sentence before the quoted subject; "已通知办理人员" alone for a staff message.
 * `fallback` is the event's kind, for an answer written before messages carried their channel. */
export function sentMessageLine(t: T, message: SentMessageFacts, fallback = 'email'): string {
  if (toStaffOnly(message)) return t('sentMessage.toStaff');
  const channel = String(message.channel ?? fallback);
  const to = String(message.to ?? '');
  if (channel === 'sms') return t('sentMessage.sms', { to });
  if (channel === 'robot' || channel.endsWith('-robot')) return t('sentMessage.robot', { to });
  return t('sentMessage.email', { to });
}
