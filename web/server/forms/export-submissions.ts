// CSV of a form's submissions across all its versions: the union of every version's fields, none dropped; personal
// fields as the policy lets the reader see them in an export (masked unless it is an audited full export). A case is
// named as everywhere else, by its case number first and its time in the server's zone; the submission's UUID stays as
// the last column (系统编号), the one key IT can join with the API, webhooks and the audit log, and the only one a
// submission without a case number has. Its status reads as the lists word it, in the words of its process type. The
// submitter is named as people know them (姓名), their sign-in name beside it, as the audit log's export does.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { spreadsheetTime, zonedColumnTitle } from '#core/domain/spreadsheet-time';
import { spreadsheetCsv } from '#core/spreadsheet-csv';
import { localizeSchema } from '#forms/form-definition';
import { caseWords } from '#forms/present/case-words';
import { choiceTitleOf, fieldLabel, presentValue, propertyOf, shownText } from '#forms/present/present-value';
import type { Reader } from '#core/privacy/personal-data-policy';
import { maskSubmissions } from '#core/privacy/submission-facts';
import type { Db } from '#core/stores/db-types';
import { exportRows } from '#core/stores/submissions/submission-export-rows';
import type { StoredForm } from '#core/stores/forms/form-store';

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

/** The schema of the field at a dotted path, if the schema has it. */
function fieldAt(schema: RJSFSchema, path: string): RJSFSchema | undefined {
  let node: RJSFSchema | undefined = schema;
  for (const part of path.split('.')) node = node ? propertyOf(node, part) : undefined;
  return node;
}

/** A column's title: each level's field title ("联系人 · 手机号码"), from the newest version that has the field. */
function columnTitle(schemas: RJSFSchema[], path: string, locale: Locale): string {
  const schema = schemas.find((candidate) => fieldAt(candidate, path)) ?? schemas[0]!;
  const parts = path.split('.');
  return parts.map((part, index) => fieldLabel(fieldAt(schema, parts.slice(0, index + 1).join('.')), part, { locale })).join(' · ');
}

function valueAt(data: unknown, path: string, field: RJSFSchema | undefined, locale: Locale): string | number {
  let node: unknown = data;
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  if (node === undefined || node === null) return '';
  // Numbers stay numbers, so the formula escape below leaves a negative number alone.
  if (typeof node === 'number') return node;
  const shown = presentValue(field, node, { locale });
  // A group of fields or a list of records: its lines ("姓名：张三; 职务：安全员"), never JSON.
  if (shown.kind === 'fields') return shownText(shown.fields).join('; ');
  if (shown.kind === 'items') return shownText(shown.items).join('; ');
  if (typeof node === 'object') return (shown as { text: string }).text;
  // Choices, yes/no and file references read as words; other text stays as written (dates as stored, for spreadsheets).
  return typeof node === 'boolean' || choiceTitleOf(field, node, locale) !== undefined || /^upload:/.test(String(node))
    ? (shown as { text: string }).text
    : String(node);
}

/** The columns before the form's fields, and the one after them, in `locale`; times are titled with their zone. */
export function exportFrameTitles(locale: Locale, timeZone: string): { leading: string[]; trailing: string[] } {
  return locale === 'en'
    ? {
        leading: [
          'Case number',
          'Form version',
          'Enterprise',
          'Submitted by',
          'Username',
          'Status',
          zonedColumnTitle('Submitted at', timeZone, locale),
        ],
        trailing: ['System id'],
      }
    : {
        leading: ['案件编号', '表单版本', '企业', '提交人', '用户名', '状态', zonedColumnTitle('提交时间', timeZone, locale)],
        trailing: ['系统编号'],
      };
}

/** Builds the CSV (with a BOM so spreadsheet programs read the Chinese correctly); times in `timeZone`, the server's. */
export async function exportSubmissionsCsv(
  db: Db,
  key: string,
  versions: StoredForm[],
  reader: Reader,
  full: boolean,
  timeZone: string,
): Promise<{ csv: string; rows: number }> {
  const locale: Locale = reader.locale;
  const columns: string[] = [];
  for (const version of [...versions].sort((a, b) => a.version - b.version)) {
    for (const path of fieldPaths(version.schema)) if (!columns.includes(path)) columns.push(path);
  }
  const rows = await exportRows(db, key);
  // Fields found in data but in no schema (should not happen) still get a column rather than being lost.
  for (const row of rows)
    for (const name of Object.keys(row.data)) if (!columns.some((c) => c === name || c.startsWith(`${name}.`))) columns.push(name);
  const { leading, trailing } = exportFrameTitles(locale, timeZone);
  // Titles in the reader's language, newest version first.
  const schemas = [...versions]
    .sort((a, b) => b.version - a.version)
    .map((version) => (locale === 'en' ? localizeSchema(version.schema, version.i18n?.en) : version.schema));
  const fields = columns.map((path) => schemas.map((schema) => fieldAt(schema, path)).find(Boolean));
  const shown = await maskSubmissions(
    db,
    reader,
    rows.map((row) => ({
      id: row.id,
      formKey: row.formKey,
      formVersion: row.formVersion,
      enterpriseId: row.enterpriseId,
      userId: row.userId,
      data: row.data,
    })),
    full ? 'full-export' : 'export',
  );
  const processOf = new Map(versions.map((version) => [version.version, version.process]));
  const body = rows.map((row, index) => {
    const data = shown[index]!.data;
    // The status as the lists word it: a gate check's 放行 / 劝返 / 隔离观察, a report's 按时提交, not the ladder's words.
    const { statusText } = caseWords(
      { process: processOf.get(row.formVersion) ?? null, status: row.status, data, result: row.result },
      locale,
    );
    return [
      row.caseNumber ?? '',
      row.formVersion,
      row.enterpriseName ?? '',
      row.displayName,
      row.username,
      statusText,
      spreadsheetTime(row.createdAt, timeZone),
      ...columns.map((path, index) => valueAt(data, path, fields[index], locale)),
      row.id,
    ];
  });
  // spreadsheetCsv: a cell a submitter began with = + - @ (or a tab or CR) gets a leading ' so a spreadsheet shows it
  // as text instead of running it as a formula (=HYPERLINK(…) sending the reader elsewhere).
  const titles = columns.map((path) => columnTitle(schemas, path, locale));
  return { csv: spreadsheetCsv([[...leading, ...titles, ...trailing], ...body]), rows: rows.length };
}
