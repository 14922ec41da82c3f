// One part of a template (subject, HTML or plain text) in a textarea, with the server's problems right under it.
import { useId } from 'react';

/** Props of TemplatePartField. */
export interface TemplatePartFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly string[] | undefined;
  rows: number;
}

/** A labelled code textarea, marked invalid while the server has problems with it. */
export function TemplatePartField({ label, hint, value, onChange, problems, rows }: TemplatePartFieldProps) {
  const id = useId();
  const invalid = Boolean(problems?.length);
  return (
    <div className="field template-part">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <textarea
        id={id}
        className="form-control mono template-part__text"
        value={value}
        rows={rows}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-hint ${id}-problems` : `${id}-hint`}
      />
      {invalid && (
        <ul id={`${id}-problems`} className="field__error template-part__problems">
          {problems!.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
