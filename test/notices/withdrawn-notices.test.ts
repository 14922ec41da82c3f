// A commendation or good-practice article taken off the bulletin leaves no gap in HQ's view: the public no longer sees
// it, but HQ and administrators read it as withdrawn, with when, by whom and why (the audit entry of the withdrawal).
// Withdrawing without a reason is refused at the field, in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { signedIn } from '../helpers/admin-app';
import { testDatabases } from '../helpers/test-db';
import { insertPublishedArticle } from './notice-fixture';

describe.each(testDatabases())('withdrawn notices on $name', (database) => {
  let app: BareApp;
  let article: number;

  beforeAll(async () => {
    app = await startBareApp({ database });
    const enterprise = await app.db('enterprises').orderBy('id').first('id');
    const author = await app.db('users').where({ username: 'class-coordination' }).first('id');
    article = await insertPublishedArticle(app.db, Number(enterprise.id), Number(author.id), 'no-such-upload');
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a withdrawal without a reason at the field, in both languages, and leaves the article published', async () => {
    const hq = await signedIn(app, 'hq');
    for (const body of [{}, { reason: '' }, { reason: '   ' }]) {
      const refused = await hq.request('POST', `/api/notices/${article}/withdraw`, body);
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('invalid_body');
      expect(refused.body.error.details.map((d: { path: string }) => d.path)).toContain('/reason');
    }
    expect((await hq.request('POST', `/api/notices/${article}/withdraw`, {})).body.error.details[0].message).toBe('请填写「撤回理由」');
    hq.locale = 'en';
    const english = await hq.request('POST', `/api/notices/${article}/withdraw`, { reason: ' ' });
    expect(english.body.error).toMatchObject({ message: 'Some fields need attention' });
    expect(english.body.error.details).toContainEqual({ path: '/reason', message: 'Enter “Reason for withdrawing”' });
    expect(english.body.error.details.every((d: { path: string }) => d.path === '/reason')).toBe(true);
    expect((await app.db('notices').where({ id: article }).first('status')).status).toBe('published');
  });

  it('shows HQ and administrators a withdrawn article with when, by whom and why; the public sees it no more', async () => {
    const hq = await signedIn(app, 'hq');
    expect((await hq.request('GET', '/api/notices/withdrawn')).body).toMatchObject({ notices: [], page: { total: 0 } });

    const withdrawn = await hq.request('POST', `/api/notices/${article}/withdraw`, { reason: '  企业名称有误，更正后重发 ' });
    expect(withdrawn).toMatchObject({ status: 200, body: { notice: { id: article, status: 'withdrawn' } } });
    const visitor = new HttpSession(app.baseUrl);
    expect(((await visitor.request('GET', '/api/notices')).body.notices as { id: number }[]).map((n) => n.id)).not.toContain(article);

    const hqName = (await app.db('users').where({ username: 'hq' }).first('display_name')).display_name;
    for (const reader of [hq, await signedIn(app, 'admin')]) {
      const answer = await reader.request('GET', '/api/notices/withdrawn');
      expect(answer.status).toBe(200);
      expect(answer.body.page.total).toBe(1);
      expect(answer.body.notices).toEqual([
        expect.objectContaining({
          id: article,
          kind: 'article',
          status: 'withdrawn',
          content: expect.objectContaining({ 'zh-CN': { title: '复工经验', text: '分批返岗。' } }),
          withdrawal: { at: expect.any(String), reason: '企业名称有误，更正后重发', by: hqName },
        }),
      ]);
      expect(Date.parse(answer.body.notices[0].withdrawal.at)).toBeLessThanOrEqual(Date.now());
    }
    expect((await hq.request('GET', '/api/notices/withdrawn?kind=commendation')).body.notices).toEqual([]);

    for (const username of ['class-coordination', 'cadre1', 'ent01']) {
      const refused = await (await signedIn(app, username)).request('GET', '/api/notices/withdrawn');
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
    }
    expect((await visitor.request('GET', '/api/notices/withdrawn')).status).toBe(401);
  });
});
