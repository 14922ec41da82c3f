// Keeps the builder and the JSON boxes in step: the builder's fields are read from the editor's texts whenever those
// texts change from outside (typed in the JSON view, a reset), and each builder edit writes the texts anew. While a
// box does not parse the builder has no form and says so; nothing is lost, the texts stay as typed.
import { useState } from 'react';
import { parseJsonText } from '../../../form/parse-json-text';
import { FIELD_NAME, type BuilderField, type BuilderForm, type FormParts } from './field-model';
import { formToParts } from './fields-to-schema';
import { isObject } from './json-shapes';
import { schemaToForm } from './schema-to-fields';

/** The three JSON texts the builder reads and writes. */
export interface BuilderTexts {
  schema: string;
  uiSchema: string;
  i18n: string;
}

const sourceOf = (texts: BuilderTexts) => JSON.stringify([texts.schema, texts.uiSchema, texts.i18n]);

function read(texts: BuilderTexts): BuilderForm | null {
  const parsed = [texts.schema, texts.uiSchema, texts.i18n].map((text) => parseJsonText(text));
  if (!parsed.every((p) => p.ok && isObject(p.value))) return null;
  const [schema, uiSchema, i18n] = parsed.map((p) => (p as { value: Record<string, unknown> }).value);
  return schemaToForm({ schema: schema!, uiSchema: uiSchema!, i18n: i18n as FormParts['i18n'] });
}

/** True when every field's name is a valid property name, unique among its siblings (else the JSON would lose one). */
export function namesAreSound(fields: readonly BuilderField[]): boolean {
  const names = fields.map((field) => field.name);
  return (
    names.every((name) => FIELD_NAME.test(name)) &&
    new Set(names).size === names.length &&
    fields.every((field) => namesAreSound(field.children))
  );
}

/** The builder's form for `texts` (null while they do not parse) and the edit that writes a changed form back; while
 * a field's name is invalid or taken the edit stays in the builder (`pending`) and the texts keep their last sound form. */
export function useBuilderForm(texts: BuilderTexts, onTexts: (texts: BuilderTexts) => void) {
  const source = sourceOf(texts);
  const [state, setState] = useState(() => ({ source, form: read(texts) }));
  let current = state;
  if (state.source !== source) {
    // Changed outside the builder: read again (React allows this update during render for derived state).
    current = { source, form: read(texts) };
    setState(current);
  }
  const change = (form: BuilderForm) => {
    if (!namesAreSound(form.fields)) return setState({ source, form });
    const parts = formToParts(form);
    const next = {
      schema: JSON.stringify(parts.schema, null, 2),
      uiSchema: JSON.stringify(parts.uiSchema, null, 2),
      i18n: JSON.stringify(parts.i18n, null, 2),
    };
    setState({ source: sourceOf(next), form });
    onTexts(next);
  };
  return { form: current.form, change, pending: current.form !== null && !namesAreSound(current.form.fields) };
}
