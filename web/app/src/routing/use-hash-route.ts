// Follows the location hash; each page's heading takes focus itself (see PageHeading).
import { useEffect, useState } from 'react';
import { parseRoute } from './parse-route';
import type { Route } from './route';

/** The current route, updated on every hash change. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
