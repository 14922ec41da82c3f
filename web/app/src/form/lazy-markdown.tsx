// rjsf renders `ui:enableMarkdownInDescription` texts with markdown-to-jsx, a quarter of the form engine's weight that
// most forms never use. vite.config.ts points rjsf's `markdown-to-jsx/react` here, so the parser is fetched only when a
// field actually shows markdown beyond words and links into the app (plainInlineMarkdown renders those); until it arrives
// the text shows as read, without its markup (a link as its words).
import { lazy, Suspense, type ComponentProps } from 'react';
// vite.config.ts leaves this module's own import of the package alone: it is the real component.
import type { Markdown as RealMarkdown } from 'markdown-to-jsx/react';
import { plainInlineMarkdown } from './plain-inline-markdown';

const LoadedMarkdown = lazy(() => import('markdown-to-jsx/react').then((module) => ({ default: module.Markdown })));

/** The words of a markdown text without its markup: `[words](target)` as its words, no emphasis marks or backticks. */
export function markdownWords(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/^#{1,6}\s+/gm, '');
}

/** rjsf's `Markdown`: words and links into the app at once, anything else once the parser has loaded (the text's words
 * stand in meanwhile). */
export function Markdown(props: ComponentProps<typeof RealMarkdown>) {
  const { children, options, ...rest } = props;
  // rjsf passes only disableParsingRawHTML, which changes nothing for words and links; other options go to the parser.
  const onlyRawHtml = Object.keys(options ?? {}).every((option) => option === 'disableParsingRawHTML');
  const plain = typeof children === 'string' && onlyRawHtml ? plainInlineMarkdown(children, rest) : undefined;
  if (plain !== undefined) return plain;
  return (
    <Suspense fallback={<span>{typeof props.children === 'string' ? markdownWords(props.children) : props.children}</span>}>
      <LoadedMarkdown {...props} />
    </Suspense>
  );
}
