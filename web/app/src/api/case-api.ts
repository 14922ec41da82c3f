// The reporting enterprise's side of a case (GET/POST /api/submissions/:id/case…) and the working-day calendar.
import { apiRequest } from './api-request';
import { listPath, MAX_PAGE, type Page } from './paging';
import { unsafeRequest as unsafe } from './unsafe-request';

/** What a ladder waits on now (workflows/enterprise-replies.ts `LadderState`). */
export interface CaseState {
  phase: 'task' | 'returned' | 'awaiting-confirmation' | 'publicity' | 'done';
  stage: string | null;
  /** The open rung's deadline, or the confirm-by time while awaiting confirmation. */
  dueAt: string | null;
  /** While returned: how much of the rung's time is left when the clock restarts. */
  pausedRemainingMs: number | null;
}

/** One marked day of the working calendar. */
export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

const casePath = (id: string) => `/api/submissions/${encodeURIComponent(id)}/case`;

/** Typed calls for cases and the calendar. */
export const caseApi = {
  /** The case's state; null when the submission is not a ladder or its workflow has ended. */
  state(id: string, signal?: AbortSignal): Promise<{ state: CaseState | null }> {
    return apiRequest(casePath(id), { signal });
  },
  /** Answers a "return for more information", with the references (`upload:<id>`) of the files uploaded for it. */
  reply(id: string, text: string, files: string[] = []): Promise<{ accepted: true }> {
    return unsafe(`${casePath(id)}/reply`, { method: 'POST', body: files.length ? { text, files } : { text } });
  },
  /** Confirms a resolution, or reopens the case with a reason. */
  verdict(id: string, verdict: 'confirm' | 'reopen', reason?: string): Promise<{ accepted: true }> {
    return unsafe(`${casePath(id)}/verdict`, { method: 'POST', body: reason === undefined ? { verdict } : { verdict, reason } });
  },
  /** The marked days of a year (one full page: a year has far fewer than the most a page holds). */
  calendar(year: number, signal?: AbortSignal): Promise<{ year: number; days: CalendarDay[]; page: Page }> {
    return apiRequest(listPath('/api/calendar', { year }, { limit: MAX_PAGE }), { signal });
  },
  setDay(date: string, kind: CalendarDay['kind'], name: string): Promise<{ day: CalendarDay }> {
    return unsafe(`/api/calendar/${encodeURIComponent(date)}`, { method: 'PUT', body: { kind, name } });
  },
  clearDay(date: string): Promise<void> {
    return unsafe(`/api/calendar/${encodeURIComponent(date)}`, { method: 'DELETE' });
  },
};
