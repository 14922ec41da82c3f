// A labelled date of a filter or a small form: TextField's frame around the shared DateInput (年-月-日 in zh-CN, whatever
// the browser's own locale). Only a whole date or an empty field reaches the page, so a query never carries half a
// date: while the field holds something else the page keeps the date it had, and the field says how to write one.
import { useState } from 'react';
import { FieldFrame } from './field-frame';
import { DateInput } from './date-input';
import { isCalendarDate } from '../form/typed-date';
import { useI18n } from '../i18n/use-i18n';
import './form-controls.css';

/** Props of DateField; `value` and what `onChange` receives are ISO dates `YYYY-MM-DD`, or '' for none. */
export interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
}

/** One date field; `error` marks it invalid and is read out with the label. */
export function DateField({ label, value, onChange, error, hint, required, disabled }: DateFieldProps) {
  const { t } = useI18n();
  // What was typed that is not a date yet, over the value it was typed over (a value set from outside replaces it),
  // and whether it was left so: then the field says how to write a date, until it holds one.
  const [typed, setTyped] = useState<{ text: string; over: string } | null>(null);
  const [left, setLeft] = useState(false);
  const draft = typed?.over === value ? typed.text : null;
  const change = (text: string) => {
    if (text === '' || isCalendarDate(text)) {
      setTyped(null);
      setLeft(false);
      if (text !== value) onChange(text);
    } else {
      setTyped({ text, over: value });
    }
  };
  const unreadable = draft !== null && left;
  return (
    <FieldFrame label={label} hint={hint} error={unreadable ? t('date.unreadable') : error} required={required}>
      {(control) => (
        <DateInput
          {...control}
          value={draft ?? value}
          onChange={change}
          onBlur={() => setLeft(true)}
          required={required}
          disabled={disabled}
        />
      )}
    </FieldFrame>
  );
}
