// A parameter that is a JSON document of its own (a ladder's decision form), edited as JSON text inside the generated
// editor; the value changes only when the text parses, and a syntax error is said at the box.
import type { FieldProps } from '@rjsf/utils';
import { useState } from 'react';
import { parseJsonText } from '../../../form/parse-json-text';
import { useI18n } from '../../../i18n/use-i18n';

/** The JSON box. */
export function JsonBlockField({ fieldPathId, formData, onChange, disabled, readonly, schema }: FieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(() => (formData === undefined ? '' : JSON.stringify(formData, null, 2)));
  const [broken, setBroken] = useState(false);
  return (
    <div className="field">
      <label htmlFor={fieldPathId.$id}>{schema.title}</label>
      {schema.description && <p className="hint">{schema.description}</p>}
      <textarea
        id={fieldPathId.$id}
        className="mono"
        rows={8}
        spellCheck={false}
        value={text}
        disabled={disabled || readonly}
        aria-invalid={broken || undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim() === '') {
            setBroken(false);
            onChange(undefined, fieldPathId.path);
            return;
          }
          const parsed = parseJsonText(event.target.value);
          setBroken(!parsed.ok);
          if (parsed.ok) onChange(parsed.value, fieldPathId.path);
        }}
      />
      {broken && <p className="field__error">{t('params.jsonBroken')}</p>}
    </div>
  );
}
