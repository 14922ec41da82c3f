// One rjsf form as every page fills it: the shared AJV validator and its localized messages, the app's widgets and
// worded list buttons and numbered items, rjsf's own words in the reader's language, no pre-selected routing choice, and one sending at a
// time; a 422 with details shows at the fields and in the error summary, any other failure above the buttons.
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';
import { useRef, useState, type ReactNode } from 'react';
import { withoutDirectionMarks } from '#core/domain/direction-marks';
import { formValidator } from '#forms/form-validator';
import { messagesTransformer } from '#forms/localize-validation-errors';
import { ApiError } from '../api/api-error';
import { ErrorNotice } from '../components/error-notice';
import { useI18n } from '../i18n/use-i18n';
import { FormErrorSummary, type FieldProblem } from '../pages/form-error-summary';
import { dataSegments } from './data-segments';
import { FORM_TEMPLATES } from './form-templates';
import { FORM_WIDGETS } from './form-widgets';
import { rjsfStrings } from './rjsf-strings';
import { SKIP_CONST_DEFAULTS } from './skip-const-defaults';
import { toExtraErrors } from './to-extra-errors';
import { useRewordedProblems } from './use-reworded-problems';
import '../pages/form-fill.css';

/** Props of SchemaForm. */
export interface SchemaFormProps {
  schema: RJSFSchema;
  uiSchema?: UiSchema;
  formData: unknown;
  onChange: (data: unknown) => void;
  /** Sends valid data; a rejection is shown (at the fields for a 422 with details). */
  onSubmit: (data: unknown) => Promise<void>;
  submitLabel: string;
  sendingLabel: string;
  /** Further buttons beside the submit button, told whether the form is being sent. */
  actions?: (sending: boolean) => ReactNode;
  /** Shown below the buttons. */
  footer?: ReactNode;
  /** A failure of another action of the page (discarding a draft), shown with the sending's failures. */
  error?: unknown;
}

const clientProblems = (errors: RJSFValidationError[]): FieldProblem[] =>
  errors.map((error) => ({ segments: (error.property ?? '').split('.').filter(Boolean), message: error.message ?? error.stack }));

/** The rjsf form for `schema`, sending through `onSubmit`. */
export function SchemaForm(props: SchemaFormProps) {
  const { schema, uiSchema, formData, onChange, onSubmit, submitLabel, sendingLabel, actions, footer, error = null } = props;
  const { locale } = useI18n();
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  const [extraErrors, setExtraErrors] = useState<ErrorSchema>();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [requestError, setRequestError] = useState<unknown>(null);
  const form = useRef<Form>(null);
  const focusFirst = useRewordedProblems(form, locale, problems.length > 0 && serverMessage === undefined);

  const submit = async (data: unknown) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setProblems([]);
    setServerMessage(undefined);
    setRequestError(null);
    try {
      await onSubmit(data);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 422 && failure.details.length > 0) {
        setExtraErrors(toExtraErrors(failure.details, schema));
        setProblems(failure.details.map((detail) => ({ segments: dataSegments(detail.path, schema), message: detail.message })));
        setServerMessage(failure.message);
      } else setRequestError(failure);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  const shown = requestError ?? error;
  return (
    <div className="form-fill">
      <Form
        ref={form}
        schema={schema}
        uiSchema={uiSchema}
        validator={formValidator()}
        transformErrors={messagesTransformer(schema, locale)}
        // A choice that routes work must be made, never pre-selected (rjsf would take the first oneOf const).
        experimental_defaultFormStateBehavior={SKIP_CONST_DEFAULTS}
        widgets={FORM_WIDGETS}
        // rjsf's own words (add a problem, remove one) in the reader's language, on worded buttons.
        translateString={rjsfStrings(locale)}
        templates={FORM_TEMPLATES}
        formData={formData}
        // A mobile number or a name pasted from Excel or WeChat desktop carries invisible direction marks: taken out as it
        // is pasted, so the number passes the same check here as on the server, which strips them too.
        onChange={(event) => onChange(withoutDirectionMarks(event.formData))}
        onSubmit={(event) => {
          setExtraErrors(undefined);
          void submit(event.formData);
        }}
        onError={(errors) => {
          setServerMessage(undefined);
          setProblems(clientProblems(errors));
        }}
        extraErrors={extraErrors}
        showErrorList={false}
        noHtml5Validate
        focusOnFirstError={focusFirst}
        disabled={sending}
      >
        <FormErrorSummary problems={problems} schema={schema} message={serverMessage} autoFocus={serverMessage !== undefined} />
        {shown !== null && <ErrorNotice error={shown} />}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={sending} aria-busy={sending}>
            {sending && <span className="spinner" aria-hidden="true" />}
            {sending ? sendingLabel : submitLabel}
          </button>
          {actions?.(sending)}
        </div>
        {footer}
      </Form>
    </div>
  );
}
