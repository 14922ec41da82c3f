// Loads data for a page through the app's query cache, under a key naming what it reads (api/query-keys.ts), so an
// action that changes it elsewhere reads it again here; cancelled on unmount or when the inputs change, with a retry.
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';

/** The state of one load. */
export interface ApiData<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` now and whenever `deps` change; `load` receives an AbortSignal for its requests. The answer is cached
 * under `key` (one of `queryKeys`) and `deps` (plain JSON values: the inputs, compared by value), so pages reading the
 * same thing share it, and invalidating the key's resource after a change reads it again wherever it is shown. */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[], key: QueryKey): ApiData<T> {
  const query = useQuery({
    queryKey: [...key, ...deps],
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
