// The channels of a template purpose beside its email parts (admins only): the group-robot markdown and the SMS text,
// shipped and edited, save, revert, preview (with replaced sample values). Answers name the text after the channel (`markdown`, `text`); these calls
// hand the editor one shape.
import type { Locale } from '#core/domain/locale';
import { apiRequest } from './api-request';
import { unsafeRequest as unsafe } from './unsafe-request';

/** A channel's path segment under /api/admin/email-templates/:name/:locale/. */
export type TemplateChannelSegment = 'markdown' | 'sms';

/** One channel's text of one purpose in one language. */
export interface ChannelTemplateDetail {
  name: string;
  locale: Locale;
  shipped: string;
  edited: { text: string; updatedAt: string } | null;
}

/** A preview: the rendered text, and for SMS its length against the one-message budget. */
export interface ChannelTemplatePreview {
  text: string;
  measure?: { length: number; budget: number; fits: boolean };
}

const FIELD: Record<TemplateChannelSegment, string> = { markdown: 'markdown', sms: 'text' };

type Raw = { name: string; locale: Locale; shipped: string; edited: (Record<string, string> & { updatedAt: string }) | null };

/** Typed calls to /api/admin/email-templates/:name/:locale/<segment>. */
export function channelTemplateApi(segment: TemplateChannelSegment) {
  const field = FIELD[segment];
  const path = (name: string, locale: Locale) =>
    `/api/admin/email-templates/${encodeURIComponent(name)}/${encodeURIComponent(locale)}/${segment}`;
  const detail = ({ template }: { template: Raw }): ChannelTemplateDetail => ({
    name: template.name,
    locale: template.locale,
    shipped: template.shipped,
    edited: template.edited && { text: template.edited[field] ?? '', updatedAt: template.edited.updatedAt },
  });
  return {
    async get(name: string, locale: Locale, signal?: AbortSignal): Promise<ChannelTemplateDetail> {
      return detail(await apiRequest<{ template: Raw }>(path(name, locale), { signal }));
    },
    async save(name: string, locale: Locale, text: string): Promise<ChannelTemplateDetail> {
      return detail(await unsafe<{ template: Raw }>(path(name, locale), { method: 'PUT', body: { [field]: text } }));
    },
    async revert(name: string, locale: Locale): Promise<ChannelTemplateDetail> {
      return detail(await unsafe<{ template: Raw }>(path(name, locale), { method: 'DELETE' }));
    },
    /** Renders `text` with the sample data, the replaced values in `data` over it (texts, and yes or no for the yes/no
     * variables, to read each branch). */
    async preview(
      name: string,
      locale: Locale,
      text: string,
      data: Record<string, string | boolean> = {},
    ): Promise<ChannelTemplatePreview> {
      const { rendered } = await unsafe<{ rendered: Record<string, unknown> }>(`${path(name, locale)}/preview`, {
        method: 'POST',
        body: { [field]: text, data },
      });
      if (segment === 'markdown') return { text: String(rendered.markdown) };
      const { length, budget, fits } = rendered as { length: number; budget: number; fits: boolean };
      return { text: String(rendered.text), measure: { length, budget, fits } };
    },
  };
}
