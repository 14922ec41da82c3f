// Parses an uploaded CSV into records keyed by canonical column names; Chinese or English headers are accepted.
import { parse } from 'csv-parse/sync';
import { stripDirectionMarks } from '#core/domain/direction-marks';

/** One data row with its row number as a spreadsheet shows the file (the header is row 1). */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/** A parsed file: canonical columns, the header the file used for each, and its non-empty data rows. */
export interface ParsedCsv {
  columns: string[];
  /** Canonical column → the header as written in the file, so problems name the column as the admin knows it. */
  headers: Record<string, string>;
  rows: CsvRow[];
}

/** Header aliases → canonical column names. */
const ALIASES: Record<string, string> = {
  企业名称: 'name',
  名称: 'name',
  项目名称: 'name',
  统一社会信用代码: 'credit_code',
  信用代码: 'credit_code',
  企业类型: 'type',
  类型: 'type',
  重点企业: 'focus',
  地址: 'address',
  联络员: 'liaison_name',
  联络员姓名: 'liaison_name',
  联络员手机: 'liaison_mobile',
  手机: 'liaison_mobile',
  联络员邮箱: 'liaison_email',
  邮箱: 'liaison_email',
  企业统一社会信用代码: 'enterprise_credit_code',
  工地地址: 'site',
  地点: 'site',
  状态: 'status',
  重大项目: 'major',
  干部用户名: 'cadre_username',
};

function headerText(header: string): string {
  return header.trim();
}

function canonical(header: string): string {
  const trimmed = headerText(header);
  return ALIASES[trimmed] ?? trimmed.toLowerCase().replace(/[\s-]+/g, '_');
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** Parses CSV text; throws with the csv-parse message (it names the line) when the file is not CSV at all. */
export function parseCsv(text: string): ParsedCsv {
  // Blank lines are kept while counting: a spreadsheet shows them as rows, so the row numbers must count them too.
  // A sheet saved from Excel carries the marks a mobile number or a name was pasted with (core/domain/direction-marks.ts).
  const records: string[][] = parse(stripDirectionMarks(text), {
    bom: true,
    skip_empty_lines: false,
    relax_column_count: true,
    trim: true,
  });
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  const header = headerIndex < 0 ? [] : records[headerIndex]!;
  const columns = header.map(canonical);
  const headers = Object.fromEntries(columns.map((column, i) => [column, headerText(header[i]!)]));
  const rows: CsvRow[] = [];
  records.forEach((cells, index) => {
    if (index <= headerIndex || isBlank(cells)) return;
    rows.push({ line: index + 1, values: Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ''])) });
  });
  return { columns, headers, rows };
}
