// Checks one row against the API's JSON Schema for the record, worded for a spreadsheet: each problem names the row
// number the admin sees, the column by the header the file used, and that column's own rule.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale, LocalizedText } from '#core/domain/locale';
import { validateFormData } from '#forms/form-validator';
import type { MessageOverrides } from '#forms/localize-validation-errors';
import { headerOf, requiredMessage, type ColumnRule } from './column-rules';

/** A problem with one row. */
export interface RowProblem {
  /** The row number as a spreadsheet shows the file: the header is row 1. */
  line: number;
  /** The canonical column (csv-rows.ts). */
  column: string;
  /** The column's header as the file wrote it (or the template's, when the file has no such column). */
  header: string;
  message: string;
}

const YES_NO: LocalizedText = {
  'zh-CN': '请填写“是”或“否”（也可填 Y/N、1/0），留空为否',
  en: 'Enter yes or no (or Y/N, 1/0); empty means no',
};

function choicesMessage(choices: Readonly<Record<string, LocalizedText>>): LocalizedText {
  const names = Object.values(choices);
  return {
    'zh-CN': `请填写以下之一：${names.map((name) => name['zh-CN']).join('、')}`,
    en: `Enter one of: ${names.map((name) => name.en).join(', ')}`,
  };
}

function messagesOf(rule: ColumnRule): MessageOverrides {
  const own: MessageOverrides = { required: requiredMessage('{title}') };
  if (rule.choices) own.enum = choicesMessage(rule.choices);
  if (rule.yesNo) own.type = YES_NO;
  return own;
}

/** The schema a row is checked against: the API's properties titled with the file's headers, with a spreadsheet's words
 * for a missing value, a choice and a yes/no. */
export function rowSchema(
  properties: Readonly<Record<string, RJSFSchema>>,
  rules: readonly ColumnRule[],
  headers: Record<string, string>,
  locale: Locale,
): RJSFSchema {
  const checked = rules.filter((rule) => rule.field in properties);
  return {
    type: 'object',
    required: checked.filter((rule) => rule.required).map((rule) => rule.field),
    properties: Object.fromEntries(
      checked.map((rule) => [
        rule.field,
        { ...properties[rule.field], title: headerOf(rules, rule.column, headers, locale), 'x-messages': messagesOf(rule) },
      ]),
    ),
  };
}

/** Whether a required cell was left empty (it is then asked for, not checked further). */
export function isMissing(rule: ColumnRule, value: unknown): boolean {
  return rule.required && typeof value === 'string' && value.trim() === '';
}

/** The problems of one row's record against its row schema; an empty required cell reads "enter 「header」". */
export function rowProblems(
  line: number,
  schema: RJSFSchema,
  record: Record<string, unknown>,
  rules: readonly ColumnRule[],
  headers: Record<string, string>,
  locale: Locale,
): RowProblem[] {
  const data = Object.fromEntries(
    Object.entries(record).filter(([field, value]) => !rules.some((rule) => rule.field === field && isMissing(rule, value))),
  );
  return validateFormData(schema, data, locale).map((problem) => {
    const field = problem.path.split('/')[1] ?? '';
    const column = rules.find((rule) => rule.field === field)?.column ?? field;
    return { line, column, header: headerOf(rules, column, headers, locale), message: problem.message };
  });
}

/** A problem the schema cannot see (a duplicate, an unknown credit code), named like the schema's. */
export function rowProblem(
  line: number,
  column: string,
  rules: readonly ColumnRule[],
  headers: Record<string, string>,
  locale: Locale,
  message: LocalizedText | string,
): RowProblem {
  const text = typeof message === 'string' ? message : message[locale];
  return { line, column, header: headerOf(rules, column, headers, locale), message: text };
}
