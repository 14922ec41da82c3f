// Hash routing without a library: `#/forms/<key>`, `#/submissions/<id>`, `#/admin/outbox`, `#/`.
import type { Route } from './route';

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The route a location hash names; anything unknown is `notFound`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second, ...rest] = parts;
  if (!first) return { name: 'home' };
  if (rest.length === 0 && second !== undefined) {
    const value = decode(second);
    if (value && first === 'forms') return { name: 'form', key: value };
    if (value && first === 'submissions') return { name: 'submission', id: value };
    if (first === 'admin' && second === 'outbox') return { name: 'outbox' };
  }
  return { name: 'notFound' };
}
