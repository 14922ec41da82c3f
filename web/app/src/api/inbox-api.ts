// Calls of the inbox and task pages: list, read, claim, release, reassign, comment, decide, saved filters.
import type { TaskAction } from '#core/domain/human-task';
import { apiRequest } from './api-request';
import { MAX_PAGE, type Page } from './paging';
import type { DecidableTask, ReassignCandidate, SavedFilter, Task, TaskComment, TaskDetail, TaskTimeline } from './inbox-types';
import { unsafeRequest } from './unsafe-request';

const taskPath = (id: string, rest = '') => `/api/tasks/${encodeURIComponent(id)}${rest}`;

/** Typed calls to /api/tasks and /api/saved-filters. */
export const inboxApi = {
  /** A page of a tab; `query` is the filter as a query string without `?` (see pages/inbox/inbox-filter.ts). */
  tasks(query: string, signal?: AbortSignal, offset = 0): Promise<{ tasks: Task[]; page: Page }> {
    const paged = [query, offset ? `offset=${offset}` : ''].filter(Boolean).join('&');
    return apiRequest(`/api/tasks${paged ? `?${paged}` : ''}`, { signal });
  },
  task(id: string, signal?: AbortSignal): Promise<TaskDetail> {
    return apiRequest(taskPath(id), { signal });
  },
  timeline(id: string, signal?: AbortSignal): Promise<TaskTimeline> {
    return apiRequest(taskPath(id, '/timeline'), { signal });
  },
  /** Who a task may be handed to (one full page: the picker offers them all). */
  candidates(id: string, signal?: AbortSignal): Promise<{ candidates: ReassignCandidate[]; page: Page }> {
    return apiRequest(`${taskPath(id, '/candidates')}?limit=${MAX_PAGE}`, { signal });
  },
  claim(id: string): Promise<{ task: DecidableTask }> {
    return unsafeRequest(taskPath(id, '/claim'), { method: 'POST' });
  },
  release(id: string): Promise<{ task: DecidableTask }> {
    return unsafeRequest(taskPath(id, '/release'), { method: 'POST' });
  },
  comment(id: string, body: string): Promise<{ comment: TaskComment }> {
    return unsafeRequest(taskPath(id, '/comments'), { method: 'POST', body: { body } });
  },
  reassign(id: string, userId: number, reason: string): Promise<{ task: DecidableTask }> {
    return unsafeRequest(taskPath(id, '/reassign'), { method: 'POST', body: { userId, reason } });
  },
  decide(id: string, action: TaskAction, data: Record<string, unknown>, comment: string): Promise<{ accepted: true; task: DecidableTask }> {
    return unsafeRequest(taskPath(id, '/decide'), { method: 'POST', body: comment ? { action, data, comment } : { action, data } });
  },
  savedFilters(signal?: AbortSignal): Promise<{ filters: SavedFilter[]; page: Page }> {
    return apiRequest(`/api/saved-filters?limit=${MAX_PAGE}`, { signal });
  },
  saveFilter(name: string, query: Record<string, string>): Promise<{ filter: SavedFilter }> {
    return unsafeRequest('/api/saved-filters', { method: 'POST', body: { name, query } });
  },
  deleteFilter(id: number): Promise<void> {
    return unsafeRequest(`/api/saved-filters/${id}`, { method: 'DELETE' });
  },
};
