// State-changing requests carry the CSRF token; when the server says it went stale, fetch a fresh one and try once more.
import { ApiError } from './api-error';
import { apiRequest, type RequestOptions } from './api-request';
import type { SessionAnswer } from './api-types';
import { requestState } from './request-state';

/** Sends a POST/PUT/PATCH/DELETE, refreshing the CSRF token once if the server answers 403 `csrf`. */
export async function unsafeRequest<T>(path: string, options: RequestOptions): Promise<T> {
  try {
    return await apiRequest<T>(path, options);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403 || error.code !== 'csrf') throw error;
    requestState.csrfToken = (await apiRequest<SessionAnswer>('/api/session')).csrfToken;
    return apiRequest<T>(path, options);
  }
}
