// Which channels beside email a template has a text for in a language — the group-robot markdown, the SMS text — as
// the template view lists them (`channels`): the editor asks only for those, since the channel routes
// (robot-template-routes.ts, sms-template-routes.ts) answer 404 for a purpose without that text.
import type { Locale } from '#core/domain/locale';
import { createMarkdownRenderer } from '#core/notify/markdown-renderer';
import { createSmsRenderer } from '#core/notify/sms-renderer';

/** A channel's path segment under /api/admin/email-templates/:name/:locale/. */
export type TemplateChannelSegment = 'markdown' | 'sms';

/** Answers the channels template `name` has a text for in `locale`, by the same test the channel routes apply. */
export function templateChannels(timeZone: string): (name: string, locale: Locale) => TemplateChannelSegment[] {
  const has: Record<TemplateChannelSegment, (name: string, locale: Locale) => boolean> = {
    markdown: createMarkdownRenderer(timeZone).has,
    sms: createSmsRenderer(timeZone).has,
  };
  return (name, locale) => (['markdown', 'sms'] as const).filter((segment) => has[segment](name, locale));
}
