// The app's one cache of server state (TanStack Query): pages read through it (useApiData, the pollers) and actions
// that change something invalidate what they affect, so every page showing it reads it again.
import { QueryClient } from '@tanstack/react-query';

/** A cache with the app's habits: a read fails at once (the page offers "try again"; the pollers retry at their own
 * pace by worthRetrying), nothing is read again merely because the window regained focus or the network came back, and requests go out even
 * when the browser says it is offline (the service worker answers some of them; the others fail as before). Every
 * answer is a new object, as before the cache: pages re-read what depends on it (a case's state on each read of its
 * submission, a task's timeline on each read of the task) when it arrives. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, networkMode: 'always', structuralSharing: false },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

/** The client the app root provides. Sign-out clears it, so the next user never sees the previous one's answers. */
export const queryClient = createQueryClient();
