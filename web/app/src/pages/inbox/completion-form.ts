// A task's completion schema as rjsf renders it: workflows often send bare fields (a `note` without a title),
// so the page supplies localized titles and multi-line widgets for free text.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';

/** Titles the page knows for common completion fields, by field name. */
export type KnownTitles = Readonly<Record<string, string>>;

/** The schema with titles filled in where it has none, and a uiSchema making long free text a textarea. */
export function completionForm(schema: RJSFSchema, titles: KnownTitles): { schema: RJSFSchema; uiSchema: UiSchema } {
  const properties = (schema.properties ?? {}) as Record<string, RJSFSchema>;
  const uiSchema: UiSchema = {};
  const withTitles: Record<string, RJSFSchema> = {};
  for (const [name, field] of Object.entries(properties)) {
    const titled = typeof field === 'object' && !field.title && titles[name] ? { ...field, title: titles[name] } : field;
    withTitles[name] = titled;
    const freeText =
      typeof field === 'object' &&
      field.type === 'string' &&
      !field.enum &&
      !field.oneOf &&
      !field.anyOf &&
      !field.format &&
      (field.maxLength === undefined || field.maxLength > 100);
    if (freeText) uiSchema[name] = { 'ui:widget': 'textarea', 'ui:options': { rows: 4 } };
  }
  return { schema: { ...schema, properties: withTitles }, uiSchema };
}
