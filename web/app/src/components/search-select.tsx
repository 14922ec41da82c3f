// A select over possibly thousands of options (enterprises, projects) with a filter box above it.
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import type { SelectOption } from './select-field';
import './form-controls.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgOwnZhCn } from '../i18n/messages/org-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgOwnZhCn);

const SHOWN = 200;

/** Props of SearchSelect. */
export interface SearchSelectProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

/** Type to narrow, then choose; the chosen option stays listed whatever the filter says. */
export function SearchSelect({ label, value, options, onChange, error, required, disabled }: SearchSelectProps) {
  const { t } = useI18n();
  const id = useId();
  const [filter, setFilter] = useState('');
  const matching = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const hits = needle ? options.filter((option) => option.label.toLowerCase().includes(needle)) : options;
    const shown = hits.slice(0, SHOWN);
    const chosen = options.find((option) => option.value === value);
    return { shown: chosen && !shown.includes(chosen) ? [chosen, ...shown] : shown, more: hits.length - shown.length };
  }, [filter, options, value]);
  const described = [`${id}-count`, error && `${id}-error`].filter(Boolean).join(' ');

  return (
    <div className="field search-select">
      <label htmlFor={`${id}-select`}>
        {label}
        {required && <span className="field__required"> {t('common.required')}</span>}
      </label>
      <input
        type="search"
        className="search-select__filter"
        aria-label={t('picker.filter', { label })}
        placeholder={t('picker.placeholder')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        disabled={disabled}
      />
      <select
        id={`${id}-select`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      >
        <option value="">{t('picker.choose')}</option>
        {matching.shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={`${id}-count`} className="field__hint" aria-live="polite">
        {matching.more > 0 ? t('picker.more', { count: matching.more }) : t('picker.count', { count: matching.shown.length })}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
