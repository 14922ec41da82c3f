// The dashboard API end to end on the seeded scenario: the figures per role, and the XLSX and CSV exports read back.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Client } from '@temporalio/client';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig } from '#core/config';
import { PROJECT_STATUS_NAMES } from '#core/domain/glossary';
import { createLogger } from '#core/logger';
import { signInOverFetch as signIn } from '#scripts/kit/fetch-sign-in';
import { createApp } from '#web/server/create-app';
import { dashboardApi } from '#web/app/src/api/dashboard-api';
import type { LocalFigureGroup } from '#web/server/dashboard/localize-group';
import { openSqlite } from '../helpers/test-db';
import { RANGE, seedScenario } from './dashboard-scenario';

const PERIOD = `from=${RANGE.from}&to=${RANGE.to}`;

describe('dashboard API', () => {
  let db: Knex;
  let server: Server;
  let baseUrl: string;
  let hq: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    await seedScenario(db);
    const app = createApp({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      db,
      temporal: {} as Client,
      logger: createLogger('test', 'silent'),
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    hq = await signIn(baseUrl, 'hq');
  });
  afterAll(async () => {
    server?.close();
    await db?.destroy();
  });

  const groupsOf = async (fetcher: typeof hq, lang = 'zh-CN') =>
    ((await (await fetcher(`/api/dashboard?${PERIOD}`, lang)).json()) as { groups: LocalFigureGroup[] }).groups;

  it("gives HQ the city-wide figures in the caller's language", async () => {
    const groups = await groupsOf(hq, 'en');
    expect(groups.map((group) => group.key)).toEqual(['enterprises', 'daily-reports', 'difficulties', 'gate', 'visits', 'processes']);
    const visits = groups.find((group) => group.key === 'visits')!;
    expect(visits.title).toBe('Visits and opinions');
    expect(visits.totals.find((total) => total.key === 'visits')!.value).toBe(140);
  });

  it('narrows a cadre to its enterprises and an enterprise to itself, and turns gate officers away', async () => {
    const cadre = await groupsOf(await signIn(baseUrl, 'cadre1'));
    expect(cadre.find((group) => group.key === 'enterprises')!.totals[0]!.value).toBe(5);
    expect(cadre.find((group) => group.key === 'difficulties')!.totals[0]!.value).toBe(3);
    const enterprise = await groupsOf(await signIn(baseUrl, 'ent06'));
    expect(enterprise.find((group) => group.key === 'difficulties')!.totals[0]!.value).toBe(2);
    expect(enterprise.find((group) => group.key === 'enterprises')!.totals[0]!.value).toBe(1);
    expect((await (await signIn(baseUrl, 'gate1'))(`/api/dashboard?${PERIOD}`)).status).toBe(403);
  });

  it('shows the figures of seeds 003 and 004, and an exported XLSX reads back with the same figures', async () => {
    const groups = await groupsOf(hq, 'en');
    const shown = (key: string) =>
      Object.fromEntries(groups.find((group) => group.key === key)!.totals.map((total) => [total.key, total.value]));
    const seeds: Record<string, Record<string, number>> = {
      enterprises: { resumed: 57 },
      'daily-reports': { resumed: 57, workersOnSite: 13_041, workersReturned: 12_987 },
      gate: { admitted: 360, quarantined: 30, released: 28, turnedBack: 10, inQuarantine: 2 },
      visits: { visits: 140, opinions: 42, solved: 26, coordinated: 28 },
    };
    for (const [key, figures] of Object.entries(seeds)) expect(shown(key), key).toMatchObject(figures);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await hq(`/api/dashboard/export.xlsx?${PERIOD}`, 'en')).arrayBuffer());
    const read = new Map<string, number>();
    book.worksheets[0]!.eachRow((row, n) => {
      if (n > 2) read.set(`${row.getCell(1).value}/${row.getCell(2).value}`, Number(row.getCell(3).value));
    });
    for (const [key, figures] of Object.entries(seeds)) {
      const group = groups.find((g) => g.key === key)!;
      for (const [figure, value] of Object.entries(figures))
        expect(read.get(`${group.title}/${group.totals.find((t) => t.key === figure)!.label}`), `${key}/${figure}`).toBe(value);
    }
    // The day seed 003 speaks of, in the daily reports' sheet by day: 13,041 at work on 12 February.
    const byDay = book.worksheets.find((sheet) => sheet.name.includes('Reporting by day'))!;
    const header = (byDay.getRow(1).values as unknown[]).slice(1);
    const day = byDay.getRows(2, byDay.rowCount - 1)!.find((row) => row.getCell(1).value === '2026-02-12')!;
    expect(day.getCell(header.indexOf('Workers on site') + 1).value).toBe(13_041);
  });

  it('refuses a period that ends before it starts', async () => {
    const answer = await hq('/api/dashboard?from=2026-03-01&to=2026-02-01');
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('invalid_range');
  });

  it('refuses a single day in the year 9999 (a day-by-day loop past it never ended)', async () => {
    const answer = await hq('/api/dashboard?from=9999-12-31&to=9999-12-31');
    expect(answer.status).toBe(422);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('invalid_body');
  });

  it('exports an XLSX that reads back with the same figures, one sheet per table', async () => {
    const groups = await groupsOf(hq);
    const answer = await hq(`/api/dashboard/export.xlsx?${PERIOD}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toContain('.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await answer.arrayBuffer());
    const totals = book.worksheets[0]!;
    const read = new Map<string, number>();
    totals.eachRow((row, n) => {
      if (n > 2) read.set(`${row.getCell(1).value}/${row.getCell(2).value}`, Number(row.getCell(3).value));
    });
    for (const group of groups)
      for (const total of group.totals) expect(read.get(`${group.title}/${total.label}`), total.label).toBe(total.value);
    expect(book.worksheets).toHaveLength(1 + groups.reduce((n, group) => n + group.tables.length, 0));
    const byCategory = groups.find((group) => group.key === 'difficulties')!.tables.find((table) => table.key === 'by-category')!;
    const sheet = book.worksheets.find((ws) => ws.name.includes('按问题类别'))!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(byCategory.columns.map((column) => column.label));
    byCategory.rows.forEach((row, i) => {
      expect((sheet.getRow(i + 2).values as unknown[]).slice(1)).toEqual(byCategory.columns.map((column) => row.cells[column.key]));
    });
  });

  it("words delayed projects with the glossary's one term in every sheet of the XLSX", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await hq(`/api/dashboard/export.xlsx?${PERIOD}`)).arrayBuffer());
    const words: string[] = [];
    for (const sheet of book.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && words.push(cell.value))));
    const delayed = words.filter((word) => /延.开工/.test(word));
    expect(delayed.length).toBeGreaterThan(2);
    expect(delayed.filter((word) => !word.includes(PROJECT_STATUS_NAMES.delayed['zh-CN']))).toEqual([]);
  });

  it('exports one table as CSV with a link back to each record', async () => {
    const answer = await hq(`/api/dashboard/export.csv?${PERIOD}&group=visits&table=visit-records`, 'en');
    expect(answer.status).toBe(200);
    const rows = parse((await answer.text()).replace(/^\uFEFF/, '')) as string[][];
    expect(rows[0]).toEqual(['Visited on', 'Enterprise', 'Cadre', 'People met', 'Opinions', 'Solved on site', 'To coordinate', 'Link']);
    expect(rows).toHaveLength(141);
    expect(rows.slice(1).reduce((sum, row) => sum + Number(row[4]), 0)).toBe(42);
    expect(rows[1]![7]).toMatch(/\/#\/visits\/\d+$/);
    expect((await hq(`/api/dashboard/export.csv?${PERIOD}&group=visits&table=nope`)).status).toBe(422);
  });

  describe('query contract', () => {
    type Refusal = { error: { code: string; message: string; details: { path: string; message: string }[] } };
    const refusal = async (path: string, lang: string) => {
      const answer = await hq(path, lang);
      return { status: answer.status, body: (await answer.json()) as Refusal };
    };

    it('names an unknown parameter, in either language, on the dashboard and both exports', async () => {
      for (const path of [
        `/api/dashboard?${PERIOD}&grups=visits`,
        `/api/dashboard/export.xlsx?${PERIOD}&grups=visits`,
        `/api/dashboard/export.csv?${PERIOD}&group=visits&table=visit-records&grups=visits`,
      ]) {
        const chinese = await refusal(path, 'zh-CN');
        expect(chinese.status, path).toBe(422);
        expect(chinese.body.error.code).toBe('invalid_body');
        expect(chinese.body.error.message).toBe('提交的内容有误，请按提示修改');
        expect(chinese.body.error.details).toEqual([
          { path: '?grups', message: expect.stringMatching(/^不支持的查询参数“grups”，可用的有：from、to、focus、group/) },
        ]);
        const english = await refusal(path, 'en');
        expect(english.body.error.message).toBe('Some fields need attention');
        expect(english.body.error.details).toEqual([
          { path: '?grups', message: expect.stringMatching(/^Unknown query parameter "grups"; accepted: from, to, focus, group/) },
        ]);
      }
    });

    it('refuses a focus that is not a yes or a no at the parameter, where it once showed the whole city', async () => {
      const chinese = await refusal(`/api/dashboard?${PERIOD}&focus=yes`, 'zh-CN');
      expect(chinese.status).toBe(422);
      expect(chinese.body.error.details).toEqual([{ path: '?focus', message: '应为 true 或 false（也可写 1 或 0）' }]);
      const english = await refusal(`/api/dashboard/export.xlsx?${PERIOD}&focus=yes`, 'en');
      expect(english.status).toBe(422);
      expect(english.body.error.details).toEqual([{ path: '?focus', message: 'expected true or false (or 1, 0)' }]);
    });

    it('refuses one CSV table asked for twice, at the parameter', async () => {
      const answer = await refusal(`/api/dashboard/export.csv?${PERIOD}&group=visits&table=visit-records&table=by-cadre`, 'en');
      expect(answer.status).toBe(422);
      expect(answer.body.error.details.map((detail) => detail.path)).toEqual(['?table']);
    });

    it('describes the parameters in the API description', async () => {
      type Paths = Record<string, { get: { parameters: { name: string; in: string }[] } }>;
      const { paths } = (await (await hq('/api/openapi.json')).json()) as { paths: Paths };
      const queryNames = (path: string) => paths[path]!.get.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      expect(queryNames('/api/dashboard')).toEqual(['from', 'to', 'focus', 'groups']);
      expect(queryNames('/api/dashboard/export.xlsx')).toEqual(['from', 'to', 'focus', 'group', 'table', 'lang']);
      expect(queryNames('/api/dashboard/export.csv')).toEqual(['from', 'to', 'focus', 'group', 'table', 'lang']);
    });

    it('takes every parameter the web app sends', async () => {
      const range = { from: RANGE.from, to: RANGE.to };
      // The addresses the app's own dashboard calls build (web/app/src/api/dashboard-api.ts), asked for real.
      const sent = [
        dashboardApi.figuresPath(range, { focus: true, groups: ['daily-reports', 'difficulties'] }),
        dashboardApi.figuresPath(range, { focus: false }),
        dashboardApi.exportHref('xlsx', range, 'en', undefined, undefined, true),
        dashboardApi.exportHref('xlsx', range, 'zh-CN', 'visits', 'visit-records'),
        dashboardApi.exportHref('csv', range, 'en', 'visits', 'visit-records', true),
      ];
      for (const path of sent) expect((await hq(path)).status, path).toBe(200);
      const focused = (await (await hq(sent[0]!)).json()) as { scope: { focus: boolean }; groups: LocalFigureGroup[] };
      expect(focused.scope.focus).toBe(true);
      expect(focused.groups.map((group) => group.key)).toEqual(['daily-reports', 'difficulties']);
    });
  });
});
