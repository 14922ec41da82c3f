// Keeps the builder and the JSON boxes in step: the builder's fields are read from the editor's texts whenever those
// texts change from outside (typed in the JSON view, a reset), and each builder edit writes the texts anew. While a
// box does not parse the builder has no form and says so; nothing is lost, the texts stay as typed.
import { useState } from 'react';
import { parseJsonText } from '../../../form/parse-json-text';
import type { BuilderForm, FormParts } from './field-model';
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

/** The builder's form for `texts` (null while they do not parse) and the edit that writes a changed form back. */
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
    const parts = formToParts(form);
    const next = {
      schema: JSON.stringify(parts.schema, null, 2),
      uiSchema: JSON.stringify(parts.uiSchema, null, 2),
      i18n: JSON.stringify(parts.i18n, null, 2),
    };
    setState({ source: sourceOf(next), form });
    onTexts(next);
  };
  return { form: current.form, change };
}
