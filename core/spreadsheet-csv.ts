// Every CSV the server hands out is written here, so each escapes the same way. Exports carry what people typed (an
// enterprise's name, a failed sign-in's username, a submitted answer), and a cell a spreadsheet program would take for
// a formula must open as text (OWASP "CSV injection"): csv-stringify's `escape_formulas` puts a ' before a cell that
// starts with = + - @, a tab or a carriage return (and their full-width forms), leaving negative numbers alone.
import { stringify } from 'csv-stringify/sync';

/** A spreadsheet cell's value: text is escaped if it starts like a formula, numbers stay numbers. */
export type SpreadsheetCell = string | number | boolean | null | undefined;

/** The rows as CSV text, a BOM first so Excel and WPS read the Chinese as UTF-8, formula-like text escaped. */
export function spreadsheetCsv(rows: readonly (readonly SpreadsheetCell[])[]): string {
  return `\uFEFF${stringify(rows as SpreadsheetCell[][], { escape_formulas: true })}`;
}
