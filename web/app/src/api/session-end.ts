// Why the login page stands where a page was: the session ended under the reader (a 401 mid-session: it expired, or a
// password change elsewhere ended it), and whether what they were filling in was kept as a draft. The login page says
// so; the route is left as it was, so signing in again returns to that page (and a form resumes its draft).
import { useSyncExternalStore } from 'react';
import { ApiError } from './api-error';

/** `ended`: nothing was being entered; `draftKept`: the form's entries are in its stored draft; `notSaved`: they are not. */
export type SessionEnd = 'ended' | 'draftKept' | 'notSaved';

let current: SessionEnd | null = null;
const listeners = new Set<() => void>();

function set(next: SessionEnd | null): void {
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

/** Records that the session ended under the reader; what a form knows (kept or not) overrides the bare `ended`. */
export function noteSessionEnded(how: SessionEnd): void {
  if (how === 'ended' && current !== null) return;
  set(how);
}

/** Forgets it: the reader signed in again, or signed out themselves. */
export function clearSessionEnd(): void {
  set(null);
}

/** Whether `error` is the API saying nobody is signed in (the session ended). */
export function isSignedOutError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** How the session ended, if it did, for the login page. */
export function useSessionEnd(): SessionEnd | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => current,
  );
}
