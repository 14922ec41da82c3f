// What each import column holds and how a problem names it: the header the file used, or the template's header.
import { ENTERPRISE_TYPE_NAMES, PROJECT_STATUS_NAMES } from '#core/domain/glossary';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { choiceValue, yesNo } from './column-values';

/** One column of an import file. */
export interface ColumnRule {
  /** The canonical header (csv-rows.ts). */
  column: string;
  /** The property of the record and of its JSON Schema. */
  field: string;
  /** The template's header in each language, for a column the file lacks. */
  label: LocalizedText;
  required: boolean;
  /** The names of an enumerated column's values, by stored key. */
  choices?: Readonly<Record<string, LocalizedText>>;
  yesNo?: boolean;
}

const rule = (column: string, field: string, zh: string, required: boolean, more: Partial<ColumnRule> = {}): ColumnRule => ({
  column,
  field,
  label: { 'zh-CN': zh, en: column },
  required,
  ...more,
});

/** Columns of the enterprise import. */
export const ENTERPRISE_RULES: readonly ColumnRule[] = [
  rule('name', 'name', '企业名称', true),
  rule('credit_code', 'creditCode', '统一社会信用代码', true),
  rule('type', 'type', '企业类型', true, { choices: ENTERPRISE_TYPE_NAMES }),
  rule('focus', 'focus', '重点企业', false, { yesNo: true }),
  rule('address', 'address', '地址', false),
  rule('liaison_name', 'liaisonName', '联络员', false),
  rule('liaison_mobile', 'liaisonMobile', '联络员手机', false),
  rule('liaison_email', 'liaisonEmail', '联络员邮箱', false),
];

/** Columns of the project import. */
export const PROJECT_RULES: readonly ColumnRule[] = [
  rule('enterprise_credit_code', 'enterpriseCreditCode', '企业统一社会信用代码', true),
  rule('name', 'name', '项目名称', true),
  rule('site', 'site', '工地地址', false),
  rule('status', 'status', '状态', true, { choices: PROJECT_STATUS_NAMES }),
  rule('major', 'major', '重大项目', false, { yesNo: true }),
];

/** Columns of the cadre assignment import. */
export const ASSIGNMENT_RULES: readonly ColumnRule[] = [
  rule('cadre_username', 'cadreUsername', '干部用户名', true),
  rule('enterprise_credit_code', 'enterpriseCreditCode', '企业统一社会信用代码', true),
];

/** The header a problem names a column by: the file's own, else the template's in the reader's language. */
export function headerOf(rules: readonly ColumnRule[], column: string, headers: Record<string, string>, locale: Locale): string {
  return headers[column] ?? rules.find((r) => r.column === column)?.label[locale] ?? column;
}

/** A cell as the record holds it: a choice's key, a yes/no's boolean, other text as given. */
export function cellValue(rule: ColumnRule, cell: string | undefined): string | boolean {
  if (rule.choices) return choiceValue(cell, rule.choices);
  if (rule.yesNo) return yesNo(cell);
  return cell ?? '';
}

/** The message asking for an empty required column, naming it by its header. */
export function requiredMessage(header: string): LocalizedText {
  return { 'zh-CN': `请填写「${header}」`, en: `Enter “${header}”` };
}
