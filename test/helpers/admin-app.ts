// A bare app (no Temporal) with the demo admin signed in, for a describe block of route tests: started before its
// tests, stopped after them. Read `suite.app` and `suite.admin` inside the tests (they are set by then).
import { afterAll, beforeAll } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startBareApp, type BareApp } from './bare-app';
import { HttpSession } from '#scripts/kit/http-session';

/** The running app and the admin's session. */
export interface AdminApp {
  app: BareApp;
  admin: HttpSession;
}

/** Registers the app's start and stop on the calling describe block; the fields are filled before the first test.
 * `env` adds to the app's environment (SMTP_URL, say). */
export function adminAppForSuite(env?: NodeJS.ProcessEnv): AdminApp {
  const suite = {} as AdminApp;
  beforeAll(async () => {
    suite.app = await startBareApp(env ? { env } : {});
    suite.admin = new HttpSession(suite.app.baseUrl);
    await suite.admin.login('admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await suite.app?.stop();
  });
  return suite;
}

/** A session of another demo user on the same app. */
export async function signedIn(app: BareApp, username: string): Promise<HttpSession> {
  const session = new HttpSession(app.baseUrl);
  await session.login(username, DEMO_PASSWORD);
  return session;
}
