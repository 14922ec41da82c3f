// Programmatic navigation, e.g. after a successful submit.
import type { Route } from './route';
import { routeHref } from './route-href';

/** Goes to a route; `replace` keeps the current page out of the back history. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (options.replace) window.location.replace(href);
  else window.location.hash = href;
}
