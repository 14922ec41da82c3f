// GET /metrics for Prometheus: on the web port only with `Authorization: Bearer $METRICS_TOKEN`, or without a token on
// an internal listener (METRICS_PORT, bound to METRICS_HOST, loopback by default) that is never published. With
// neither configured the route answers 404 and says how to turn it on, so a fresh install exposes nothing.
import { timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { Router, type Request, type Response } from 'express';
import type { Database } from '#core/stores/db-types';
import { domainGauges } from './domain-gauges';
import { httpMetrics } from './http-metrics';
import { createMetricsTokenLimits } from './metrics-token-limits';

/** One process's metrics: its registry and the middleware that counts its requests. */
export interface WebMetrics {
  registry: Registry;
  middleware: ReturnType<typeof httpMetrics>;
}

/** A registry per app (tests build several apps in one process), with Node's process metrics, HTTP and domain families. */
export function createWebMetrics(db: Database, now: () => Date): WebMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'fugong_web_' });
  domainGauges(registry, db, now);
  return { registry, middleware: httpMetrics(registry) };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in constant time, whatever the lengths. */
function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

async function answer(registry: Registry, res: Response): Promise<void> {
  res.set('content-type', registry.contentType).set('cache-control', 'no-store');
  res.send(await registry.metrics());
}

/** The token-protected route on the web port; without METRICS_TOKEN it answers 404 and says how to turn it on. Wrong
 * tokens are limited per address (metrics-token-limits.ts). */
export function metricsRoutes(metrics: WebMetrics, token: string | undefined, db: Database): Router {
  const router = Router();
  const limits = createMetricsTokenLimits(db);
  router.get('/metrics', async (req: Request, res: Response) => {
    if (!token) {
      res.status(404).json({
        error: {
          code: 'metrics_off',
          message: 'Metrics are off on this port: set METRICS_TOKEN, or METRICS_PORT for an internal listener',
        },
      });
      return;
    }
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '';
    // A request without a token guesses nothing; one with a token is counted before it is compared.
    if (given) await limits.admit(req, res);
    if (!given || !tokenMatches(given, token)) {
      res
        .status(401)
        .set('www-authenticate', 'Bearer')
        .json({
          error: { code: 'metrics_token', message: 'Prometheus metrics need Authorization: Bearer <METRICS_TOKEN>' },
        });
      return;
    }
    await limits.succeeded(req);
    await answer(metrics.registry, res);
  });
  return router;
}

/** The internal listener: /metrics only, no token, on an address that is not published. */
export function listenForMetrics(metrics: WebMetrics, port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('only /metrics here\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(text),
      (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${String(error)}\n`),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
