// One state-changing call a person starts with a button, at a time: busy while it runs, then the error to show or
// the success message. Forms, panels and task pages share it rather than each keeping three flags of their own.
import { useCallback, useRef, useState } from 'react';

/** State and runner of an action. */
export interface Action {
  busy: boolean;
  error: unknown;
  message: string | null;
  /** Runs `work` unless another run is under way; a string it answers is the success message. Answers whether it
   * ran to the end (false: refused as a double click, or failed with `error` set). */
  run: (work: () => Promise<string | void>) => Promise<boolean>;
  /** Forgets the last outcome (the form was edited or closed). */
  clear: () => void;
}

/** A runner that refuses double clicks and keeps the last outcome. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const inFlight = useRef(false);
  const run = useCallback(async (work: () => Promise<string | void>) => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage((await work()) ?? null);
      return true;
    } catch (reason) {
      setError(reason);
      return false;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError(null);
    setMessage(null);
  }, []);
  return { busy, error, message, run, clear };
}
