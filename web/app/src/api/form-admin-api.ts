// Administrators' calls for forms as data: list, create, draft, check, publish, retire, test-submit. Only the form editor imports it.
import type { AudienceExclusion, FormDefinition } from '#forms/form-definition';
import type { ProcessTypeOffer, StarterOffer } from '#core/api/form-admin-types';
import type { Locale, LocalizedText } from '#core/domain/locale';
import type { Role } from '#core/org/org-types';
import { apiRequest } from './api-request';
import { listPath, MAX_PAGE, type Page, type PageRequest } from './paging';
import type { ErrorDetail } from './api-types';
import { unsafeRequest } from './unsafe-request';

/** A form's lifecycle as the admin list shows it. */
export type FormListStatus = 'published' | 'retired' | 'draft-only';

/** One line of the admin form list. */
export interface AdminFormSummary {
  key: string;
  title: LocalizedText;
  audience: Role[];
  audienceExcludes?: AudienceExclusion[];
  processType: string;
  latestVersion: number | null;
  status: FormListStatus;
  hasDraft: boolean;
  versions: number;
  running: number;
}

export type { ProcessTypeOffer, StarterOffer };

/** The editable part of a definition (what PUT …/draft takes): the stored definition without its key and version. */
export type EditableDefinition = Omit<FormDefinition, 'key' | 'version' | 'casePrefix'>;

/** One stored version of a definition. */
export interface StoredDefinition extends EditableDefinition {
  key: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  source: 'shipped' | 'admin';
  author: string;
  createdAt: string;
}

/** GET /api/admin/forms/:key: every version (newest first, the draft first of all) and running instances by version. */
export interface FormVersions {
  versions: StoredDefinition[];
  running: Record<string, number>;
}

/** What POST …/test-submit answers: the problems the server finds in the sample data (none means it would be accepted). */
export interface TestSubmitAnswer {
  version: number | null;
  status: string;
  errors: ErrorDetail[];
}

const base = (key: string) => `/api/admin/forms/${encodeURIComponent(key)}`;

/** Typed calls to /api/admin/forms. */
export const formAdminApi = {
  /** Every form by key (one full page), with the process types and starters offered. */
  list(
    signal?: AbortSignal,
    page: PageRequest = { limit: MAX_PAGE },
  ): Promise<{ forms: AdminFormSummary[]; page: Page; processTypes: ProcessTypeOffer[]; starters: StarterOffer[] }> {
    return apiRequest(listPath('/api/admin/forms', {}, page), { signal });
  },
  create(key: string, title: LocalizedText, processType: string, starter?: string): Promise<{ draft: StoredDefinition }> {
    return unsafeRequest('/api/admin/forms', { method: 'POST', body: { key, title, processType, ...(starter ? { starter } : {}) } });
  },
  versions(key: string, signal?: AbortSignal): Promise<FormVersions> {
    return apiRequest(base(key), { signal });
  },
  check(definition: EditableDefinition & { key: string }): Promise<{ problems: ErrorDetail[] }> {
    return unsafeRequest('/api/admin/forms/check', { method: 'POST', body: definition });
  },
  saveDraft(key: string, definition: EditableDefinition): Promise<{ draft: StoredDefinition }> {
    return unsafeRequest(`${base(key)}/draft`, { method: 'PUT', body: definition });
  },
  discardDraft(key: string): Promise<void> {
    return unsafeRequest(`${base(key)}/draft`, { method: 'DELETE' });
  },
  publish(key: string): Promise<{ key: string; version: number; running: Record<string, number> }> {
    return unsafeRequest(`${base(key)}/publish`, { method: 'POST' });
  },
  retire(key: string): Promise<void> {
    return unsafeRequest(`${base(key)}/retire`, { method: 'POST' });
  },
  /** Validates sample data on the server against `definition` (the unsaved edit) as a real submission would be, the
   * problems worded in `locale` (the previewed language, which may not be the app's). */
  testSubmit(key: string, data: unknown, definition: EditableDefinition, locale?: Locale): Promise<TestSubmitAnswer> {
    const lang = locale ? `?lang=${encodeURIComponent(locale)}` : '';
    return unsafeRequest(`${base(key)}/test-submit${lang}`, { method: 'POST', body: { data, definition } });
  },
  /** Where the browser downloads a form's submissions as CSV (a plain link: the session cookie authorises it). */
  exportHref(key: string): string {
    return `${base(key)}/export.csv`;
  },
};
