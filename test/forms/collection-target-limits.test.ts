// A collection's listed enterprises (`target.enterpriseIds`) are read by queries that bind each id: a round's opening
// and every enterprise's to-do. A list past the database's bound-parameter limit made each enterprise's home page
// answer 500 once published. The admin's save is refused instead, at the list's place, in the admin's language; the
// longest list allowed (every enterprise of a city) still works. An id that names no enterprise is refused at publish
// (a round would leave it out without a word).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '#core/domain/locale';
import { publishDraft } from '#core/stores/forms/form-admin-store';
import { readShippedForms } from '#forms/shipped-forms';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const KEY = 'daily-report';
const DRAFT = `/api/admin/forms/${KEY}/draft`;
const TARGET = '/process/params/target';

/** The shipped daily report with the given target. */
function dailyReportFor(target: Record<string, unknown>) {
  const form = structuredClone(readShippedForms().find((definition) => definition.key === KEY)!);
  form.process.params.target = target;
  return form;
}

/** Ids 1…n. */
const firstIds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe.each(testDatabases())('how many enterprises a collection may list, on $name', (database) => {
  let app: BareApp;
  const save = async (target: Record<string, unknown>, locale: Locale = 'zh-CN') =>
    (await signedIn(app.baseUrl, 'admin', { locale })).request('PUT', DRAFT, dailyReportFor(target));

  beforeAll(async () => {
    app = await startBareApp({ database });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses more than 10,000 listed enterprises at the list, in Chinese and in English', async () => {
    const tooMany = { kind: 'list', enterpriseIds: firstIds(10_001) };
    const zh = await save(tooMany);
    expect(zh.status).toBe(422);
    expect(zh.body.error.details).toEqual([{ path: `${TARGET}/enterpriseIds`, message: '最多 10000 项' }]);
    const en = await save(tooMany, 'en');
    expect(en.status).toBe(422);
    expect(en.body.error.details).toEqual([{ path: `${TARGET}/enterpriseIds`, message: 'must NOT have more than 10000 items' }]);
  });

  it('refuses an enterprise or an enterprise type listed twice', async () => {
    const twice = await save({ kind: 'list', enterpriseIds: [3, 5, 3] });
    expect(twice.status).toBe(422);
    expect(twice.body.error.details).toEqual([{ path: `${TARGET}/enterpriseIds`, message: '列表中有重复的项' }]);
    const types = await save({ kind: 'type', types: ['construction', 'supervision', 'construction'] }, 'en');
    expect(types.status).toBe(422);
    expect(types.body.error.details).toEqual([
      { path: `${TARGET}/types`, message: 'must NOT have duplicate items (items ## 2 and 0 are identical)' },
    ]);
  });

  it('refuses at publish listed ids that name no enterprise, the first few named, in Chinese and in English', async () => {
    const known = (await app.db('enterprises').orderBy('id').pluck('id')).map(Number);
    expect((await save({ kind: 'list', enterpriseIds: [known[0], 900_001, known[1], 900_002] })).status).toBe(200);
    const zh = await (await signedIn(app.baseUrl, 'admin')).request('POST', `/api/admin/forms/${KEY}/publish`);
    expect(zh.status).toBe(422);
    expect(zh.body.error.details).toEqual([
      { path: `${TARGET}/enterpriseIds`, message: '以下编号没有对应的企业：900001、900002，请删除或重新选择企业' },
    ]);
    const en = await (await signedIn(app.baseUrl, 'admin', { locale: 'en' })).request('POST', `/api/admin/forms/${KEY}/publish`);
    expect(en.body.error.details).toEqual([
      { path: `${TARGET}/enterpriseIds`, message: 'No enterprise has the ids 900001, 900002; remove them or pick the enterprises again' },
    ]);
  });

  it('checks the longest list against the enterprises at once, and passes one of known enterprises only', async () => {
    const admin = await signedIn(app.baseUrl, 'admin', { locale: 'en' });
    const known = (await app.db('enterprises').orderBy('id').pluck('id')).map(Number);
    const strangers = firstIds(10_000 - known.length).map((n) => 900_000 + n);
    const mixed = [...strangers.slice(0, 3), ...known, ...strangers.slice(3)];
    const longest = await admin.request('POST', '/api/admin/forms/check', dailyReportFor({ kind: 'list', enterpriseIds: mixed }));
    expect(longest.body.problems).toEqual([
      {
        path: `${TARGET}/enterpriseIds`,
        message: `No enterprise has the ids 900001, 900002, 900003, 900004, 900005 and ${strangers.length - 5} more; remove them or pick the enterprises again`,
      },
    ]);
    const listed = await admin.request('POST', '/api/admin/forms/check', dailyReportFor({ kind: 'list', enterpriseIds: known }));
    expect(listed.body.problems).toEqual([]);
  });

  it('keeps every enterprise’s to-do answering with the longest list published', async () => {
    const ent01 = await signedIn(app.baseUrl, 'ent01');
    const own = (await app.db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id as number;
    const ids = [
      own,
      ...firstIds(10_000)
        .filter((id) => id !== own)
        .slice(0, 9_999),
    ];
    expect((await save({ kind: 'list', enterpriseIds: ids })).status).toBe(200);
    await publishDraft(app.db, KEY);
    const todo = await ent01.request('GET', '/api/me/todo');
    expect(todo.status).toBe(200);
    expect(todo.body.reports.map((report: { formKey: string }) => report.formKey)).toContain(KEY);
  });
});
