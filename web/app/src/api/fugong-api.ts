// The API calls the app makes, typed; session answers refresh the CSRF token and name the server's time zone.
import { apiRequest } from './api-request';
import { listPath, MAX_PAGE, type Page, type PageRequest } from './paging';
import type { FormDetail, FormDraft, FormSummary, Health, OutboxMessage, SessionAnswer, Submission } from './api-types';
import { adoptServerTimeZone } from '../format/server-time-zone';
import { requestState } from './request-state';
import { unsafeRequest as unsafe } from './unsafe-request';

function remember(answer: SessionAnswer): SessionAnswer {
  requestState.csrfToken = answer.csrfToken;
  adoptServerTimeZone(answer.timeZone);
  return answer;
}

/** Typed calls to the Fugong JSON API. */
export const fugongApi = {
  async session(): Promise<SessionAnswer> {
    return remember(await apiRequest<SessionAnswer>('/api/session'));
  },
  async login(username: string, password: string): Promise<SessionAnswer> {
    return remember(await unsafe<SessionAnswer>('/api/session', { method: 'POST', body: { username, password } }));
  },
  async logout(): Promise<void> {
    await unsafe<void>('/api/session', { method: 'DELETE' });
  },
  /** Changes the signed-in user's password; the server ends their other sessions. */
  changePassword(currentPassword: string, newPassword: string): Promise<void> {
    return unsafe('/api/session/password', { method: 'POST', body: { currentPassword, newPassword } });
  },
  /** The published forms the user may fill in (one full page: the home page shows them all). */
  forms(signal?: AbortSignal): Promise<{ forms: FormSummary[]; page: Page }> {
    return apiRequest(listPath('/api/forms', {}, { limit: MAX_PAGE }), { signal });
  },
  form(key: string, signal?: AbortSignal): Promise<{ form: FormDetail }> {
    return apiRequest(`/api/forms/${encodeURIComponent(key)}`, { signal });
  },
  submit(key: string, submissionId: string, data: unknown): Promise<{ submission: Submission }> {
    return unsafe(`/api/forms/${encodeURIComponent(key)}/submissions`, { method: 'POST', body: { submissionId, data } });
  },
  /** The signed-in user's saved draft of a form, or null. */
  myDraft(key: string, signal?: AbortSignal): Promise<{ draft: FormDraft | null }> {
    return apiRequest(`/api/forms/${encodeURIComponent(key)}/my-draft`, { signal });
  },
  /** Saves the half-filled form with the submission id it will be submitted under; `keepalive` while the page closes. */
  saveMyDraft(key: string, submissionId: string, data: unknown, keepalive = false): Promise<{ draft: FormDraft }> {
    return unsafe(`/api/forms/${encodeURIComponent(key)}/my-draft`, { method: 'PUT', body: { submissionId, data }, keepalive });
  },
  discardMyDraft(key: string): Promise<void> {
    return unsafe(`/api/forms/${encodeURIComponent(key)}/my-draft`, { method: 'DELETE' });
  },
  /** A page of the submissions the user may follow, newest first, optionally by part of the case number. */
  submissions(signal?: AbortSignal, q = '', offset = 0): Promise<{ submissions: Submission[]; page: Page }> {
    return apiRequest(listPath('/api/submissions', { q: q.slice(0, 64) }, { offset }), { signal });
  },
  submission(id: string, signal?: AbortSignal): Promise<{ submission: Submission }> {
    return apiRequest(`/api/submissions/${encodeURIComponent(id)}`, { signal });
  },
  /** A page of the outbox, newest first, optionally narrowed (status, template, purpose, recipient, since, until). */
  outbox(
    page: PageRequest,
    signal?: AbortSignal,
    filters: Record<string, string> = {},
  ): Promise<{ messages: OutboxMessage[]; page: Page }> {
    return apiRequest(listPath('/api/outbox', filters, page), { signal });
  },
  /** A retryable message (see OutboxMessage.retryable) is queued again at once for the worker to send. */
  retryOutbox(id: number): Promise<{ id: number; status: string; sendsWithinSeconds: number; message: string }> {
    return unsafe(`/api/outbox/${id}/retry`, { method: 'POST', body: {} });
  },
  /** GET /healthz answers 503 with the same body when degraded, so both are read as data. */
  async health(signal?: AbortSignal): Promise<Health | null> {
    try {
      const response = await fetch('/healthz', {
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Accept-Language': requestState.locale },
        signal,
      });
      return (await response.json()) as Health;
    } catch {
      return null;
    }
  },
};
