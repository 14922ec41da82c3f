// Administrators' calls for the email templates: list, read, save, revert, preview and test-send.
import type { TestSendResult } from '#core/api/email-template-types';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { apiRequest } from './api-request';
import type { TemplateChannelSegment } from './channel-template-api';
import { listPath, MAX_PAGE, type Page } from './paging';
import { unsafeRequest } from './unsafe-request';

/** The three editable parts of a template in one language. */
export interface TemplateTexts {
  subject: string;
  html: string;
  text: string;
}

/** One template in the list, with whether each language uses an edited copy. */
export interface TemplateSummary {
  name: string;
  purpose: LocalizedText;
  /** Set for a template an admin created: the shipped template whose role it plays. */
  createdPurpose: string | null;
  locales: Record<Locale, { edited: boolean; updatedAt: string | null }>;
}

/** One template in one language: the shipped text, the admin's copy if any, and the sample data previews use. */
export interface TemplateDetail {
  name: string;
  locale: Locale;
  purpose: LocalizedText;
  shipped: TemplateTexts;
  edited: (TemplateTexts & { updatedAt: string; updatedBy: string | null }) | null;
  sampleData: Record<string, unknown>;
  /** What the sample's variables mean, by name (those without a note are absent). */
  notes: Record<string, LocalizedText>;
  /** The channels beside email this template has a text for in this language: only those have an editor. */
  channels: TemplateChannelSegment[];
}

export type { TestSendResult };

const path = (name: string, locale: Locale) => `/api/admin/email-templates/${encodeURIComponent(name)}/${encodeURIComponent(locale)}`;

/** Typed calls to /api/admin/email-templates. */
export const emailTemplateApi = {
  /** Every template (one full page: the list and the parameter editor's pickers show them all). */
  list(signal?: AbortSignal): Promise<{ templates: TemplateSummary[]; page: Page }> {
    return apiRequest(listPath('/api/admin/email-templates', {}, { limit: MAX_PAGE }), { signal });
  },
  /** Creates a template under a new name for one purpose; it starts as that purpose's shipped text in every language. */
  create(name: string, purpose: string): Promise<{ template: TemplateDetail }> {
    return unsafeRequest('/api/admin/email-templates', { method: 'POST', body: { name, purpose } });
  },
  get(name: string, locale: Locale, signal?: AbortSignal): Promise<{ template: TemplateDetail }> {
    return apiRequest(path(name, locale), { signal });
  },
  /** Saves an edited copy; 422 `invalid_template` names the part at fault (`/subject`, `/html`, `/text`). */
  save(name: string, locale: Locale, texts: TemplateTexts): Promise<{ template: TemplateDetail }> {
    return unsafeRequest(path(name, locale), { method: 'PUT', body: texts });
  },
  /** Deletes the edited copy; the shipped text applies again. */
  revert(name: string, locale: Locale): Promise<{ template: TemplateDetail }> {
    return unsafeRequest(path(name, locale), { method: 'DELETE' });
  },
  /** Renders unsaved texts with the sample data, some values optionally replaced: texts by text, yes/no ones by a boolean. */
  preview(
    name: string,
    locale: Locale,
    texts: TemplateTexts,
    data: Record<string, string | boolean>,
  ): Promise<{ rendered: TemplateTexts }> {
    return unsafeRequest(`${path(name, locale)}/preview`, { method: 'POST', body: { ...texts, data } });
  },
  /** Sends the saved template with sample data to `to`, or to the admin's own address when empty. */
  testSend(name: string, locale: Locale, to: string): Promise<{ testSend: TestSendResult }> {
    return unsafeRequest(`${path(name, locale)}/test-send`, { method: 'POST', body: to.trim() ? { to: to.trim() } : {} });
  },
};
