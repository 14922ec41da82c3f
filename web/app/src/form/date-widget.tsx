// The rjsf widget for `format: "date"` fields. Chromium shows its native date input in the browser's own locale, not the
// page's (`lang` is ignored): mm/dd/yyyy on an English-language phone even when the form is in Chinese. In zh-CN the
// date is a text field that shows the stored ISO value as it is, 年-月-日 (2026-02-10), and reads the usual ways of
// typing one (typed-date.ts); the native picker stays, behind a worded button. In English the native input is kept.
import { ariaDescribedByIds, getTemplate, type WidgetProps } from '@rjsf/utils';
import { useCallback, type ChangeEvent } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../i18n/messages/form-admin-messages';
import { isIsoDate, typedDate, typedDateComplete } from './typed-date';
import '../pages/form-fill.css';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** A date field stored as `YYYY-MM-DD`, shown as 年-月-日 in zh-CN. */
export function DateWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, rawErrors, registry, options } = props;
  const { t, locale } = useI18n();
  const set = useCallback((next: string) => onChange(next || undefined), [onChange]);
  if (locale !== 'zh-CN') {
    const BaseInputTemplate = getTemplate('BaseInputTemplate', registry, options);
    return <BaseInputTemplate {...props} type="date" onChange={set} />;
  }
  const text = typeof value === 'string' ? value : '';
  const locked = disabled || readonly;
  const type = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.target.value;
    set(typedDateComplete(typed) ? typedDate(typed) : typed);
  };
  const leave = () => {
    const read = typedDate(text);
    if (read !== text) set(read);
    onBlur(id, read);
  };
  return (
    <span className="date-widget">
      <input
        id={id}
        name={id}
        className="form-control"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        value={text}
        required={required}
        disabled={disabled}
        readOnly={readonly}
        autoFocus={autofocus}
        aria-invalid={rawErrors?.length ? true : undefined}
        aria-describedby={ariaDescribedByIds(id)}
        onChange={type}
        onBlur={leave}
        onFocus={() => onFocus(id, text)}
      />
      {!locked && (
        <span className="date-widget__pick">
          <span className="button button--quiet" aria-hidden="true">
            {t('date.pick')}
          </span>
          {/* The browser's picker, transparent over the worded button; the text field is the keyboard's way in. */}
          <input
            type="date"
            tabIndex={-1}
            aria-hidden="true"
            value={isIsoDate(text) ? text : ''}
            onChange={(event) => set(event.target.value)}
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
