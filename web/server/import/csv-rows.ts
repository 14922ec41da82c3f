// Parses an uploaded CSV into records keyed by canonical column names; Chinese or English headers are accepted.
import { parse } from 'csv-parse/sync';

/** One data row with its line number in the file (the header is line 1). */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
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

function canonical(header: string): string {
  const trimmed = header.replace(/^\uFEFF/, '').trim();
  return ALIASES[trimmed] ?? trimmed.toLowerCase().replace(/[\s-]+/g, '_');
}

/** Parses CSV text; throws with the csv-parse message (it names the line) when the file is not CSV at all. */
export function parseCsv(text: string): { columns: string[]; rows: CsvRow[] } {
  const records: string[][] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  const [header, ...data] = records;
  const columns = (header ?? []).map(canonical);
  return {
    columns,
    rows: data.map((cells, index) => ({
      line: index + 2,
      values: Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ''])),
    })),
  };
}

/** Reads a yes/no cell: 1/0, true/false, yes/no, 是/否; empty means no. */
export function yesNo(cell: string | undefined): boolean | string {
  const value = (cell ?? '').trim().toLowerCase();
  if (['1', 'true', 'yes', 'y', '是'].includes(value)) return true;
  if (['', '0', 'false', 'no', 'n', '否'].includes(value)) return false;
  return cell ?? '';
}
