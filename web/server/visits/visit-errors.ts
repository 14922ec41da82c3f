// A visit is checked with the definition it is recorded with (the same AJV setup the page used), then for what the
// schema cannot know: the date is not in the future, and a problem taken away names a difficulty category that exists,
// so it can be filed as a difficulty report. Every problem is reported at its field, in the reader's language.
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { AppError } from '#core/errors';
import type { Db } from '#core/stores/db-types';
import { difficultyCategoryKeys } from '#core/stores/visits/visit-problem-store';
import type { FormDefinition } from '#forms/form-definition';
import { validateFormData, type FieldError } from '#forms/form-validator';
import { paramsOf, visitSchema } from './visit-form';
import { OFFLINE_PROPERTIES } from '../offline/offline-item';
import { unknownFieldProblems } from '../route-contract';

const MESSAGES = {
  future: { 'zh-CN': '走访日期不能晚于今天', en: 'The visit date cannot be in the future' },
  noCategory: { 'zh-CN': '带回协调的问题请选择问题类别', en: 'Choose a category for a problem taken away to coordinate' },
  unknownCategory: { 'zh-CN': '没有这个问题类别', en: 'No such category' },
} as const;

type Data = Record<string, unknown>;

async function problemErrors(db: Db, form: FormDefinition, data: Data, locale: Locale): Promise<FieldError[]> {
  const { problems } = paramsOf(form);
  const list = Array.isArray(data[problems.field]) ? (data[problems.field] as Data[]) : [];
  const known = new Set<unknown>(await difficultyCategoryKeys(db));
  const errors: FieldError[] = [];
  list.forEach((problem, index) => {
    const category = problem[problems.categoryField];
    const path = `/${problems.field}/${index}/${problems.categoryField}`;
    if (category === undefined || category === '') {
      if (problem[problems.kindField] === 'coordinate') errors.push({ path, message: MESSAGES.noCategory[locale] });
    } else if (!known.has(category)) errors.push({ path, message: MESSAGES.unknownCategory[locale] });
  });
  return errors;
}

// The top level of a visit is the form's data and the route's own options beside it. A form that takes no field it does
// not declare refuses a misspelt one at its name, listing what the body takes, where AJV said "reload the page".
function acceptedBody(form: FormDefinition): RJSFSchema {
  return {
    type: 'object',
    properties: { ...form.schema.properties, ...OFFLINE_PROPERTIES, fileProblems: { type: 'boolean' } },
    ...(form.schema.additionalProperties === false ? { additionalProperties: false } : {}),
  };
}

const isNamed = (problems: FieldError[], name: string) => problems.some((problem) => problem.path === `/${name}`);

/** Every problem with a visit's data, by field path; empty when it may be stored. */
export async function visitErrors(db: Db, form: FormDefinition, data: unknown, locale: Locale, today: string): Promise<FieldError[]> {
  const unknown = unknownFieldProblems(acceptedBody(form), data, locale);
  const known = unknown.length ? Object.fromEntries(Object.entries(data as Data).filter(([name]) => !isNamed(unknown, name))) : data;
  const schemaErrors = [...unknown, ...validateFormData(visitSchema(form, locale), known, locale)];
  if (schemaErrors.length) return schemaErrors;
  const visit = data as Data;
  const { dateField } = paramsOf(form);
  const errors: FieldError[] = [];
  if (String(visit[dateField]) > today) errors.push({ path: `/${dateField}`, message: MESSAGES.future[locale] });
  return [...errors, ...(await problemErrors(db, form, visit, locale))];
}

/** The 422 of a visit that needs attention, each problem at its field. */
export function invalidVisit(errors: FieldError[]): AppError {
  return new AppError(422, 'invalid_body', { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' }, errors);
}
