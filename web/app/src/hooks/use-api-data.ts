// Loads data for a page through the app's query cache: cancelled on unmount or when the inputs change, with a retry.
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback, useState } from 'react';

/** The state of one load. */
export interface ApiData<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

// Each hook without a key of its own gets a number, so two pages never share (or show) each other's answers.
let instances = 0;

/** Runs `load` now and whenever `deps` change; `load` receives an AbortSignal for its requests. With `key` (e.g.
 * `['enterprises']`) the answer is cached under the key and `deps` (then plain JSON values), and invalidating the key
 * after a change reads it again wherever it is shown. */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[], key?: QueryKey): ApiData<T> {
  const [instance] = useState(() => ++instances);
  const inputs = useChangeCount(deps);
  const query = useQuery({
    queryKey: key ? [...key, ...deps] : ['api-data', instance, inputs],
    // The newest `load` runs (it is usually an inline closure); the caller's `deps` say when to run it again.
    queryFn: ({ signal }) => load(signal),
    // Another input keeps the previous answer on screen until the new one arrives, as the page did before.
    placeholderData: keepPreviousData,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data: query.data,
    // A new read clears the previous failure, so the page shows "loading" rather than the old error.
    error: query.isFetching ? null : (query.error ?? null),
    loading: query.isFetching || query.isPending,
    reload,
  };
}

/** Counts the renders at which some entry of `deps` changed (by `Object.is`, as React compares dependency lists). */
function useChangeCount(deps: readonly unknown[]): number {
  const [seen, setSeen] = useState(deps);
  const [count, setCount] = useState(0);
  if (deps.length !== seen.length || deps.some((value, i) => !Object.is(value, seen[i]))) {
    // Adjusting state while rendering: React renders again at once, before any effect runs.
    setSeen(deps);
    setCount((n) => n + 1);
  }
  return count;
}
