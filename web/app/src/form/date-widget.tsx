// The rjsf widget for `format: "date"` fields: the shared DateInput (年-月-日 text and a picker in zh-CN, whatever the
// browser's own locale), with rjsf's own date input kept in English. What was typed that is not yet a date goes to
// the form as typed, for its validator to refuse.
import { ariaDescribedByIds, getTemplate, type WidgetProps } from '@rjsf/utils';
import { useCallback } from 'react';
import { DateInput } from '../components/date-input';
import { useI18n } from '../i18n/use-i18n';

/** A date field stored as `YYYY-MM-DD`, shown as 年-月-日 in zh-CN. */
export function DateWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, rawErrors, registry, options } = props;
  const { locale } = useI18n();
  const set = useCallback((next: string) => onChange(next || undefined), [onChange]);
  if (locale !== 'zh-CN') {
    const BaseInputTemplate = getTemplate('BaseInputTemplate', registry, options);
    return <BaseInputTemplate {...props} type="date" onChange={set} />;
  }
  return (
    <DateInput
      id={id}
      name={id}
      className="form-control"
      value={typeof value === 'string' ? value : ''}
      onChange={set}
      onBlur={(read) => onBlur(id, read)}
      onFocus={(text) => onFocus(id, text)}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      autoFocus={autofocus}
      aria-invalid={rawErrors?.length ? true : undefined}
      aria-describedby={ariaDescribedByIds(id)}
    />
  );
}
