// A date's input. Chromium draws its native date input in the browser's own locale, not the page's (`lang` is
// ignored): mm/dd/yyyy on an English-language phone even when the page is in Chinese. In zh-CN the date is a text field
// that shows the ISO value as it is, 年-月-日 (2026-02-10), and reads the usual ways of typing one (typed-date.ts); the
// native picker stays, behind a worded button. In English the native input is kept. Shared by the forms' date widget
// (form/date-widget.tsx) and the date fields of filters and small forms (date-field.tsx).
import type { ChangeEvent, KeyboardEvent } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { isIsoDate, typedDate, typedDateComplete } from '../form/typed-date';
import './date-input.css';

/** Props of DateInput; `value` is the ISO date `YYYY-MM-DD`, or what was typed that does not read as one yet. */
export interface DateInputProps {
  id: string;
  value: string;
  /** The ISO date once the typed text reads as a whole date, the text as typed until then; '' when emptied. */
  onChange: (text: string) => void;
  /** On leaving the field, with the text as read then. */
  onBlur?: (text: string) => void;
  onFocus?: (text: string) => void;
  name?: string;
  className?: string;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  autoFocus?: boolean;
  'aria-invalid'?: true | undefined;
  'aria-describedby'?: string | undefined;
}

/** A date field: 年-月-日 text and a picker button in zh-CN, the browser's date input in English. */
export function DateInput({ value, onChange, onBlur, onFocus, ...input }: DateInputProps) {
  const { t, locale } = useI18n();
  if (locale !== 'zh-CN') {
    return (
      <input
        {...input}
        type="date"
        value={isIsoDate(value) ? value : ''}
        onChange={(event) => onChange(event.target.value)}
        onBlur={(event) => onBlur?.(event.target.value)}
        onFocus={(event) => onFocus?.(event.target.value)}
      />
    );
  }
  const type = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.target.value;
    onChange(typedDateComplete(typed) ? typedDate(typed) : typed);
  };
  // Read what was typed before the field is left or its form is sent with Enter, so 2026/2/10 counts as 2026-02-10.
  const read = () => {
    const date = typedDate(value);
    if (date !== value) onChange(date);
    return date;
  };
  const enter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') read();
  };
  return (
    <span className="date-input">
      <input
        {...input}
        className={input.className ? `date-input__text ${input.className}` : 'date-input__text'}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        value={value}
        onChange={type}
        onKeyDown={enter}
        onBlur={() => onBlur?.(read())}
        onFocus={() => onFocus?.(value)}
      />
      {!input.disabled && !input.readOnly && (
        <span className="date-input__pick">
          <span className="button button--quiet" aria-hidden="true">
            {t('date.pick')}
          </span>
          {/* The browser's picker, transparent over the worded button; the text field is the keyboard's way in. */}
          <input
            type="date"
            tabIndex={-1}
            aria-hidden="true"
            value={isIsoDate(value) ? value : ''}
            onChange={(event) => onChange(event.target.value)}
            onClick={(event) => {
              try {
                event.currentTarget.showPicker();
              } catch {
                // Already open, or a browser without showPicker: the input's own tap opens it.
              }
            }}
          />
        </span>
      )}
    </span>
  );
}
