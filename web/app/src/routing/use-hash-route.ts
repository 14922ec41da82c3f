// Follows the location hash; each page's heading takes focus itself (see PageHeading). A route change is a transition:
// the page on screen stays until the next page's chunk has loaded, with no loading fallback in between (app.tsx says why).
import { startTransition, useEffect, useState } from 'react';
import { acceptHashChange } from './leave-guard';
import { parseRoute } from './parse-route';
import type { Route } from './route';

/** The current route, updated on every hash change a page with unsaved work lets through (leave-guard.ts). */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (event: HashChangeEvent) => {
      // A page with unsaved work may keep the reader: the address goes back and the page stays.
      if (!acceptHashChange(event, window.history)) return;
      startTransition(() => setRoute(parseRoute(window.location.hash)));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
