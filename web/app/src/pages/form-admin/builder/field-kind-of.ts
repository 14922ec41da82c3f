// Which builder kind a field's schema (and uiSchema) describes; a field that fits none stays `other` and is kept whole.
import type { FieldKind } from './field-model';
import { hasOnlyKeys, isObject, isOptionList, type Json } from './json-shapes';

const FORMAT_KINDS: Record<string, FieldKind> = {
  'resident-id': 'residentId',
  'mobile-cn': 'mobile',
  'credit-code': 'creditCode',
  date: 'date',
};

function stringKind(schema: Json, ui: Json): FieldKind {
  if (schema.oneOf !== undefined) return isOptionList(schema.oneOf) ? 'choice' : 'other';
  const format = schema.format;
  if (format === 'upload-ref') return schema['x-widget'] === 'signature' ? 'signature' : 'file';
  if (typeof format === 'string' && FORMAT_KINDS[format]) return FORMAT_KINDS[format];
  return ui['ui:widget'] === 'textarea' ? 'longText' : 'text';
}

function arrayKind(schema: Json): FieldKind {
  const items = schema.items;
  if (!isObject(items)) return 'other';
  if (hasOnlyKeys(items, ['type', 'format']) && items.type === 'string' && items.format === 'upload-ref') return 'file';
  if (hasOnlyKeys(items, ['type', 'oneOf']) && items.type === 'string' && isOptionList(items.oneOf) && schema.uniqueItems === true)
    return 'multiChoice';
  if (hasOnlyKeys(items, ['type', 'properties', 'required']) && items.type === 'object' && isObject(items.properties)) return 'group';
  return 'other';
}

/** The kind of the field `schema` describes. */
export function fieldKindOf(schema: Json, ui: Json): FieldKind {
  switch (schema.type) {
    case 'string':
      return stringKind(schema, ui);
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'yesNo';
    case 'array':
      return arrayKind(schema);
    case 'object':
      return isObject(schema.properties) ? 'section' : 'other';
    default:
      return 'other';
  }
}
