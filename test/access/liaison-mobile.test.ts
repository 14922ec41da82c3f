// An enterprise's liaison mobile in the directory: in full for those who call the liaison (the enterprise, its cadre,
// HQ) and the admin who edits it; masked for working-group members and inspectors, who read the directory city-wide.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const MOBILE = '13611112222';
const MASKED = '136****2222';

describe("an enterprise's liaison mobile", () => {
  let app: BareApp;
  let enterpriseId: number;

  const signedIn = async (username: string) => {
    const session = new HttpSession(app.baseUrl);
    await session.login(username, DEMO_PASSWORD);
    return session;
  };
  /** The liaison mobile `username` reads on the enterprise's record and in the directory's row of it. */
  const mobilesFor = async (username: string) => {
    const session = await signedIn(username);
    const one = await session.request('GET', `/api/enterprises/${enterpriseId}`);
    const list = await session.request('GET', `/api/enterprises?q=${encodeURIComponent('齐鲁轨道')}`);
    const row = list.body.enterprises.find((enterprise: { id: number }) => enterprise.id === enterpriseId);
    return { one: one.body.enterprise.liaisonMobile, row: row.liaisonMobile };
  };

  beforeAll(async () => {
    app = await startBareApp();
    enterpriseId = (await app.db('users').where({ username: 'ent06' }).first('enterprise_id')).enterprise_id;
    const admin = await signedIn('admin');
    const answer = await admin.request('PATCH', `/api/enterprises/${enterpriseId}`, { liaisonName: '联络人丙', liaisonMobile: MOBILE });
    expect(answer.body.enterprise.liaisonMobile).toBe(MOBILE);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('is masked for a service working group member and an inspector, on the record and in the list', async () => {
    for (const username of ['class-personnel', 'inspector-town']) {
      expect(await mobilesFor(username), username).toEqual({ one: MASKED, row: MASKED });
    }
  });

  it('is whole for the enterprise, its cadre, HQ and the admin', async () => {
    for (const username of ['ent06', 'cadre2', 'hq', 'admin']) {
      expect(await mobilesFor(username), username).toEqual({ one: MOBILE, row: MOBILE });
    }
  });
});
