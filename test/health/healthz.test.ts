// /healthz tells a load balancer up or down per dependency; why a dependency is down goes to the log only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const SECRET_DETAIL = 'connect ECONNREFUSED 10.20.30.40:7233 (user fugong_admin)';

describe('/healthz', () => {
  let up: BareApp;
  let down: BareApp;
  beforeAll(async () => {
    up = await startBareApp({ temporal: { workflowService: { getSystemInfo: async () => ({}) } } });
    down = await startBareApp({
      temporal: {
        workflowService: {
          getSystemInfo: async () => {
            throw new Error(SECRET_DETAIL);
          },
        },
      },
    });
  });
  afterAll(async () => {
    await up?.stop();
    await down?.stop();
  });

  it('answers 200 with every dependency up', async () => {
    const response = await fetch(`${up.baseUrl}/healthz`);
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { status: 'ok', db: { ok: true, state: 'up' }, temporal: { ok: true, state: 'up' } },
    });
  });

  it('answers 503 naming the dependency that is down, without its error text, which the log keeps', async () => {
    const response = await fetch(`${down.baseUrl}/healthz`);
    const text = await response.text();
    expect({ status: response.status, body: JSON.parse(text) }).toEqual({
      status: 503,
      body: { status: 'degraded', db: { ok: true, state: 'up' }, temporal: { ok: false, state: 'down' } },
    });
    expect(text).not.toContain('ECONNREFUSED');
    const logged = down.logLines.map((line) => JSON.parse(line)).find((line) => line.msg === 'health check: dependency down');
    expect(logged).toMatchObject({ level: 40, dependency: 'temporal', err: { message: SECRET_DETAIL } });
  });
});
