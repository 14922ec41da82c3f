// A field as the builder adds it: a free name, sensible defaults per kind (two options for a choice, identifiers
// marked as personal data and typed on a phone keypad), empty titles for the admin to fill in.
import type { PersonalKind } from '#core/privacy/personal-kind';
import type { BuilderField, FieldKind } from './field-model';
import { newFieldId } from './schema-to-fields';

const PERSONAL: Partial<Record<FieldKind, PersonalKind>> = { residentId: 'id-number', mobile: 'mobile' };
const UI: Partial<Record<FieldKind, Record<string, unknown>>> = {
  residentId: { 'ui:inputType': 'tel' },
  mobile: { 'ui:inputType': 'tel' },
  choice: { 'ui:widget': 'radio' },
  multiChoice: { 'ui:widget': 'checkboxes' },
};

/** The first free name `field1`, `field2`… among `taken`. */
export function freeName(taken: readonly string[], stem = 'field'): string {
  let n = 1;
  while (taken.includes(`${stem}${n}`)) n += 1;
  return `${stem}${n}`;
}

/** A new field of `kind` whose name is not among `taken`. */
export function newField(kind: FieldKind, taken: readonly string[]): BuilderField {
  const choice = kind === 'choice' || kind === 'multiChoice';
  return {
    id: newFieldId(),
    name: freeName(taken),
    kind,
    title: { 'zh-CN': '', en: '' },
    help: { 'zh-CN': '', en: '' },
    required: false,
    personal: PERSONAL[kind] ?? null,
    unit: { 'zh-CN': '', en: '' },
    integer: false,
    options: choice
      ? [
          { value: 'option1', title: { 'zh-CN': '选项一', en: 'Option 1' } },
          { value: 'option2', title: { 'zh-CN': '选项二', en: 'Option 2' } },
        ]
      : [],
    multiple: false,
    children: [],
    ordered: kind === 'section' || kind === 'group',
    condition: null,
    schemaRest: {},
    uiRest: { ...UI[kind] },
  };
}
