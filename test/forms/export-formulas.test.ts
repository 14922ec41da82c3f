// Exports open in spreadsheets: text someone typed that starts like a formula must stay text there.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { dashboardWorkbook, tableCsv } from '#web/server/dashboard/export-workbook';
import type { LocalFigureGroup } from '#web/server/dashboard/localize-group';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1', '＝1+1'];

const table: LocalFigureGroup['tables'][number] = {
  key: 'by-enterprise',
  title: '按企业',
  columns: [
    { key: 'enterprise', label: '企业', kind: 'text' },
    { key: 'count', label: '数量', kind: 'number' },
  ],
  rows: HOSTILE.map((name, i) => ({ cells: { enterprise: name, count: i - 3 } })),
  total: HOSTILE.length,
};

describe('formula-like text in exports', () => {
  let app: BareApp;
  beforeAll(async () => {
    app = await startBareApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('escapes a submission value such as =HYPERLINK(…) in the submissions CSV', async () => {
    const user = await app.db('users').where({ username: 'ent01' }).first();
    const now = new Date().toISOString();
    for (const [i, liaisonName] of HOSTILE.entries()) {
      await app.db('submissions').insert({
        id: randomUUID(),
        form_key: 'liaison-designation',
        form_version: 1,
        enterprise_id: user.enterprise_id,
        user_id: user.id,
        data: JSON.stringify({ liaisonName, mobile: '13900139000', email: `l${i}@example.com` }),
        status: 'submitted',
        workflow_id: `submission-${randomUUID()}`,
        created_at: now,
        updated_at: now,
      });
    }
    const hq = new HttpSession(app.baseUrl);
    await hq.login('hq', DEMO_PASSWORD);
    const answer = await hq.request('GET', '/api/admin/forms/liaison-designation/export.csv');
    expect(answer.status).toBe(200);
    const rows = parse(String(answer.body).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row['联络员姓名'])).toEqual(HOSTILE.map((value) => `'${value}`));
  });

  it('escapes them in a dashboard CSV, and leaves negative numbers alone', () => {
    const rows = parse(tableCsv(table, 'zh-CN', 'http://localhost:3000').replace(/^\uFEFF/, ''), { relax_quotes: true }) as string[][];
    expect(rows.slice(1).map((row) => row[0])).toEqual(HOSTILE.map((value) => `'${value}`));
    expect(rows.slice(1).map((row) => row[1])).toEqual(['-3', '-2', '-1', '0', '1', '2', '3']);
  });

  it('writes them into the dashboard XLSX as text cells, not formulas', async () => {
    const group: LocalFigureGroup = { key: 'g', title: '分组', dated: false, note: null, totals: [], tables: [table] };
    const bytes = await dashboardWorkbook([group], { from: '2026-02-01', to: '2026-02-28' }, 'zh-CN', 'http://localhost:3000');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(bytes).buffer);
    const sheet = book.worksheets[1]!;
    const cells = HOSTILE.map((_, i) => sheet.getRow(i + 2).getCell(1));
    expect(cells.map((cell) => cell.type)).toEqual(HOSTILE.map(() => ExcelJS.ValueType.String));
    // XML turns the carriage return into a line feed; the text is otherwise as typed.
    expect(cells.map((cell) => cell.value)).toEqual(HOSTILE.map((value) => value.replace('\r', '\n')));
  });
});
