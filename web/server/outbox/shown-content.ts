// What of a message's content an admin browsing the outbox reads. A message about a submission was written for its
// recipient: the admin reads it as the personal-data policy lets an admin read that record's free text. A text to a
// quarantined worker is about a worker's record, which an admin may not read (core/privacy/personal-data-policy.ts),
// yet an admin checking why a text did not arrive needs what it said: the outbox kept the same template rendered with
// the worker's name masked (activities/notify-activities.ts), and that is what the admin reads. Searching the sent text
// for personal values would not be safe: the worker's name may have been corrected at a later gate check since.
// A group robot's message is markdown: the admin reads it as the group did once the chat rendered it (李**, not the
// source's escaped 李\*\*); the markdown posted to the robot is kept as it was sent.
import type { Locale, LocalizedText } from '#core/domain/locale';
import { markdownAsPlainText, robotTitleAsRead } from '#core/notify/markdown-plain-text';
import { FREE_TEXT_MASK } from '#core/privacy/mask';
import type { OutboxEntry } from '#core/stores/outbox/outbox-log-store';

/** How much of the content is shown: as sent, with its personal values masked, or held back. */
export type OutboxContent = 'as-sent' | 'masked' | 'hidden';

/** A message's content as the reader sees it. */
export interface ShownContent {
  content: OutboxContent;
  subject: string;
  text: string;
  html: string;
}

/** Why a text recorded before masked copies were kept shows no text: it is not a generic "may contain" guess. */
export const SMS_HELD_BACK: LocalizedText = {
  'zh-CN':
    '（短信正文写有收信的被检查人员的姓名，管理员不能阅读；这条短信在系统保存遮挡姓名的副本之前发出，因此不显示正文。模板、收件人（手机号已遮挡）、状态和时间见上。）',
  en: '(The text names the worker it was sent to, which admins may not read; it was sent before Fugong kept a copy with the name masked, so its text is not shown. Its template, recipient (mobile masked), status and times are above.)',
};

/** The first non-empty line of a message, without markdown's heading marks, as a subject (300 characters at most). */
function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^\s*#+\s*/, '').slice(0, 300);
}

/** The content of `entry` for a reader who may (`readable`) or may not read what its record's free text says. */
export function shownContent(entry: OutboxEntry, readable: boolean, locale: Locale): ShownContent {
  const robot = entry.channel !== 'email' && entry.channel !== 'sms';
  // In the message's own language: a link reads 查看待办：https://… in a Chinese message whoever reads the outbox.
  const written: Locale = entry.locale === 'en' ? 'en' : 'zh-CN';
  const read = (text: string) => (robot ? markdownAsPlainText(text, written) : text);
  // The subject of a robot message is its stored title, already plain unless recorded before titles were kept so.
  const subject = robot ? robotTitleAsRead(entry.subject, written) : entry.subject;
  if (readable) return { content: 'as-sent', subject, text: read(entry.textBody), html: entry.htmlBody };
  const hidden = FREE_TEXT_MASK[locale];
  // Texts and robot messages keep a masked copy (neither has an HTML part); its first line is the subject: a text's only
  // line, a robot message's title line (read without its marks).
  if (entry.maskedText !== null) {
    const text = read(entry.maskedText);
    return { content: 'masked', subject: firstLine(text), text, html: '' };
  }
  const text = entry.channel === 'sms' ? SMS_HELD_BACK[locale] : hidden;
  return { content: 'hidden', subject: hidden, text, html: entry.channel === 'sms' ? '' : `<p>${hidden}</p>` };
}
