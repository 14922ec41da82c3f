// Lists the API routes an app serves, so tests can insist that every route is covered by the access matrix and the
// API description can be generated from the routers themselves.
import type { Application, RequestHandler } from 'express';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean>; stack?: Layer[] };
  handle?: RequestHandler & { stack?: Layer[] };
}

/** One method and path a router declares, with the handlers it runs in order (middleware first). */
export interface ServedRoute {
  method: string;
  path: string;
  handlers: RequestHandler[];
}

const listed = (path: string) => path.startsWith('/api') || path === '/healthz';

/** Every route the app's routers declare under /api (and /healthz), in the order express would try them. */
export function servedRoutes(app: Application): ServedRoute[] {
  const found: ServedRoute[] = [];
  const walk = (stack: Layer[] | undefined) => {
    for (const layer of stack ?? []) {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        const handlers = (layer.route.stack ?? []).flatMap((inner) => (inner.handle ? [inner.handle] : []));
        for (const path of paths.filter(listed))
          for (const method of Object.keys(layer.route.methods)) found.push({ method: method.toUpperCase(), path, handlers });
      } else walk(layer.handle?.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return found;
}

/** Every `METHOD /path` the app's routers declare under /api (and /healthz). */
export function listRoutes(app: Application): string[] {
  return [...new Set(servedRoutes(app).map((route) => `${route.method} ${route.path}`))].sort();
}
