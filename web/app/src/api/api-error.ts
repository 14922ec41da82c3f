// Every failed request becomes one of these; components show `message` (already in the user's language).
import type { ErrorDetail } from './api-types';

/** A request that did not succeed: HTTP status 0 means the server could not be reached; `body` is the parsed answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
