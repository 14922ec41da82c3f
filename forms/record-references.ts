// What JSON Schema cannot say about a record definition (the visit log): each field its params name must be a field
// of the form of the right kind, so a renamed or removed field is refused at publish rather than breaking the visit
// page, the dashboard's figures or the "file as difficulty report" button.
import type { RJSFSchema } from '@rjsf/utils';
import type { FieldError } from './form-validator';
import type { FormDefinition } from './form-definition';
import { choiceValues } from './references/form-fields';

/** The params of a record definition (forms/process-types.ts, RECORD_PARAMS). */
export interface RecordParams {
  records: 'visit';
  enterpriseField: string;
  dateField: string;
  columns: { peopleMet: string; opinionsCount: string; opinions?: string };
  problems: { field: string; kindField: string; categoryField: string; descriptionField: string };
  /** Hours a visit made offline may wait on the phone before the page warns (issue 23; 72 when absent). */
  offlineQueueLimitHours?: number;
}

/** The kinds of problem a visit records: solved on site, or taken away to coordinate (then it can be filed). */
export const PROBLEM_KINDS = ['solved', 'coordinate'] as const;

type Want = 'integer' | 'number' | 'string' | 'date' | 'array';

function fits(field: RJSFSchema | undefined, want: Want): boolean {
  if (!field) return false;
  if (want === 'date') return field.type === 'string' && field.format === 'date';
  if (want === 'number') return field.type === 'integer' || field.type === 'number';
  return field.type === want;
}

const WORDS: Record<Want, string> = {
  integer: 'a whole-number field',
  number: 'a number field',
  string: 'a text field',
  date: 'a date field (format "date")',
  array: 'a list field',
};

function fieldProblem(fields: Record<string, RJSFSchema>, name: string, want: Want, path: string): FieldError[] {
  if (fits(fields[name], want)) return [];
  const known = Object.keys(fields).join(', ') || '(none)';
  return [{ path, message: `"${name}" is not ${WORDS[want]} of the form; fields: ${known}` }];
}

function problemItemProblems(items: RJSFSchema | undefined, problems: RecordParams['problems']): FieldError[] {
  const fields = (items?.properties ?? {}) as Record<string, RJSFSchema>;
  const at = '/process/params/problems';
  const found = [
    ...fieldProblem(fields, problems.kindField, 'string', `${at}/kindField`),
    ...fieldProblem(fields, problems.categoryField, 'string', `${at}/categoryField`),
    ...fieldProblem(fields, problems.descriptionField, 'string', `${at}/descriptionField`),
  ];
  const kinds = choiceValues(fields[problems.kindField]).map((choice) => choice.value);
  if (fields[problems.kindField] && PROBLEM_KINDS.some((kind) => !kinds.includes(kind)))
    found.push({ path: `${at}/kindField`, message: `"${problems.kindField}" must offer the choices ${PROBLEM_KINDS.join(' and ')}` });
  return found;
}

/** Broken field references of a record definition, by JSON pointer; empty for any other definition. */
export function recordReferenceProblems(form: FormDefinition): FieldError[] {
  if (form.process.processType !== 'record') return [];
  const params = form.process.params as unknown as RecordParams;
  const fields = (form.schema.properties ?? {}) as Record<string, RJSFSchema>;
  const required = new Set((form.schema.required ?? []) as string[]);
  const at = '/process/params';
  const problems = [
    ...fieldProblem(fields, params.enterpriseField, 'integer', `${at}/enterpriseField`),
    ...fieldProblem(fields, params.dateField, 'date', `${at}/dateField`),
    ...fieldProblem(fields, params.columns.peopleMet, 'string', `${at}/columns/peopleMet`),
    ...fieldProblem(fields, params.columns.opinionsCount, 'number', `${at}/columns/opinionsCount`),
    ...(params.columns.opinions ? fieldProblem(fields, params.columns.opinions, 'string', `${at}/columns/opinions`) : []),
    ...fieldProblem(fields, params.problems.field, 'array', `${at}/problems/field`),
  ];
  for (const [name, path] of [
    [params.enterpriseField, 'enterpriseField'],
    [params.dateField, 'dateField'],
    [params.columns.peopleMet, 'columns/peopleMet'],
  ] as const) {
    if (fields[name] && !required.has(name)) problems.push({ path: `${at}/${path}`, message: `"${name}" must be a required field` });
  }
  const list = fields[params.problems.field];
  if (fits(list, 'array')) problems.push(...problemItemProblems(list!.items as RJSFSchema | undefined, params.problems));
  return problems;
}
