// The exports that write an audit row are GETs, and a link followed from another site carries the session cookie
// (SameSite=Lax): such a link must neither hand over the export nor write the other site's reason under the user's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const FULL_EXPORT = `/api/admin/forms/difficulty-report/export.csv?full=1&reason=${encodeURIComponent('例行抽查核对')}`;
const AUDIT_EXPORT = '/api/audit/export.csv';
/** What a browser sends when a page of another site links to the address and the user follows it. */
const FROM_ANOTHER_SITE = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
const FROM_OUR_PAGE = { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };

describe('audited exports followed from another site', () => {
  let app: BareApp;
  let hq: HttpSession;
  let admin: HttpSession;

  const signedIn = async (username: string) => {
    const session = new HttpSession(app.baseUrl);
    await session.login(username, DEMO_PASSWORD);
    return session;
  };
  /** The audit entries of `action`, as an admin reads them. */
  const audited = async (action: string) => (await admin.request('GET', `/api/audit?action=${action}`)).body.entries as unknown[];

  beforeAll(async () => {
    app = await startBareApp();
    hq = await signedIn('hq');
    admin = await signedIn('admin');
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses HQ’s full export sent from another site, saying why, and records no export in HQ’s name', async () => {
    const answer = await hq.request('GET', FULL_EXPORT, undefined, { headers: FROM_ANOTHER_SITE });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({ code: 'foreign_origin', message: expect.stringContaining('请求来自其他网站') });
    expect(JSON.stringify(answer.body)).not.toContain('案件编号');
    expect(await audited('submissions.full-export')).toEqual([]);
  });

  it('still gives the full export from our own page or a script, and audits it with its reason', async () => {
    for (const headers of [FROM_OUR_PAGE, {}]) {
      const answer = await hq.request('GET', FULL_EXPORT, undefined, { headers });
      expect(answer.status).toBe(200);
      expect(String(answer.body)).toContain('案件编号');
    }
    expect(await audited('submissions.full-export')).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ username: 'hq' }),
        summary: expect.objectContaining({ reason: '例行抽查核对' }),
      }),
      expect.objectContaining({
        actor: expect.objectContaining({ username: 'hq' }),
        summary: expect.objectContaining({ reason: '例行抽查核对' }),
      }),
    ]);
  });

  it('refuses the audit log’s export sent from another site, and keeps it for our own page', async () => {
    const foreign = await admin.request('GET', AUDIT_EXPORT, undefined, { headers: FROM_ANOTHER_SITE });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('foreign_origin');
    expect(await audited('audit.export')).toEqual([]);
    const own = await admin.request('GET', AUDIT_EXPORT, undefined, { headers: FROM_OUR_PAGE });
    expect(own.status).toBe(200);
    expect(await audited('audit.export')).toHaveLength(1);
  });
});
