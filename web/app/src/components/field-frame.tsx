// The frame every labelled control shares: the label (with "required"), the hint above the control and the error
// below it, both tied to the control for screen readers. The control itself is the caller's.
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';

/** What the control inside a FieldFrame puts on itself so the label, hint and error reach it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Props of FieldFrame; `className` is added to `field`. */
export interface FieldFrameProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** A label, hint and error around the control `children` renders; `error` marks it invalid. */
export function FieldFrame({ label, hint, error, required, className, children }: FieldFrameProps) {
  const { t } = useI18n();
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> {t('common.required')}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
