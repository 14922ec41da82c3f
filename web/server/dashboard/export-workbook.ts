// XLSX and CSV of the dashboard: a totals sheet, then one sheet per table, with a link column back to each record.
import ExcelJS from 'exceljs';
import type { Locale } from '#core/domain/locale';
import { spreadsheetCsv } from '#core/spreadsheet-csv';
import { figureLinkHash } from './figure-link';
import type { LocalFigureGroup } from './localize-group';

type LocalTable = LocalFigureGroup['tables'][number];

const WORDS = {
  'zh-CN': { totals: '汇总', group: '分组', figure: '指标', value: '数值', period: '统计期间', link: '链接' },
  en: { totals: 'Totals', group: 'Group', figure: 'Figure', value: 'Value', period: 'Period', link: 'Link' },
} as const;

/** Rows of a table as arrays of cell values, with the record's address last when rows link to records. */
export function tableMatrix(table: LocalTable, locale: Locale, publicUrl: string): (string | number)[][] {
  const linked = table.rows.some((row) => row.link);
  const header = [...table.columns.map((column) => column.label), ...(linked ? [WORDS[locale].link] : [])];
  const body = table.rows.map((row) => [
    ...table.columns.map((column) => row.cells[column.key] ?? ''),
    ...(linked ? [row.link ? `${publicUrl.replace(/\/$/, '')}/${figureLinkHash(row.link)}` : ''] : []),
  ]);
  return [header, ...body];
}

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  let name = clean;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${clean.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The workbook of the given groups (and tables), as bytes. Every cell is a plain value: exceljs writes strings as
 * text (shared strings), so a name such as `=HYPERLINK(…)` shows as typed and never becomes a formula. */
export async function dashboardWorkbook(
  groups: LocalFigureGroup[],
  period: { from: string; to: string },
  locale: Locale,
  publicUrl: string,
): Promise<Buffer> {
  const words = WORDS[locale];
  const book = new ExcelJS.Workbook();
  book.creator = 'Fugong';
  const taken = new Set<string>();
  const totals = book.addWorksheet(sheetName(words.totals, taken));
  totals.addRow([words.period, `${period.from} – ${period.to}`]);
  totals.addRow([words.group, words.figure, words.value]).font = { bold: true };
  for (const group of groups) for (const total of group.totals) totals.addRow([group.title, total.label, total.value]);
  totals.columns.forEach((column) => (column.width = 24));
  for (const group of groups) {
    for (const table of group.tables) {
      const sheet = book.addWorksheet(sheetName(`${group.title}·${table.title}`, taken));
      const [header, ...body] = tableMatrix(table, locale, publicUrl);
      sheet.addRow(header!).font = { bold: true };
      sheet.addRows(body);
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      sheet.columns.forEach((column) => (column.width = 18));
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** One table as CSV, with a BOM so spreadsheet programs read the Chinese correctly, and formulas escaped as text. */
export function tableCsv(table: LocalTable, locale: Locale, publicUrl: string): string {
  return spreadsheetCsv(tableMatrix(table, locale, publicUrl));
}
