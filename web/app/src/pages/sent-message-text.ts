// How a message the process sent reads on a case page: as what it is (email, text message, group-chat post) and what
// for ("受理回执", "Receipt"), to whom (the server gives the recipient without any channel prefix, a text's number
// masked), or, for a reader outside the staff, only that staff were notified (core/privacy/sent-messages.ts). Its
// subject was written in its recipient's language: quoted when that is the reader's, else folded away and labelled as
// the text as sent, so an English reader never gets a Chinese sentence as the whole of an entry.
import type { Locale } from '#core/domain/locale';
import type { I18n } from '../i18n/i18n-context';
import { isMessageKey } from '../i18n/is-message-key';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { sentMessageZhCn } from '../i18n/messages/sent-message-messages';

// These words come with the pages that show messages, not with the first scripts.
addZhCnMessages(sentMessageZhCn);

type T = I18n['t'];

/** What the sentence needs of a message: a table row or a timeline event's detail. */
export interface SentMessageFacts {
  channel?: unknown;
  to?: unknown;
  recipient?: unknown;
  subject?: unknown;
  /** The template it came from (`submission-received`); unknown or missing for a message without words here. */
  purpose?: unknown;
  /** The language `subject` is written in; missing means the reader's. */
  subjectLocale?: unknown;
}

/** A subject in another language than the reader's: shown only on request, under `label`. */
export interface AsSentSubject {
  label: string;
  text: string;
  lang: string;
}

/** A message in the reader's words: the sentence, then its subject quoted (`quote`) or folded away (`asSent`). */
export interface SentMessageWords {
  text: string;
  quote?: string;
  asSent?: AsSentSubject;
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

/** What the message was for ("受理回执", "Receipt"), or undefined when this build has no words for its purpose. */
export function purposeWord(t: T, purpose: unknown): string | undefined {
  const key = `sentMessage.purpose.${String(purpose ?? '')}`;
  return purpose && isMessageKey(key) ? t(key) : undefined;
}

function kindOf(channel: string): 'email' | 'sms' | 'robot' {
  return channel === 'sms' ? 'sms' : channel === 'robot' || channel.endsWith('-robot') ? 'robot' : 'email';
}

/** "Receipt email sent to ent01@…" / "已发送受理回执邮件至 ent01@…，主题：" and the subject; "已通知办理人员" alone for a
 * staff message. `fallback` is the event's kind, for an answer written before messages carried their channel. */
export function sentMessageWords(t: T, locale: Locale, message: SentMessageFacts, fallback = 'email'): SentMessageWords {
  if (toStaffOnly(message)) return { text: t('sentMessage.toStaff') };
  const kind = kindOf(String(message.channel ?? fallback));
  const to = String(message.to ?? '');
  const purpose = purposeWord(t, message.purpose);
  const text = purpose ? t(`sentMessage.${kind}.purpose`, { to, purpose }) : t(`sentMessage.${kind}.plain`, { to });
  const subject = typeof message.subject === 'string' ? message.subject : '';
  if (!subject) return { text };
  const lang = typeof message.subjectLocale === 'string' ? message.subjectLocale : locale;
  if (lang === locale) return { text: text + t(`sentMessage.${kind}.quote`), quote: subject };
  const languageKey = `sentMessage.language.${lang}`;
  const language = t(isMessageKey(languageKey) ? languageKey : 'sentMessage.language.other');
  return { text, asSent: { label: t('sentMessage.asSent', { language }), text: subject, lang } };
}
