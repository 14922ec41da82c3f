// The published visit-log definition (forms/definitions/visit-log.json) a cadre's visit is recorded with, and the form
// the visit page renders from it: the definition in the reader's language, its enterprise field offering the
// enterprises the cadre may visit by name.
import { VISIT_FORM_KEY } from '#core/domain/visit-form-key';
import type { RJSFSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import { AppError } from '#core/errors';
import type { Db } from '#core/stores/db-types';
import { localizeSchema, type FormDefinition } from '#forms/form-definition';
import { formVersion, latestPublishedForm } from '#core/stores/forms/form-store';
import { readShippedForms } from '#forms/shipped-forms';
import type { RecordParams } from '#forms/record-references';

/** Key of the shipped visit-log definition. */

const noForm = new AppError(404, 'no_visit_form', {
  'zh-CN': '走访记录表单尚未发布，请联系管理员',
  en: 'The visit log form is not published; ask an administrator',
});

const isVisitLog = (form: FormDefinition | undefined): form is FormDefinition =>
  form?.process.processType === 'record' && (form.process.params as { records?: string }).records === 'visit';

/** The newest published visit-log definition, or a 404 that says who can fix it. */
export async function visitForm(db: Db): Promise<FormDefinition> {
  const form = await latestPublishedForm(db, VISIT_FORM_KEY);
  if (!isVisitLog(form)) throw noForm;
  return form;
}

/** Each visit-log version a set of visits was made with, by version (the newest published one too, under 0). */
export async function visitFormVersions(db: Db, versions: number[]): Promise<Map<number, FormDefinition>> {
  const found = new Map<number, FormDefinition>();
  for (const version of new Set(versions)) {
    const form = await formVersion(db, VISIT_FORM_KEY, version);
    if (form) found.set(version, form);
  }
  const newest = await latestPublishedForm(db, VISIT_FORM_KEY);
  if (newest) found.set(0, newest);
  return found;
}

/** The record params of a visit-log definition. */
export function paramsOf(form: FormDefinition): RecordParams {
  return form.process.params as unknown as RecordParams;
}

let shipped: FormDefinition | undefined;

/** The shipped visit-log definition, for visits written outside a request (fixtures, benchmarks). */
export function shippedVisitForm(): FormDefinition {
  shipped ??= readShippedForms().find((form) => form.key === VISIT_FORM_KEY)!;
  return shipped;
}

/** The definition's schema in `locale`. */
export function visitSchema(form: FormDefinition, locale: Locale): RJSFSchema {
  return locale === 'en' ? localizeSchema(form.schema, form.i18n?.en) : form.schema;
}

/** What the visit page renders: the definition in the reader's language, the enterprise field as a choice by name. */
export function visitFormView(form: FormDefinition, locale: Locale, enterprises: { id: number; name: string }[]) {
  const schema = structuredClone(visitSchema(form, locale));
  const field = (schema.properties as Record<string, RJSFSchema>)[paramsOf(form).enterpriseField];
  // Named, never numbered: the field offers the cadre's enterprises; with none, the server's 404 says so on save.
  if (field && enterprises.length) field.oneOf = enterprises.map((e) => ({ const: e.id, title: e.name }));
  return { key: form.key, version: form.version, title: form.title, schema, uiSchema: form.uiSchema, params: paramsOf(form) };
}
