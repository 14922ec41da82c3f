// Request counts and latencies by route pattern and status, for Prometheus. The label is the route as declared
// (`/api/tasks/:id`), never the path as asked: ids and case numbers would make a series per record and leak them.
import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram, type Registry } from 'prom-client';

/** Latency buckets in seconds: a page's API calls live between 5 ms and 2 s; a dashboard may take longer. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The route a request matched, as its router declared it, or what kind of thing it was when no API route took it. */
export function routeLabel(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === 'string') return `${req.baseUrl}${pattern}`;
  if (req.path.startsWith('/assets/')) return 'assets';
  return /^\/+api(\/|$)/i.test(req.path) ? 'api-unmatched' : 'page';
}

/** Adds the HTTP families to `registry` and returns the middleware that feeds them. */
export function httpMetrics(registry: Registry) {
  const requests = new Counter({
    name: 'fugong_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'fugong_http_request_duration_seconds',
    help: 'Time from the request arriving to the answer being written, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const labels = { method: req.method, route: routeLabel(req), status: String(res.statusCode) };
      requests.inc(labels);
      duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
