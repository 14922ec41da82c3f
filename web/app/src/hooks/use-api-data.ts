// Loads data for a page, cancels on unmount or when the inputs change, and offers a retry.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';

/** The state of one load. */
export interface ApiData<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` now and whenever `deps` change; `load` receives an AbortSignal for its requests. */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): ApiData<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  // `load` is usually an inline closure: the newest one runs, and the caller's `deps` say when to run it again.
  const run = useEffectEvent(load);
  const inputs = useChangeCount(deps);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    run(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(reason);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [inputs, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, loading, reload };
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
