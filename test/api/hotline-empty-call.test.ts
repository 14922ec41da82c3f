// A call saved with its fields left empty: the page sends each as '', which fails the schema's minimum length, not
// "required". Each field's message still says what to fill in — the number and the problem with their minimum, the
// category as a choice — instead of "至少填写 7 个字" under an empty box. A call time before 2020 is refused at its field.
// A caller's name or a problem of zero-width characters only (pasted, or typed to get past the check) is as empty.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';

describe('hotline call saved empty', () => {
  let app: BareApp;

  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each([
    [
      'zh-CN',
      {
        '/callerName': '请填写「来电人」',
        '/callerMobile': '请填写来电号码，至少 7 位',
        '/category': '请选择「问题类别」',
        '/problem': '请填写反映的问题，至少 5 个字',
      },
    ],
    [
      'en',
      {
        '/callerName': 'Enter “Caller”',
        '/callerMobile': 'Enter the caller’s number, at least 7 digits',
        '/category': 'Choose “Category”',
        '/problem': 'Describe the problem, in at least 5 characters',
      },
    ],
  ] as const)('names in %s what each empty field needs', async (locale, expected) => {
    const taker = await signedIn(app.baseUrl, 'class-coordination', { locale });
    for (const category of [undefined, '']) {
      const empty = await taker.request('POST', '/api/hotline', { callerName: '', callerMobile: '', problem: '', category });
      expect(empty.status).toBe(422);
      const byPath = new Map<string, string[]>();
      for (const { path, message } of empty.body.error.details as { path: string; message: string }[])
        byPath.set(path, [...(byPath.get(path) ?? []), message]);
      for (const [path, message] of Object.entries(expected)) expect([...new Set(byPath.get(path))]).toEqual([message]);
    }
  });

  it.each([
    ['zh-CN', '来电时间不能早于 2020 年'],
    ['en', 'The call cannot be before 2020'],
  ] as const)('refuses in %s a call from before 2020 and keeps none', async (locale, message) => {
    const taker = await signedIn(app.baseUrl, 'class-coordination', { locale });
    const enterpriseId = Number((await app.db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id);
    const call = {
      callerName: '王先生',
      callerMobile: '13912345678',
      enterpriseId,
      category: 'epidemic_supplies',
      problem: '工地缺少口罩和测温枪',
    };
    const before = await app.db('hotline_calls').count({ n: '*' }).first();
    for (const receivedAt of ['0001-01-01T09:00:00Z', '2019-12-31T23:59:59+08:00']) {
      const old = await taker.request('POST', '/api/hotline', { ...call, receivedAt });
      expect(old.status, receivedAt).toBe(422);
      expect(old.body.error.details).toEqual([{ path: '/receivedAt', message }]);
    }
    expect(await app.db('hotline_calls').count({ n: '*' }).first()).toEqual(before);
    const recent = await taker.request('POST', '/api/hotline', { ...call, receivedAt: '2020-01-01T08:30:00+08:00' });
    expect(recent.status).toBe(201);
  });

  it('refuses a caller’s name and a problem of zero-width characters only, as if left empty, and keeps no call', async () => {
    const taker = await signedIn(app.baseUrl, 'class-coordination');
    const enterpriseId = Number((await app.db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id);
    const before = await app.db('hotline_calls').count({ n: '*' }).first();
    const invisible = await taker.request('POST', '/api/hotline', {
      callerName: '\u200b',
      callerMobile: '13912345678',
      enterpriseId,
      category: 'epidemic_supplies',
      problem: ' \u200b\u200c\u200d\u2060 ',
    });
    expect(invisible.status).toBe(422);
    expect(invisible.body.error.details).toEqual([
      { path: '/callerName', message: '请填写「来电人」' },
      { path: '/problem', message: '请填写反映的问题，至少 5 个字' },
    ]);
    expect(await app.db('hotline_calls').count({ n: '*' }).first()).toEqual(before);
  });
});
