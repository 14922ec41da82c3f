// A nominator (a cadre, a working-group member, HQ) names an enterprise by its unified social credit code: rather than
// typing 18 characters, it picks the enterprise by name among those it may name — a cadre its own, the others any. The
// server requires the enterprise of anyone without one of their own, so the fill page marks that field required for
// them. The app adds both to the schema and uiSchema it renders with, so no form definition (immutable once published)
// changes for it.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { Role } from '#core/org/org-types';
import { SUBJECT_FIELD } from '#forms/subject-field';

/** The widget (form-widgets.ts) of a credit-code field with the user's enterprises to pick from. */
export const OWN_ENTERPRISE_WIDGET = 'own-enterprise-credit-code';

/** Which enterprises the picker offers: a cadre's own (worded so), or all those the user may name. */
export type PickFrom = 'own' | 'scope';

/** What the picker's ui:options carry. */
export interface PickerOptions {
  pickFrom: PickFrom;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whom the picker serves: the roles that name an enterprise instead of filing for their own (as GET
 * /api/enterprise-names lets them); null for an enterprise, which files for itself, and a gate officer. */
export function pickFromFor(role: Role): PickFrom | null {
  if (role === 'cadre') return 'own';
  return role === 'special_class' || role === 'hq' || role === 'admin' ? 'scope' : null;
}

/** `uiSchema` with the picker on each top-level `credit-code` field whose uiSchema names no widget of its own. */
export function withEnterprisePicker(schema: RJSFSchema, uiSchema: UiSchema = {}, pickFrom: PickFrom = 'own'): UiSchema {
  const properties = isObject(schema.properties) ? schema.properties : {};
  let next: UiSchema | null = null;
  for (const [name, field] of Object.entries(properties)) {
    if (!isObject(field) || field.type !== 'string' || field.format !== 'credit-code') continue;
    const own: Record<string, unknown> = isObject(uiSchema[name]) ? uiSchema[name] : {};
    if (own['ui:widget'] !== undefined) continue;
    const options: Record<string, unknown> = isObject(own['ui:options']) ? own['ui:options'] : {};
    next ??= { ...uiSchema };
    next[name] = { ...own, 'ui:widget': OWN_ENTERPRISE_WIDGET, 'ui:options': { ...options, pickFrom } satisfies PickerOptions };
  }
  return next ?? uiSchema;
}

/** `schema` with the field naming the submission's enterprise required, as the server requires it of a nominator;
 * the same object when the form has no such field or already requires it. */
export function withNomineeRequired(schema: RJSFSchema): RJSFSchema {
  if (!isObject(schema.properties) || !(SUBJECT_FIELD in schema.properties)) return schema;
  const required = Array.isArray(schema.required) ? schema.required : [];
  if (required.includes(SUBJECT_FIELD)) return schema;
  return { ...schema, required: [SUBJECT_FIELD, ...required] };
}
