// The public bulletin: what it shows, and lodging an objection to an open publicity window (no sign-in needed).
import type { Locale } from '#core/domain/locale';
import { apiRequest } from './api-request';
import { listPath, MAX_PAGE, type Page } from './paging';
import { unsafeRequest } from './unsafe-request';

/** A notice on the public bulletin. */
export interface PublicNotice {
  id: number;
  kind: 'publicity' | 'commendation' | 'article';
  status: 'open' | 'under-review' | 'closed' | 'objected' | 'published' | 'withdrawn';
  /** What the notice announces: the case behind it, and the enterprise it is about. */
  about: { kind: 'case'; id: string; caseNumber: string | null; enterprise: { id: number; name: string | null } | null };
  /** Where an article's images load from (public while it is published). */
  images: string[];
  content: Record<Locale, { title: string; text: string }>;
  /** Objections taken, the objector's mobile masked. */
  /** Objections by when they were lodged and where their review stands; who lodged one is never public. */
  objections: { status: 'lodged' | 'under-review' | 'upheld' | 'dismissed'; lodgedAt: string }[];
  closesAt: string | null;
  /** A publicity window reopened after an objection was reviewed and dismissed: it closes later than it first said. */
  extended: boolean;
  createdAt: string;
}

/** A commendation or article taken off the bulletin, with when, why and by whom (HQ and administrators read these). */
export interface WithdrawnNotice extends PublicNotice {
  withdrawal: { at: string; reason: string | null; by: string | null };
}

/** One of the campaign office's contacts, as GET /api/contacts answers (public). */
export interface PublicContact {
  name: string;
  phone?: string;
  email?: string;
  purpose?: string;
  /** What for, in English, when the office wrote it. */
  purposeEn?: string;
}

/** Calls of the bulletin page. */
export const noticeApi = {
  /** The campaign office's contacts (no sign-in needed). */
  contacts: (signal?: AbortSignal) => apiRequest<{ contacts: PublicContact[] }>('/api/contacts', { signal }),
  /** Open publicity windows and published commendations, newest first. */
  /** The whole bulletin (one page of the most the API gives: a bulletin holds far fewer). */
  list: (signal?: AbortSignal) =>
    apiRequest<{ notices: PublicNotice[]; page: Page }>(listPath('/api/notices', {}, { limit: MAX_PAGE }), { signal }),
  /** The commendations and articles withdrawn from the bulletin, latest first (HQ, administrators). */
  withdrawn: (signal?: AbortSignal) =>
    apiRequest<{ notices: WithdrawnNotice[]; page: Page }>(listPath('/api/notices/withdrawn', {}, { limit: MAX_PAGE }), { signal }),
  /** Lodges an objection to an open publicity window, with the objector's contact. */
  object: (noticeId: number, reason: string, contact: { name: string; mobile: string }) =>
    unsafeRequest<{ accepted: true }>(`/api/notices/${noticeId}/objections`, { method: 'POST', body: { reason, contact } }),
  /** Takes a published commendation or article off the bulletin (HQ, administrators). */
  withdraw: (noticeId: number, reason: string) =>
    unsafeRequest<{ notice: { id: number; status: 'withdrawn' } }>(`/api/notices/${noticeId}/withdraw`, {
      method: 'POST',
      body: { reason },
    }),
};
