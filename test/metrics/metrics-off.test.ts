// A fresh install exposes no metrics on its public port: /metrics answers 404 and says how to turn them on, and the
// request counter counts by route pattern even for refused and unmatched requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('metrics off by default (web app alone)', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers 404 with the way to enable them, even with a bearer token', async () => {
    for (const headers of [{}, { authorization: 'Bearer anything-at-all-here' }] as Record<string, string>[]) {
      const response = await fetch(`${app.baseUrl}/metrics`, { headers });
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('metrics_off');
      expect(body.error.message).toMatch(/METRICS_TOKEN/);
    }
  });
});
