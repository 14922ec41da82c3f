// The login page points to the demo logins ("演示账号见启动输出") only while the server has the seeded demo accounts:
// GET /api/session says so in `demoData`, false once no account keeps the demo password and always in production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

const demoData = async (app: BareApp) => (await new HttpSession(app.baseUrl).request('GET', '/api/session')).body.demoData;

describe('the session answer says whether demo data is seeded', () => {
  let app: BareApp;
  let production: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
    production = await startBareApp({ env: { NODE_ENV: 'production', PUBLIC_URL: 'https://fugong.city.gov.cn' } });
  });
  afterAll(async () => {
    await app.stop();
    await production.stop();
  });

  it('is true on a server with the seeded demo accounts', async () => {
    expect(await demoData(app)).toBe(true);
  });

  it('is never true in production, even with demo accounts in the database', async () => {
    expect(await demoData(production)).toBe(false);
  });

  it('is false once no active account keeps the demo password', async () => {
    await app.db('users').update({ demo_password: false });
    expect(await demoData(app)).toBe(false);
  });
});
