// A visit's fields on one line of a table cell ("走访对象：项目经理；征求意见（条）：2"), by their titles, as the server
// presented and masked them; nested fields and items inside brackets.
import type { Shown, ShownField } from '../../../../../forms/present/present-value';

function valueText(value: Shown): string {
  if (value.kind === 'fields') return `（${shownLine(value.fields)}）`;
  if (value.kind === 'items') return `（${shownLine(value.items)}）`;
  return value.text;
}

/** The fields as "label：value" pairs joined by semicolons. */
export function shownLine(fields: readonly ShownField[]): string {
  return fields.map((field) => `${field.label}：${valueText(field.value)}`).join('；');
}
