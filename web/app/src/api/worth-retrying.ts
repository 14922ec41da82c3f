// The one rule for asking the server again after a failed read: network trouble and server errors may pass, an answer
// such as not found, forbidden or signed out (4xx) will not change by asking again.
import { ApiError } from './api-error';

/** True when a read that failed with `error` may succeed if repeated. */
export function worthRetrying(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}
