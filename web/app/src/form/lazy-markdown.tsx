// rjsf renders `ui:enableMarkdownInDescription` texts with markdown-to-jsx, a quarter of the form engine's weight that
// most forms never use. vite.config.ts points rjsf's `markdown-to-jsx/react` here, so the parser is fetched only when a
// field actually shows markdown; until it arrives the text shows as written.
import { lazy, Suspense, type ComponentProps } from 'react';
// vite.config.ts leaves this module's own import of the package alone: it is the real component.
import type { Markdown as RealMarkdown } from 'markdown-to-jsx/react';

const LoadedMarkdown = lazy(() => import('markdown-to-jsx/react').then((module) => ({ default: module.Markdown })));

/** rjsf's `Markdown`, loaded on first use; the plain text stands in meanwhile. */
export function Markdown(props: ComponentProps<typeof RealMarkdown>) {
  return (
    <Suspense fallback={<span>{props.children}</span>}>
      <LoadedMarkdown {...props} />
    </Suspense>
  );
}
