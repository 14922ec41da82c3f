// A cadre names an enterprise it looks after by its unified social credit code: rather than typing 18 characters, it
// picks the enterprise by name. The app adds the widget hint to the uiSchema it renders with, so no form definition
// (immutable once published) changes for it.
import type { RJSFSchema, UiSchema } from '@rjsf/utils';

/** The widget (form-widgets.ts) of a credit-code field with the user's own enterprises to pick from. */
export const OWN_ENTERPRISE_WIDGET = 'own-enterprise-credit-code';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `uiSchema` with the picker on each top-level `credit-code` field whose uiSchema names no widget of its own. */
export function withEnterprisePicker(schema: RJSFSchema, uiSchema: UiSchema = {}): UiSchema {
  const properties = isObject(schema.properties) ? schema.properties : {};
  let next: UiSchema | null = null;
  for (const [name, field] of Object.entries(properties)) {
    if (!isObject(field) || field.type !== 'string' || field.format !== 'credit-code') continue;
    const own: Record<string, unknown> = isObject(uiSchema[name]) ? uiSchema[name] : {};
    if (own['ui:widget'] !== undefined) continue;
    next ??= { ...uiSchema };
    next[name] = { ...own, 'ui:widget': OWN_ENTERPRISE_WIDGET };
  }
  return next ?? uiSchema;
}
