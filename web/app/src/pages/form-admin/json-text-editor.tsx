// A plain textarea for one JSON part of a definition; its syntax error (line, column) and the server's problems show beside it.
import { useId, useRef } from 'react';
import type { ErrorDetail } from '../../api/api-types';
import type { JsonSyntaxError } from '../../form/parse-json-text';
import { useI18n } from '../../i18n/use-i18n';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** Props of JsonTextEditor. */
export interface JsonTextEditorProps {
  label: string;
  hint: string;
  /** What to type, shown as code after the hint. */
  example?: string;
  value: string;
  onChange: (value: string) => void;
  syntaxError?: JsonSyntaxError;
  /** Problems the server found in this part; paths relative to it. */
  problems: readonly ErrorDetail[];
  rows?: number;
  readOnly?: boolean;
}

/** One JSON editor, marked invalid while its text does not parse or the server refused it. */
export function JsonTextEditor({ label, hint, example, value, onChange, syntaxError, problems, rows = 14, readOnly }: JsonTextEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const invalid = Boolean(syntaxError) || problems.length > 0;
  const described = [`${id}-hint`, syntaxError && `${id}-syntax`, problems.length && `${id}-problems`].filter(Boolean).join(' ');
  const showError = () => {
    if (!syntaxError || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(syntaxError.offset, Math.min(syntaxError.offset + 1, value.length));
  };
  return (
    <div className="field json-editor">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
        {example && (
          <>
            {' '}
            <code>{example}</code>
          </>
        )}
      </p>
      <textarea
        id={id}
        ref={area}
        className="json-editor__text mono"
        value={value}
        rows={rows}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        readOnly={readOnly}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={described}
      />
      {syntaxError && (
        <p id={`${id}-syntax`} className="field__error">
          {t('formAdmin.jsonSyntax', { line: syntaxError.line, column: syntaxError.column })} {t(`formAdmin.json.${syntaxError.reason}`)}{' '}
          <button type="button" className="link-button" onClick={showError}>
            {t('formAdmin.jsonShowError')}
          </button>
        </p>
      )}
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="field__error json-editor__problems">
          {problems.map((problem, index) => (
            <li key={`${problem.path}:${index}`}>
              <span className="mono">{problem.path || '/'}</span> {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
