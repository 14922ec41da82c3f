// While a page holds unsaved work: the browser's own prompt before a reload, a closed tab or another site, and
// `message` in a confirmation before an in-app link or the back button changes the route (leave-guard.ts).
import { useEffect } from 'react';
import { addLeaveGuard } from './leave-guard';

/** Asks before leaving while `dirty`. */
export function useLeaveGuard(dirty: boolean, message: string): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show their prompt only when returnValue is set; none shows our words.
      event.returnValue = message;
    };
    window.addEventListener('beforeunload', beforeUnload);
    const removeGuard = addLeaveGuard(() => window.confirm(message));
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      removeGuard();
    };
  }, [dirty, message]);
}
