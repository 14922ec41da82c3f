// Pages with unsaved work ask before the route changes. A hash change has already happened when the app hears of it,
// so a refused one is undone by putting the old address back (replaceState fires no second hashchange).

/** Answers whether the page may be left: true to go, false to stay. */
export type LeaveCheck = () => boolean;

const checks = new Set<LeaveCheck>();

/** Registers a check asked before every route change; returns its removal. */
export function addLeaveGuard(check: LeaveCheck): () => void {
  checks.add(check);
  return () => void checks.delete(check);
}

/** True when every registered check lets the page go (none asked once one says stay). */
export function mayLeave(): boolean {
  for (const check of checks) if (!check()) return false;
  return true;
}

/** Decides a hash change: false (and the old address restored through `history`) when a page refuses to be left. */
export function acceptHashChange(event: Pick<HashChangeEvent, 'oldURL'>, history: Pick<History, 'replaceState' | 'state'>): boolean {
  if (mayLeave()) return true;
  history.replaceState(history.state, '', event.oldURL);
  return false;
}
