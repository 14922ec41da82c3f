// The public bulletin for a client: each notice names what it announces (the case, by id and case number, and the
// enterprise), lists page and filter by kind, and one notice reads by its id while the bulletin shows it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { insertNotice, withdrawNotice } from '#core/stores/notices/notice-store';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';
import { insertClosedPublicity, insertPublishedArticle } from '../notices/notice-fixture';

describe('public notices', () => {
  let app: BareApp;
  let guest: HttpSession;
  const ids: Record<string, number> = {};
  let enterprise: { id: number; name: string };
  let commendedCase: string;

  beforeAll(async () => {
    app = await startBareApp();
    const { db } = app;
    const ent01 = await db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
    enterprise = await db('enterprises').where({ id: ent01.enterprise_id }).first('id', 'name');
    const upload = randomUUID();
    await db('uploads').insert({
      id: upload,
      user_id: ent01.id,
      enterprise_id: enterprise.id,
      file_name: 'a.png',
      content_type: 'image/png',
      size: 8,
      sha256: 'x'.repeat(64),
      created_at: new Date().toISOString(),
    });
    ids.article = await insertPublishedArticle(db, enterprise.id, ent01.id, upload);
    commendedCase = randomUUID();
    const at = (n: number) => new Date(Date.UTC(2026, 11, 1, n)).toISOString();
    await db('submissions').insert({
      id: commendedCase,
      form_key: 'good-deed',
      form_version: 1,
      enterprise_id: enterprise.id,
      user_id: ent01.id,
      data: '{}',
      status: 'settled',
      workflow_id: `fixture-${commendedCase}`,
      case_number: 'HS-20261201-0001',
      created_at: at(0),
      updated_at: at(0),
    });
    const notice = (kind: 'publicity' | 'commendation', status: 'open' | 'published', n: number) => {
      // The nomination's own words, as a nominator may type them: a mobile and an ID the public must not read in full.
      const text = { title: `${kind} ${n} 13912345678`, text: '主要事迹：联系电话 13912345678，负责人身份证 370102199001011872。' };
      return insertNotice(db, {
        key: `public-notices/${kind}/${n}`,
        kind,
        status,
        submissionId: commendedCase,
        enterpriseId: enterprise.id,
        content: { 'zh-CN': text, en: text },
        closesAt: kind === 'publicity' ? '2099-01-01T00:00:00.000Z' : null,
        at: at(n),
      });
    };
    ids.publicity = await notice('publicity', 'open', 1);
    ids.commendation = await notice('commendation', 'published', 2);
    ids.withdrawn = await notice('commendation', 'published', 3);
    await withdrawNotice(db, ids.withdrawn, at(4));
    ids.closed = await insertClosedPublicity(db);
    guest = new HttpSession(app.baseUrl);
  });
  afterAll(() => app.stop());

  it('names what each notice announces, by id and kind', async () => {
    const answer = await guest.request('GET', '/api/notices');
    expect(answer.status).toBe(200);
    const byId = new Map(answer.body.notices.map((n: { id: number }) => [n.id, n]));
    expect([...byId.keys()].sort()).toEqual([ids.article, ids.publicity, ids.commendation].sort());
    expect(byId.get(ids.commendation)).toMatchObject({
      id: ids.commendation,
      kind: 'commendation',
      status: 'published',
      about: { kind: 'case', id: commendedCase, caseNumber: 'HS-20261201-0001', enterprise },
    });
    expect(byId.get(ids.publicity)).toMatchObject({ kind: 'publicity', status: 'open', about: { kind: 'case', id: commendedCase } });
    expect(byId.get(ids.article)).toMatchObject({
      kind: 'article',
      about: { kind: 'case', caseNumber: null, enterprise },
      images: [`/api/notices/${ids.article}/images/0`],
    });
    expect(answer.body.page).toEqual({ limit: 50, offset: 0, total: 3 });
  });

  it('filters by kind and pages with the total', async () => {
    const commendations = await guest.request('GET', '/api/notices?kind=commendation');
    expect(commendations.body.notices.map((n: { id: number }) => n.id)).toEqual([ids.commendation]);
    expect(commendations.body.page.total).toBe(1);
    const first = await guest.request('GET', '/api/notices?limit=2');
    const second = await guest.request('GET', '/api/notices?limit=2&offset=2');
    expect(first.body.page).toEqual({ limit: 2, offset: 0, total: 3 });
    expect(second.body.page).toEqual({ limit: 2, offset: 2, total: 3 });
    expect([...first.body.notices, ...second.body.notices].map((n: { id: number }) => n.id).sort()).toEqual(
      [ids.article, ids.publicity, ids.commendation].sort(),
    );
    const bad = await guest.request('GET', '/api/notices?kind=rumour');
    expect(bad.status).toBe(422);
    expect(bad.body.error.details[0].path).toBe('?kind');
  });

  it("masks a mobile or ID typed into a notice's words, as an objection's reason is", async () => {
    const list = await guest.request('GET', '/api/notices');
    const one = await guest.request('GET', `/api/notices/${ids.commendation}`);
    for (const body of [JSON.stringify(list.body), JSON.stringify(one.body)]) {
      expect(body).not.toContain('13912345678');
      expect(body).not.toContain('370102199001011872');
    }
    expect(one.body.notice.content['zh-CN']).toEqual({
      title: 'commendation 2 139****5678',
      text: '主要事迹：联系电话 139****5678，负责人身份证 370102********1872。',
    });
  });

  it('answers 404 for an image whose file is gone from the disk, and keeps serving', async () => {
    // The article's upload row is there, its file is not (a disk restored from an older backup): the public image route
    // must not leave a read error unheard, which ended the whole web process.
    const gone = await fetch(`${app.baseUrl}/api/notices/${ids.article}/images/0`);
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.code).toBe('not_found');
    expect((await guest.request('GET', '/api/notices')).status).toBe(200);
  });

  it('reads one notice by its id while the bulletin shows it, signed in or not', async () => {
    const one = await guest.request('GET', `/api/notices/${ids.commendation}`);
    expect(one.status).toBe(200);
    expect(one.body.notice).toMatchObject({ id: ids.commendation, kind: 'commendation', about: { id: commendedCase } });
    const hq = new HttpSession(app.baseUrl, 'en');
    await hq.login('hq', DEMO_PASSWORD);
    expect((await hq.request('GET', `/api/notices/${ids.article}`)).body.notice).toMatchObject({ id: ids.article, kind: 'article' });
    for (const hidden of [ids.withdrawn, ids.closed, 999_999]) {
      const answer = await hq.request('GET', `/api/notices/${hidden}`);
      expect(answer.status).toBe(404);
      expect(answer.body.error.message).toBe('Notice not found');
    }
  });
});
