// Most markdown a form shows is one line of words with a link into the app (the daily report's 存在的困难 points to the
// difficulty report). Fetching markdown-to-jsx (about 30 KB gzip) for that cost an enterprise an eighth of its script
// budget (issue 21); such a text is rendered here as markdown-to-jsx renders it, and anything else still goes to it.
import { Fragment, type ReactNode } from 'react';

// A character markdown-to-jsx does not read as markup, an entity, HTML, a line break or the start of an autolink.
const WORD = String.raw`[^\s*_\x60~<>\[\]()!\\|&#:@=+-]|(?<=\S) (?=\S)`;
// A link into the app: `[words](#/…)` or `[words](/…)`, its target of plain URL characters.
const LINK = String.raw`\[((?:${WORD})+)\]\(([#/][\w/#?=.~-]*)\)`;
// One character or one link at a time (a link starts with `[`, which no word character is), so a long text that is
// not plain fails at once instead of being tried every way.
const PLAIN = new RegExp(String.raw`^(?:${WORD}|${LINK})+$`, 'u');
const LINKS = new RegExp(LINK, 'gu');
// An ordered list's first item (`1. …`) or a text markdown-to-jsx would autolink.
const NOT_PLAIN = /^\d+[.)]|www\./i;

/** The text as markdown-to-jsx renders it inline (a lone text or link as it is, several in a `<span>` with `props`), or
 * undefined when it holds anything else (emphasis, code, lists, headings, paragraphs, outside links, HTML, `www.` or
 * `…:` that may autolink): only markdown-to-jsx renders that as it does. */
export function plainInlineMarkdown(text: string, props: Record<string, unknown> = {}): ReactNode | undefined {
  if (!PLAIN.test(text) || NOT_PLAIN.test(text)) return undefined;
  const parts: ReactNode[] = [];
  let from = 0;
  for (const match of text.matchAll(LINKS)) {
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push(
      <a key={match.index} href={match[2]}>
        {match[1]}
      </a>,
    );
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  // markdown-to-jsx wraps several pieces in a span with the props, and answers a lone piece as it is.
  return parts.length === 1 ? <Fragment>{parts[0]}</Fragment> : <span {...props}>{parts}</span>;
}
