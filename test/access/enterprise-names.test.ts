// The enterprises a nominator may name on a form, for the form's picker: a cadre finds its own enterprises, a
// working-group member (and HQ, an admin) every enterprise — the same scope the submission accepts a nominee from —
// each with its name and credit code and nothing else; an enterprise, a gate officer and a visitor are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('the enterprise names a nominator picks from', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(() => app.stop());

  const names = async (username: string, query = '') => {
    const answer = await (await signedIn(app.baseUrl, username)).request('GET', `/api/enterprise-names${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as { enterprises: Record<string, unknown>[]; page: { total: number } };
  };
  const everyEnterprise = async () =>
    (await app.db('enterprises').orderBy('name').select('name', 'credit_code')).map((e) => ({ name: e.name, creditCode: e.credit_code }));

  it('lists every enterprise to a working-group member, by name, with its name and credit code only', async () => {
    const all = await everyEnterprise();
    const body = await names('class-coordination', '?limit=500');
    expect(body.enterprises).toEqual(all);
    expect(body.page.total).toBe(all.length);
    for (const enterprise of body.enterprises) expect(Object.keys(enterprise).sort()).toEqual(['creditCode', 'name']);
    expect((await names('hq', '?limit=500')).enterprises).toEqual(all);
  });

  it('lists a cadre’s own enterprises only', async () => {
    const own = await app
      .db('cadre_assignments as a')
      .join('users as u', 'u.id', 'a.cadre_id')
      .join('enterprises as e', 'e.id', 'a.enterprise_id')
      .where('u.username', 'cadre1')
      .whereNull('a.ended_at')
      .orderBy('e.name')
      .select('e.name', 'e.credit_code');
    expect(own.length).toBeGreaterThan(1);
    expect((await names('cadre1', '?limit=500')).enterprises).toEqual(own.map((e) => ({ name: e.name, creditCode: e.credit_code })));
  });

  it('finds enterprises by part of the name, and pages', async () => {
    const all = await everyEnterprise();
    const part = all[0]!.name.slice(2, 4);
    const found = await names('class-coordination', `?q=${encodeURIComponent(part)}`);
    expect(found.enterprises.length).toBeGreaterThan(0);
    expect(found.enterprises).toEqual(all.filter((e) => e.name.includes(part)).slice(0, 50));
    const second = await names('class-coordination', '?limit=2&offset=2');
    expect(second.enterprises).toEqual(all.slice(2, 4));
    // A typed % is text, not a wildcard: no enterprise's name holds one.
    expect((await names('class-coordination', '?q=%25')).enterprises).toEqual([]);
  });

  it('refuses an enterprise, a gate officer and a visitor', async () => {
    for (const username of ['ent01', 'gate1']) {
      const answer = await (await signedIn(app.baseUrl, username)).request('GET', '/api/enterprise-names');
      expect(answer.status, username).toBe(403);
    }
    const visitor = await fetch(`${app.baseUrl}/api/enterprise-names`);
    expect(visitor.status).toBe(401);
  });
});
