// Difficulty reports driven through the shipped ladder over the HTTP API, then read on the dashboard: a case resolved
// and awaiting the enterprise's confirmation, or returned to it for information, waits on the enterprise — nobody at
// the rung whose task closed has anything to do — and the way a case was resolved (solved on site, coordinated) shows
// in the records and the category figures as soon as it is resolved. The summary card, the chart's table, the records,
// the drill-down and the CSV/XLSX exports agree, city-wide (roll-ups) and within a cadre's scope (counted directly).
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInOnce } from '#scripts/kit/http-session';
import { eventually } from '#scripts/kit/eventually';
import { localDate } from '#core/domain/working-calendar';
import type { LocalFigureGroup } from '#web/server/dashboard/localize-group';
import { summaryFigures } from '#web/app/src/pages/dashboard/dashboard-summary';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

type Table = LocalFigureGroup['tables'][number];

describe.each(testDatabases())('difficulties waiting on the enterprise, on the dashboard ($name)', (database) => {
  let system: RunningSystem;
  const as = signedInOnce(() => system.baseUrl);

  /** Files a materials difficulty as ent01 (cadre1's enterprise); its id. */
  const file = async (summary: string): Promise<string> => {
    const id = randomUUID();
    const filed = await (
      await as('ent01')
    ).request('POST', '/api/forms/difficulty-report/submissions', { submissionId: id, data: { category: 'materials', summary } });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    return id;
  };
  /** Decides the open task at `step` of the report, as `username` would from their inbox. */
  const decide = async (username: string, id: string, step: string, action: string, data: Record<string, unknown>) => {
    const session = await as(username);
    const box = step === 'cadre' ? 'mine' : 'groups';
    const task = await eventually(
      async () =>
        (
          (await session.request('GET', `/api/tasks?box=${box}`)).body.tasks as {
            id: string;
            submissionId: string;
            step: string;
            status: string;
          }[]
        ).find((t) => t.submissionId === id && t.step === step && ['open', 'claimed'].includes(t.status)),
      Boolean,
      60_000,
    );
    expect(task, `${username} should see an open ${step} task`).toBeDefined();
    const answer = await session.request('POST', `/api/tasks/${encodeURIComponent(task!.id)}/decide`, { action, data });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  };
  const statusBecomes = (id: string, status: string) =>
    eventually(
      async () => (await (await as('ent01')).request('GET', `/api/submissions/${id}`)).body.submission?.status,
      (found) => found === status,
      60_000,
    );
  const difficulties = async (username: string): Promise<LocalFigureGroup> =>
    ((await (await as(username)).request('GET', '/api/dashboard?groups=difficulties')).body.groups as LocalFigureGroup[])[0]!;
  const table = (group: LocalFigureGroup, key: string): Table => group.tables.find((t) => t.key === key)!;
  const openByRung = (group: LocalFigureGroup) =>
    Object.fromEntries(table(group, 'by-rung').rows.map((row) => [String(row.cells.rung), row.cells.open]));
  const record = (group: LocalFigureGroup, id: string) => table(group, 'difficulty-records').rows.find((row) => row.link?.id === id)?.cells;

  beforeAll(async () => {
    system = await startSystem(database);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('counts resolved and returned cases as waiting on the enterprise, with the way each was resolved', async () => {
    // Resolved by the materials group, by coordination; resolved at headquarters on site; returned by the group.
    const byGroup = await file('商品混凝土供应中断，三个项目停工待料');
    const byHq = await file('钢筋进场受阻，跨区运输需要协调');
    const returned = await file('防疫口罩缺口两千只，工人无法进场');
    for (const id of [byGroup, byHq, returned]) await decide('cadre1', id, 'cadre', 'escalate', { note: '需专班协调' });
    await decide('class-materials', byGroup, 'group', 'resolve', {
      resolution: '协调两家商混站每日供货',
      outcome: 'coordinated',
      department: '市住建局',
    });
    await decide('class-materials', byHq, 'group', 'escalate', { note: '跨区调配需指挥部协调' });
    await decide('hq', byHq, 'hq', 'resolve', { resolution: '指挥部现场协调放行', outcome: 'solved-on-site' });
    await decide('class-materials', returned, 'group', 'return', { note: '请说明缺口数量和供货渠道' });
    for (const id of [byGroup, byHq]) expect(await statusBecomes(id, 'resolved')).toBe('resolved');
    expect(await statusBecomes(returned, 'returned')).toBe('returned');

    const city = await difficulties('hq');
    // Nobody at a rung must act: HQ's and the group's inboxes are empty.
    expect(openByRung(city)).toEqual({ 包挂干部: 0, 企业服务专班: 0, 防控指挥部: 0, 待企业确认: 2, 待企业补充: 1 });
    const totals = Object.fromEntries(city.totals.map((t) => [t.key, t.value]));
    // The returned case's clock is paused: it is not overdue.
    expect(totals).toEqual({ reported: 3, open: 3, breached: 0, settled: 0, solved: 1, coordinated: 1 });
    const materials = table(city, 'by-category').rows.find((row) => row.cells.category === '生产生活物资')!;
    expect(materials.cells).toMatchObject({ reported: 3, open: 3, solved: 1, coordinated: 1 });
    expect(record(city, byGroup)).toMatchObject({ status: '已解决，待确认', rung: '待企业确认', outcome: '协调解决', breached: '否' });
    expect(record(city, byHq)).toMatchObject({ status: '已解决，待确认', rung: '待企业确认', outcome: '现场解决', breached: '否' });
    expect(record(city, returned)).toMatchObject({ status: '退回补充材料', rung: '待企业补充', outcome: null, breached: '否' });

    // The summary card splits the open cases by whom they wait on.
    const today = localDate(Date.now(), system.config.timeZone);
    expect(summaryFigures([city], today).find((figure) => figure.key === 'openCases')).toEqual({
      key: 'openCases',
      value: 3,
      parts: [
        { label: '待企业确认', value: 2 },
        { label: '待企业补充', value: 1 },
      ],
    });
    // Drilling into a row of the chart's table finds exactly the records it counted.
    const waiting = table(city, 'by-rung').rows.find((row) => row.cells.rung === '待企业确认')!;
    expect(waiting.drill).toEqual({ table: 'difficulty-records', column: 'rung', value: '待企业确认' });
    const drilled = table(city, 'difficulty-records').rows.filter((row) => row.cells.rung === waiting.drill!.value);
    expect(drilled.map((row) => row.link?.id).sort()).toEqual([byGroup, byHq].sort());

    // Within the cadre's scope, counted from the reports themselves: the same figures.
    const scoped = await difficulties('cadre1');
    expect(scoped.totals).toEqual(city.totals);
    for (const key of ['by-category', 'by-rung', 'difficulty-records']) expect(table(scoped, key)).toEqual(table(city, key));

    // The exports say the same.
    const hq = await as('hq');
    const csv = await hq.download('/api/dashboard/export.csv?group=difficulties&table=difficulty-records');
    const rows = parse(new TextDecoder().decode(csv.bytes).replace(/^\uFEFF/, '')) as string[][];
    const header = rows[0]!;
    const csvRow = (id: string) => rows.find((row) => row.at(-1)!.endsWith(encodeURIComponent(id)))!;
    expect(csvRow(byGroup)[header.indexOf('当前/办结层级')]).toBe('待企业确认');
    expect(csvRow(byGroup)[header.indexOf('办结方式')]).toBe('协调解决');
    expect(csvRow(returned)[header.indexOf('当前/办结层级')]).toBe('待企业补充');
    const book = new ExcelJS.Workbook();
    const xlsx = (await hq.download('/api/dashboard/export.xlsx?group=difficulties')).bytes;
    await book.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const sheetRows = (name: string) => {
      const sheet = book.worksheets.find((ws) => ws.name.includes(name))!;
      return sheet.getRows(1, sheet.rowCount)!.map((row) => (row.values as unknown[]).slice(1));
    };
    expect(sheetRows('按办理层级')).toEqual(
      expect.arrayContaining([
        ['待企业确认', 2, 0],
        ['待企业补充', 1, 0],
        ['防控指挥部', 0, 0],
      ]),
    );
    expect(sheetRows('按问题类别')).toEqual(expect.arrayContaining([['生产生活物资', 3, 3, 0, 0, 1, 1]]));

    // Once the enterprise confirms, the case is settled at the rung that resolved it, its way kept.
    const confirmed = await (await as('ent01')).request('POST', `/api/submissions/${byGroup}/case/verdict`, { verdict: 'confirm' });
    expect(confirmed.status).toBe(200);
    await statusBecomes(byGroup, 'settled');
    const after = await difficulties('hq');
    expect(openByRung(after)).toMatchObject({ 企业服务专班: 0, 待企业确认: 1, 待企业补充: 1 });
    expect(record(after, byGroup)).toMatchObject({ status: '已办结', rung: '企业服务专班', outcome: '协调解决' });
    expect(Object.fromEntries(after.totals.map((t) => [t.key, t.value]))).toMatchObject({ open: 2, settled: 1, solved: 1, coordinated: 1 });
  });
});
