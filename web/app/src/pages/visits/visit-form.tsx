// A cadre records a visit with the published visit-log definition, rendered by rjsf with the shared AJV validator
// (so a field an administrator added shows here without code); the server checks it again and names each wrong field.
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import { useRef, useState } from 'react';
import { formValidator } from '../../../../../forms/form-validator';
import { messagesTransformer } from '../../../../../forms/localize-validation-errors';
import { ApiError } from '../../api/api-error';
import { visitApi, type VisitDetail } from '../../api/visit-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { dataSegments } from '../../form/data-segments';
import { FORM_WIDGETS } from '../../form/form-widgets';
import { SKIP_CONST_DEFAULTS } from '../../form/skip-const-defaults';
import { TEXT_BUTTONS } from '../../form/text-buttons';
import { toExtraErrors } from '../../form/to-extra-errors';
import { useApiData } from '../../hooks/use-api-data';
import { useI18n } from '../../i18n/use-i18n';
import { localToday } from '../dashboard/date-range-filter';
import { rjsfStrings } from '../form-admin/params/rjsf-strings';
import { FormErrorSummary, type FieldProblem } from '../form-error-summary';
import '../form-fill.css';

/** Props of VisitForm. */
export interface VisitFormProps {
  onSaved: (visit: VisitDetail) => void;
  onCancel: () => void;
}

const clientProblems = (errors: RJSFValidationError[]): FieldProblem[] =>
  errors.map((error) => ({ segments: (error.property ?? '').split('.').filter(Boolean), message: error.message ?? error.stack }));

/** The form, loaded from the server in the reader's language. */
export function VisitForm({ onSaved, onCancel }: VisitFormProps) {
  const { locale, t } = useI18n();
  const loaded = useApiData((signal) => visitApi.form(signal), [locale]);
  const inFlight = useRef(false);
  const [edited, setFormData] = useState<Record<string, unknown>>();
  const [sending, setSending] = useState(false);
  const [extraErrors, setExtraErrors] = useState<ErrorSchema>();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [requestError, setRequestError] = useState<unknown>(null);

  if (loaded.error !== null) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <LoadingIndicator />;
  const { schema, uiSchema, params } = loaded.data.form;
  // Most visits are recorded the day they are made.
  const formData = edited ?? { [params.dateField]: localToday() };

  const submit = async (data: Record<string, unknown>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setProblems([]);
    setServerMessage(undefined);
    setRequestError(null);
    try {
      onSaved((await visitApi.create(data)).visit);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.details.length > 0) {
        setExtraErrors(toExtraErrors(error.details, schema));
        setProblems(error.details.map((detail) => ({ segments: dataSegments(detail.path, schema), message: detail.message })));
        setServerMessage(error.message);
      } else setRequestError(error);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  return (
    <div className="form-fill">
      <Form
        schema={schema}
        uiSchema={uiSchema}
        validator={formValidator()}
        transformErrors={messagesTransformer(schema, locale)}
        experimental_defaultFormStateBehavior={SKIP_CONST_DEFAULTS}
        widgets={FORM_WIDGETS}
        // rjsf's own words (add a problem, remove one) in the reader's language.
        translateString={rjsfStrings(locale)}
        templates={{ ButtonTemplates: TEXT_BUTTONS }}
        formData={formData}
        onChange={(event) => setFormData(event.formData as Record<string, unknown>)}
        onSubmit={(event) => {
          setExtraErrors(undefined);
          void submit(event.formData as Record<string, unknown>);
        }}
        onError={(errors) => {
          setServerMessage(undefined);
          setProblems(clientProblems(errors));
        }}
        extraErrors={extraErrors}
        showErrorList={false}
        noHtml5Validate
        focusOnFirstError
        disabled={sending}
      >
        <FormErrorSummary problems={problems} schema={schema} message={serverMessage} autoFocus={serverMessage !== undefined} />
        {requestError !== null && <ErrorNotice error={requestError} />}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={sending} aria-busy={sending}>
            {sending && <span className="spinner" aria-hidden="true" />}
            {sending ? t('common.saving') : t('visit.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </Form>
    </div>
  );
}
