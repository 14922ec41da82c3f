// CSV of a form's submissions across all its versions: the union of every version's fields, none dropped; personal
// fields as the policy lets the reader see them in an export (masked unless it is an audited full export).
import { stringify } from 'csv-stringify/sync';
import type { RJSFSchema } from '@rjsf/utils';
import type { Knex } from 'knex';
import { fromJson } from '../../../core/db';
import type { Locale } from '../../../core/domain/locale';
import type { Reader } from '../../../core/privacy/personal-data-policy';
import { maskSubmissions } from '../../../core/privacy/submission-facts';
import type { StoredForm } from '../../../forms/form-store';

/** Dotted paths of every leaf field of a schema, in schema order. */
export function fieldPaths(schema: RJSFSchema, prefix = ''): string[] {
  const properties = (schema.properties ?? {}) as Record<string, RJSFSchema>;
  const order = Object.keys(properties);
  return order.flatMap((name) => {
    const child = properties[name]!;
    const path = prefix ? `${prefix}.${name}` : name;
    return child.type === 'object' && child.properties ? fieldPaths(child, path) : [path];
  });
}

function valueAt(data: unknown, path: string): string | number {
  let node: unknown = data;
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  if (node === undefined || node === null) return '';
  // Numbers stay numbers, so the formula escape below leaves a negative number alone.
  if (typeof node === 'number') return node;
  return typeof node === 'object' ? JSON.stringify(node) : String(node);
}

/** Builds the CSV (with a BOM so spreadsheet programs read the Chinese correctly). */
export async function exportSubmissionsCsv(
  db: Knex,
  key: string,
  versions: StoredForm[],
  reader: Reader,
  full: boolean,
): Promise<{ csv: string; rows: number }> {
  const locale: Locale = reader.locale;
  const columns: string[] = [];
  for (const version of [...versions].sort((a, b) => a.version - b.version)) {
    for (const path of fieldPaths(version.schema)) if (!columns.includes(path)) columns.push(path);
  }
  const rows = await db('submissions as s')
    .leftJoin('enterprises as e', 'e.id', 's.enterprise_id')
    .join('users as u', 'u.id', 's.user_id')
    .where('s.form_key', key)
    .orderBy('s.created_at')
    .select('s.*', 'e.name as enterprise_name', 'u.username');
  // Fields found in data but in no schema (should not happen) still get a column rather than being lost.
  for (const row of rows)
    for (const name of Object.keys(fromJson<Record<string, unknown>>(row.data)))
      if (!columns.some((c) => c === name || c.startsWith(`${name}.`))) columns.push(name);
  const header =
    locale === 'en'
      ? ['submission_id', 'form_version', 'enterprise', 'submitted_by', 'status', 'created_at']
      : ['提交编号', '表单版本', '企业', '提交人', '状态', '提交时间'];
  const shown = await maskSubmissions(
    db,
    reader,
    rows.map((row) => ({
      id: String(row.id),
      formKey: String(row.form_key),
      formVersion: Number(row.form_version),
      enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
      userId: Number(row.user_id),
      data: fromJson<Record<string, unknown>>(row.data),
    })),
    full ? 'full-export' : 'export',
  );
  const body = rows.map((row, index) => {
    const data = shown[index]!.data;
    return [
      row.id,
      row.form_version,
      row.enterprise_name ?? '',
      row.username,
      row.status,
      row.created_at,
      ...columns.map((path) => valueAt(data, path)),
    ];
  });
  // escape_formulas: a cell a submitter began with = + - @ (or a tab or CR) gets a leading ' so a spreadsheet shows it
  // as text instead of running it as a formula (=HYPERLINK(…) sending the reader elsewhere).
  return { csv: `\uFEFF${stringify([[...header, ...columns], ...body], { escape_formulas: true })}`, rows: rows.length };
}
