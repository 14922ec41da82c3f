// Every route reads its query string through the contract it declares (route-contract.ts: `accepts({ query })` and
// `queryOf`), so an unknown or malformed parameter is answered 422 at its name and shows in the API description. A
// handler that read `req.query` itself ignored whatever it did not look for: `?form=` on the evaluation's export, a
// `?dryRun=yes` that imported for real.
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { creditCodeCheckChar } from '#core/domain/identifiers';
import { formAdminApi } from '#web/app/src/api/form-admin-api';
import { contractOf, OPEN_ROUTES } from '#web/server/openapi/openapi-document';
import { servedRoutes } from '#web/server/route-list';
import { LOGIN, PERSONAS, TABLE, isAllowed, type Persona } from '#scripts/kit/authorization-table';
import { HttpSession } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { serverSourcesReading, sources, SERVER, watchedApp } from '../helpers/route-readers';

/** The only modules that read `req.query` themselves: the contract (queryOf), and the app-wide `?lang=` and the
 * control-character scrub, which look at every request before any route does. */
const QUERY_READERS = ['web/server/route-contract.ts', 'web/server/create-app.ts', 'web/server/control-characters.ts'];

/** A value for a path parameter, where `1` would not name anything. */
const PATH_SAMPLES: Record<string, string> = { date: '2031-01-06', locale: 'en', key: 'daily-report', formKey: 'daily-report' };

/** What a yes/no parameter's refusal says: the values a program writes, not a form's "choose yes or no". */
const YES_OR_NO = { 'zh-CN': '应为 true 或 false（也可写 1 或 0）', en: 'expected true or false (or 1, 0)' } as const;

describe('query contracts', () => {
  let bare: BareApp;
  let app: Express;
  let baseUrl: string;
  let close: () => Promise<void>;
  /** Who read `req.query` during the request in flight (`module:line`), and who of them outside QUERY_READERS. */
  let seen = new Set<string>();
  let readers = new Set<string>();

  beforeAll(async () => {
    bare = await startBareApp();
    ({ app, baseUrl, close } = await watchedApp(bare, 'query', (reader) => {
      seen.add(reader);
      if (!QUERY_READERS.some((module) => reader.startsWith(`${module}:`))) readers.add(reader);
    }));
  });
  afterAll(async () => {
    await close?.();
    await bare?.stop();
  });

  it('leaves reading the query string to the contract: no other module under web/server reads req.query', () => {
    expect(sources(SERVER).length).toBeGreaterThan(100);
    expect(serverSourcesReading('query', QUERY_READERS)).toEqual([]);
  });

  it('tells who reads req.query, so the check of every route below can fail', async () => {
    const hq = new HttpSession(baseUrl);
    await hq.login(LOGIN.hq, DEMO_PASSWORD);
    [seen, readers] = [new Set(), new Set()];
    expect((await hq.request('GET', '/api/evaluation?focus=true')).status).toBe(200);
    const modules = new Set([...seen].map((reader) => reader.replace(/:\d+$/, '')));
    expect(modules).toEqual(new Set(QUERY_READERS));
    expect([...readers]).toEqual([]);
  });

  it.each(['zh-CN', 'en'] as const)('says which values a parameter takes, or its format, when a value is not one (%s)', async (locale) => {
    const cadre = new HttpSession(baseUrl, locale);
    await cadre.login(LOGIN.cadre, DEMO_PASSWORD);
    const refused = await cadre.request('GET', '/api/tasks?box=x&sort=newest&dueBefore=tomorrow&limit=abc');
    expect(refused.status).toBe(422);
    const said = Object.fromEntries((refused.body.error.details as { path: string; message: string }[]).map((d) => [d.path, d.message]));
    expect(said).toEqual(
      locale === 'en'
        ? {
            '?box': 'expected one of: mine, groups, done, all',
            '?sort': 'expected one of: due, priority',
            '?dueBefore': 'expected an ISO 8601 instant with its offset, or a date, e.g. 2026-12-04T16:00:00+08:00 or 2026-12-04',
            '?limit': 'Enter a whole number',
          }
        : {
            '?box': '可选值：mine、groups、done、all',
            '?sort': '可选值：due、priority',
            '?dueBefore': '应为 ISO 8601 时间（带时区）或日期，例如 2026-12-04T16:00:00+08:00、2026-12-04',
            '?limit': '请填写整数',
          },
    );
  });

  it('refuses an import’s dryRun that is not a yes or a no at the parameter, where it once imported for real', async () => {
    const first17 = '91370105' + '00000951' + 'Y';
    const csv = `企业名称,统一社会信用代码,企业类型\n查询参数测试有限公司,${first17}${creditCodeCheckChar(first17)},施工企业`;
    const count = async () => Number((await bare.db('enterprises').count({ n: '*' }).first())!.n);
    const before = await count();
    for (const locale of ['zh-CN', 'en'] as const) {
      const admin = new HttpSession(baseUrl, locale);
      await admin.login(LOGIN.admin, DEMO_PASSWORD);
      const refused = await admin.request('POST', '/api/import/enterprises?dryRun=yes', csv, { contentType: 'text/csv' });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('invalid_body');
      expect(refused.body.error.details).toEqual([{ path: '?dryRun', message: YES_OR_NO[locale] }]);
    }
    expect(await count()).toBe(before);
    const admin = new HttpSession(baseUrl);
    await admin.login(LOGIN.admin, DEMO_PASSWORD);
    // The address the app's import page asks (adminApi.importCsv in web/app/src/api/admin-api.ts).
    const checked = await admin.request('POST', '/api/import/enterprises?dryRun=1', csv, { contentType: 'text/csv' });
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ dryRun: true, written: false, errors: [] });
    expect(await count()).toBe(before);
  });

  it('refuses a form export’s unknown or malformed parameter at its name, and answers the app’s own link', async () => {
    const hq = new HttpSession(baseUrl, 'en');
    await hq.login(LOGIN.hq, DEMO_PASSWORD);
    const malformed = await hq.request('GET', '/api/admin/forms/daily-report/export.csv?full=yes');
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.details).toEqual([{ path: '?full', message: YES_OR_NO.en }]);
    hq.locale = 'zh-CN';
    const unknown = await hq.request('GET', '/api/admin/forms/daily-report/export.csv?ful=1');
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toBe('提交的内容有误，请按提示修改');
    expect(unknown.body.error.details).toEqual([{ path: '?ful', message: '不支持的查询参数“ful”，可用的有：full、reason、lang' }]);
    const noReason = await hq.request('GET', '/api/admin/forms/daily-report/export.csv?full=true');
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toMatchObject({ code: 'full_export_reason', details: [{ path: '?reason' }] });
    expect((await hq.download(formAdminApi.exportHref('daily-report'))).status).toBe(200);
  });

  it('declares a query on every GET route, as the app serves it, that reads the query string itself', async () => {
    const sessions = new Map<Persona, HttpSession>();
    const sessionOf = async (persona: Persona) => {
      if (!sessions.has(persona)) {
        const session = new HttpSession(baseUrl);
        if (persona !== 'anonymous') await session.login(LOGIN[persona], DEMO_PASSWORD);
        sessions.set(persona, session);
      }
      return sessions.get(persona)!;
    };
    const undeclared: string[] = [];
    let asked = 0;
    for (const { method, path, handlers } of servedRoutes(app).filter((route) => route.method === 'GET')) {
      const route = `${method} ${path}`;
      const entry = TABLE[route];
      const persona = OPEN_ROUTES.includes(route)
        ? 'anonymous'
        : PERSONAS.find((p) => p !== 'anonymous' && entry && isAllowed(entry, p, 'own'));
      if (!persona) continue;
      [seen, readers] = [new Set(), new Set()];
      const answer = await (
        await sessionOf(persona)
      ).request(
        'GET',
        path.replace(/:(\w+)/g, (_, name: string) => PATH_SAMPLES[name] ?? '1'),
      );
      asked += 1;
      // queryOf on a route that declared no query fails the request rather than hand it an empty one.
      if (answer.status === 500) undeclared.push(`${route} answered ${answer.status}`);
      if (readers.size && !contractOf(handlers)?.query) undeclared.push(`${route} (${[...readers].join(', ')})`);
      else if (readers.size) undeclared.push(`${route} reads req.query beside its contract (${[...readers].join(', ')})`);
    }
    expect(asked).toBeGreaterThan(60);
    expect(undeclared).toEqual([]);
  });
});
