// A group robot's markdown as a person reads it once the chat has rendered it: what the outbox's plain-text view and a
// DingTalk notification's title show. User text reached the markdown escaped (markdown-escape.ts), so a masked name
// 李** sits in it as 李\*\*; read as source, the escapes and the template's own marks would show.
import type { Locale } from '../domain/locale';

// Escaped characters are set aside as private-use characters while the markup is read, so an escaped `*` or `[` can
// never be taken for markup, then put back as themselves.
const ESCAPE = /\\([\\`*_[\]()#!|~>])/g;
const PRIVATE_BASE = 0xe000;
const SET_ASIDE = /[\ue000-\ue07f]/g;

function plainLine(line: string, locale: Locale): string {
  const colon = locale === 'zh-CN' ? '：' : ': ';
  return (
    line
      .replace(ESCAPE, (_escape, char: string) => String.fromCharCode(PRIVATE_BASE + char.charCodeAt(0)))
      // A heading's or a quote's mark at the line's start; a list's dash stays, it reads as a list in plain text too.
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
      // WeCom's <font> and any other tag: only the template can write one (user text's < became ＜).
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/\*\*|__/g, '')
      // A link reads as its words and where it goes, as the plain-text emails write theirs (在线查看：https://…).
      .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_link, words: string, url: string) => (words ? `${words}${colon}${url}` : url))
      .replace(SET_ASIDE, (char) => String.fromCharCode(char.charCodeAt(0) - PRIVATE_BASE))
  );
}

/** `markdown` as its reader sees it rendered: no escapes, heading or quote marks, bold marks or tags; links as
 * `words：address` (`words: address` in English). */
export function markdownAsPlainText(markdown: string, locale: Locale): string {
  return markdown
    .split('\n')
    .map((line) => plainLine(line, locale))
    .join('\n')
    .trim();
}

/** A robot message's stored title (its outbox subject) as its group read it. Titles have been stored plain since
 * DingTalk's title was read without escapes; a row recorded before kept the markdown's escapes (欧\*\*\*, 泉城大道\(二期\))
 * and is read here as markdown. A title without an escape is already plain and stays as it is: read again, a user's
 * `**急**` in it would lose its stars. */
export function robotTitleAsRead(title: string, locale: Locale): string {
  return /\\[\\`*_[\]()#!|~>]/.test(title) ? markdownAsPlainText(title, locale) : title;
}
