// The group-robot channel of a template purpose (admins only): its markdown, shipped and edited, save, revert, preview.
import type { Locale } from '../../../../core/domain/locale';
import { apiRequest } from './api-request';
import { unsafeRequest as unsafe } from './unsafe-request';

/** The robot markdown of one purpose in one language. */
export interface RobotTemplateDetail {
  name: string;
  locale: Locale;
  shipped: string;
  edited: { markdown: string; updatedAt: string } | null;
}

const path = (name: string, locale: Locale) =>
  `/api/admin/email-templates/${encodeURIComponent(name)}/${encodeURIComponent(locale)}/markdown`;

/** Typed calls to /api/admin/email-templates/:name/:locale/markdown. */
export const robotTemplateApi = {
  get(name: string, locale: Locale, signal?: AbortSignal): Promise<{ template: RobotTemplateDetail }> {
    return apiRequest(path(name, locale), { signal });
  },
  save(name: string, locale: Locale, markdown: string): Promise<{ template: RobotTemplateDetail }> {
    return unsafe(path(name, locale), { method: 'PUT', body: { markdown } });
  },
  revert(name: string, locale: Locale): Promise<{ template: RobotTemplateDetail }> {
    return unsafe(path(name, locale), { method: 'DELETE' });
  },
  preview(name: string, locale: Locale, markdown: string): Promise<{ rendered: { title: string; markdown: string } }> {
    return unsafe(`${path(name, locale)}/preview`, { method: 'POST', body: { markdown } });
  },
};
