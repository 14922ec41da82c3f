// A path the API serves, asked with a method it does not take, is answered 405 with the methods it takes (`Allow`),
// not the 404 of a path that does not exist: a caller who sent DELETE to /api/gate/setup learns the route is there
// and how to call it. The routes are read from the app's routers (route-list.ts) at the first such request.
import type { Application, RequestHandler } from 'express';
import { AppError } from '#core/errors';
import { servedRoutes } from './route-list';

interface Declared {
  segments: string[];
  method: string;
}

// `/api/tasks/:id/decide` against `/api/tasks/7/decide`: a `:name` segment takes any one non-empty segment; the rest,
// exactly (routing is strict and case-sensitive, create-app.ts).
const fits = (declared: string[], asked: string[]) =>
  declared.length === asked.length && declared.every((part, i) => (part.startsWith(':') ? asked[i] !== '' : part === asked[i]));

/** The methods `path` is served with, GET bringing HEAD as express does; empty when no route has that path. */
export function methodsServing(routes: readonly Declared[], path: string): string[] {
  const asked = path.split('/');
  const methods = new Set(routes.filter((route) => fits(route.segments, asked)).map((route) => route.method));
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/** Passes a request on unless its path is served with other methods: then 405 `method_not_allowed` with `Allow`. */
export function methodNotAllowed(app: Application): RequestHandler {
  let routes: Declared[] | undefined;
  return (req, res, next) => {
    routes ??= servedRoutes(app).map((route) => ({ segments: route.path.split('/'), method: route.method }));
    const allowed = methodsServing(routes, req.path);
    if (!allowed.length) return next();
    res.set('Allow', allowed.join(', '));
    next(
      new AppError(405, 'method_not_allowed', {
        'zh-CN': `此接口不支持 ${req.method}，可用：${allowed.join('、')}`,
        en: `This route does not take ${req.method}; it takes ${allowed.join(', ')}`,
      }),
    );
  };
}
