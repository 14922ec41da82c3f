// One state-changing call on a task page at a time: busy flag, the error to show, and a success message.
import { useCallback, useRef, useState } from 'react';

/** State and runner of a task action. */
export interface TaskAction {
  busy: boolean;
  error: unknown;
  message: string | null;
  /** Runs `work` unless another run is under way; its result is the success message. */
  run: (work: () => Promise<string>) => Promise<boolean>;
  clear: () => void;
}

/** A runner that refuses double clicks and keeps the last outcome. */
export function useTaskAction(): TaskAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const inFlight = useRef(false);
  const run = useCallback(async (work: () => Promise<string>) => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await work());
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
