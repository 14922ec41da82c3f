// The list of problems above the submit button; each entry moves focus to its field.
import type { RJSFSchema } from '@rjsf/utils';
import { useEffect, useRef } from 'react';
import { fieldTitle } from '../form/field-title';
import { useI18n } from '../i18n/use-i18n';

/** One problem: the field's path segments within the form data (empty for the whole form) and the message. */
export interface FieldProblem {
  segments: string[];
  message: string;
}

/** Props of FormErrorSummary. */
export interface FormErrorSummaryProps {
  problems: FieldProblem[];
  schema: RJSFSchema;
  /** The server's overall message, when the problems came from the server. */
  message?: string;
  /** Move focus here when shown (server errors); rjsf already focuses the first field for its own. */
  autoFocus?: boolean;
}

// rjsf's default ids: idPrefix "root", idSeparator "_".
function fieldId(segments: readonly string[]): string {
  return ['root', ...segments].join('_');
}

function focusField(segments: readonly string[]): void {
  const element = document.getElementById(fieldId(segments));
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

/** An alert listing the form's problems, focused when it appears. */
export function FormErrorSummary({ problems, schema, message, autoFocus = false }: FormErrorSummaryProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [problems, autoFocus]);
  if (problems.length === 0) return null;
  return (
    <div ref={ref} className="notice notice--error" role="alert" tabIndex={-1}>
      {message && <p className="notice__title">{message}</p>}
      <p>{t('form.errorsTitle', { count: problems.length })}</p>
      <ul className="problem-list">
        {problems.map((problem, index) => {
          const field = problem.segments.length ? fieldTitle(schema, problem.segments) : t('form.wholeForm');
          // "请填写「姓名」" already names its field; saying it twice reads like a machine.
          const text = problem.message.includes(field) ? problem.message : t('form.errorItem', { field, message: problem.message });
          return (
            <li key={`${problem.segments.join('/')}:${index}`}>
              {problem.segments.length ? (
                <button type="button" className="link-button" onClick={() => focusField(problem.segments)}>
                  {text}
                </button>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
