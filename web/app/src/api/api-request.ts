// One fetch wrapper: language and CSRF headers, same-origin cookies, JSON in and out (or raw text such as CSV), errors as ApiError.
import { ApiError } from './api-error';
import type { ErrorDetail } from './api-types';
import { requestState } from './request-state';

/** Options of `apiRequest`. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Sends `body` (a string) as-is with this type, e.g. `text/csv`; without it the body is JSON. */
  contentType?: string;
  signal?: AbortSignal;
  /** Lets the request outlive the page (sent while it is being closed or reloaded); the body must stay under 64 KB. */
  keepalive?: boolean;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

function toApiError(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const details = Array.isArray(error.details) ? (error.details as ErrorDetail[]) : [];
    return new ApiError(status, error.code, error.message, details, body);
  }
  // Not our error shape (a proxy, a crash page, a report such as a refused import): the UI words it from the status.
  return new ApiError(status, 'unexpected', '', [], body);
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': requestState.locale };
  if (method !== 'GET') headers['x-csrf-token'] = requestState.csrfToken;
  const raw = options.contentType !== undefined;
  if (options.body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : raw ? String(options.body) : JSON.stringify(options.body),
      signal: options.signal,
      keepalive: options.keepalive,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'network', '');
  }
}

/** Sends a request to the API and returns the parsed JSON answer (undefined for 204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    if (body === null) throw new ApiError(response.status, 'unexpected', '');
    return body as T;
  }
  const error = toApiError(response.status, body);
  if (response.status === 401 && !path.startsWith('/api/session')) requestState.onUnauthorized();
  throw error;
}
