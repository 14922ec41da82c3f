// Two web replicas behind one proxy share nothing but the database: a browser's requests land on either. Sessions and
// sign-in counts live in the app DB, so a sign-in on one replica holds on the other, a sign-out on one ends the session
// on both at once, and failed guesses spread over both replicas are counted together.
import type { Server } from 'node:http';
import type { Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig } from '#core/config';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { createLogger } from '#core/logger';
import { ATTEMPTS_PER_ACCOUNT_AND_ADDRESS } from '#web/server/session/login-limiter';
import { createApp } from '#web/server/create-app';
import { HttpSession } from '#scripts/kit/http-session';
import { freePort } from '#scripts/kit/start-script';
import { secondConnection, testDatabases } from '../helpers/test-db';

describe.each(testDatabases())('sessions across two web replicas on one $name database', (database) => {
  let close: () => Promise<void>;
  let other: Knex;
  const servers: Server[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    const opened = await database.open();
    close = opened.close;
    await prepareDatabase(opened.db, { seedDemo: true });
    other = secondConnection(opened.db);
    // Nothing here starts a workflow: no Temporal client is needed.
    const temporal = {} as Client;
    for (const db of [opened.db, other]) {
      const port = await freePort();
      const config = loadConfig({ PORT: String(port), LOG_LEVEL: 'silent' });
      const server = createApp({ config, db, temporal, logger: createLogger('test', 'silent') }).listen(port, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      servers.push(server);
      urls.push(`http://127.0.0.1:${port}`);
    }
  });
  afterAll(async () => {
    for (const server of servers) {
      server.close();
      server.closeAllConnections();
    }
    await other?.destroy();
    await close?.();
  });

  it('knows on replica B whom replica A signed in, and ends the session on A when B signs out', async () => {
    const viaA = new HttpSession(urls[0]!);
    await viaA.login('cadre1', DEMO_PASSWORD);
    const viaB = viaA.at(urls[1]!);
    expect((await viaB.request('GET', '/api/session')).body.user).toMatchObject({ username: 'cadre1', role: 'cadre' });

    expect((await viaB.request('DELETE', '/api/session')).status).toBe(204);
    expect((await viaA.request('GET', '/api/session')).body.user).toBeNull();
    const refused = await viaA.request('GET', '/api/tasks');
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toEqual(expect.any(String));
  });

  it('counts wrong passwords sent to both replicas together and refuses the next one on either', async () => {
    const browser = new HttpSession(urls[0]!);
    browser.csrfToken = (await browser.request('GET', '/api/session')).body.csrfToken;
    const replicas = [browser, browser.at(urls[1]!)];
    for (let i = 0; i < ATTEMPTS_PER_ACCOUNT_AND_ADDRESS; i++) {
      const wrong = await replicas[i % 2]!.request('POST', '/api/session', { username: 'cadre2', password: `wrong-${i}` });
      expect(wrong.status).toBe(401);
    }
    for (const replica of replicas) {
      const blocked = await replica.request('POST', '/api/session', { username: 'cadre2', password: DEMO_PASSWORD });
      expect(blocked.status).toBe(429);
      expect(blocked.body.error).toMatchObject({ code: 'too_many_attempts', message: expect.stringMatching(/\S/) });
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });
});
