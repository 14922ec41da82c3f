// Which declared route a request reaches, as express would match it (case-sensitive, strict): the fuzzer's suffixes
// and swapped methods often land on another route than the one it aimed at, or on none.

const patterns = new Map<string, RegExp>();

function patternOf(route: string): RegExp {
  let regex = patterns.get(route);
  if (!regex) {
    const path = route.split(' ')[1]!;
    const source = path
      .split(/(:\w+)/)
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    regex = new RegExp(`^${source}$`);
    patterns.set(route, regex);
  }
  return regex;
}

/** The `METHOD /pattern` of `routes` that serves `method path` (path as sent, with its query), or undefined. HEAD is
 * served by GET routes; a literal route wins over one with parameters. */
export function servedRoute(routes: string[], method: string, path: string): string | undefined {
  const pathname = new URL(path, 'http://drill').pathname;
  const wanted = method === 'HEAD' ? 'GET' : method;
  const matches = routes.filter((route) => route.startsWith(`${wanted} `) && patternOf(route).test(pathname));
  return matches.find((route) => !route.includes(':')) ?? matches[0];
}
