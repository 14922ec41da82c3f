// User text (an enterprise's name, a report's note) reaches a group chat inside markdown. Escaped, it cannot make a
// heading, a link, bold text or a WeCom <font> tag, and it stays on its line.

const MARKDOWN_SPECIAL = /[\\`*_[\]()#!|~>]/g;

/** `text` as literal markdown: specials backslash-escaped, angle brackets made inert, line breaks made spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(MARKDOWN_SPECIAL, (char) => (char === '>' ? '＞' : `\\${char}`))
    .replace(/</g, '＜');
}

/** Every string inside `value` escaped; numbers, booleans and structure kept. */
export function escapeMarkdownDeep(value: unknown): unknown {
  if (typeof value === 'string') return escapeMarkdown(value);
  if (Array.isArray(value)) return value.map(escapeMarkdownDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, escapeMarkdownDeep(inner)]));
  }
  return value;
}
