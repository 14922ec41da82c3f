// One part of a template (subject, HTML or plain text) in a textarea, with the server's problems right under it, and
// advice on a time or day printed bare: it shows as the data has it (2026-12-07), not as the reader writes a date.
import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { bareTimes } from './placeholders';

/** Props of TemplatePartField. */
export interface TemplatePartFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly string[] | undefined;
  rows: number;
  /** The purpose's sample data, to find its times and days printed bare. */
  sampleData?: Record<string, unknown>;
}

/** A labelled code textarea, marked invalid while the server has problems with it. */
export function TemplatePartField({ label, hint, value, onChange, problems, rows, sampleData }: TemplatePartFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const invalid = Boolean(problems?.length);
  const bare = sampleData ? bareTimes(value, sampleData) : [];
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
      {bare.length > 0 && (
        <ul className="field__hint template-part__advice">
          {bare.map((placeholder) => (
            <li key={placeholder.name}>
              {t('emailTemplates.bareTime', { bare: `{{${placeholder.name}}}`, sample: placeholder.sample, usage: placeholder.usage })}
            </li>
          ))}
        </ul>
      )}
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
