// One fill of one form: rjsf with the shared AJV validator, a stable submission id, server errors at the fields.
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import { useRef, useState } from 'react';
import { formValidator } from '../../../../forms/form-validator';
import { ApiError } from '../api/api-error';
import type { FormDetail } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { ErrorNotice } from '../components/error-notice';
import { dataSegments } from '../form/data-segments';
import { newSubmissionId } from '../form/new-submission-id';
import { toExtraErrors } from '../form/to-extra-errors';
import { useI18n } from '../i18n/use-i18n';
import { navigate } from '../routing/navigate';
import { FormErrorSummary, type FieldProblem } from './form-error-summary';

function clientProblems(errors: RJSFValidationError[]): FieldProblem[] {
  return errors.map((error) => ({
    segments: (error.property ?? '').split('.').filter(Boolean),
    message: error.message ?? error.stack,
  }));
}

/** The rjsf form for a definition, in the current language; navigates to the submission once accepted. */
export function FormFill({ form }: { form: FormDetail }) {
  const { locale, t } = useI18n();
  const schema = (locale === 'en' && form.schemaEn) || form.schema;
  const uiSchema = (locale === 'en' && form.uiSchemaEn) || form.uiSchema;
  // Made once per fill and reused on retry or a second click, so the server records one submission.
  const submissionId = useRef(newSubmissionId());
  const inFlight = useRef(false);
  const [formData, setFormData] = useState<unknown>({});
  const [sending, setSending] = useState(false);
  const [extraErrors, setExtraErrors] = useState<ErrorSchema>();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [requestError, setRequestError] = useState<unknown>(null);

  const submit = async (data: unknown) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setProblems([]);
    setServerMessage(undefined);
    setRequestError(null);
    try {
      const { submission } = await fugongApi.submit(form.key, submissionId.current, data);
      navigate({ name: 'submission', id: submission.id }, { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.details.length > 0) {
        setExtraErrors(toExtraErrors(error.details, schema));
        setProblems(error.details.map((detail) => ({ segments: dataSegments(detail.path, schema), message: detail.message })));
        setServerMessage(error.message);
      } else {
        setRequestError(error);
      }
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
        validator={formValidator(locale)}
        formData={formData}
        onChange={(event) => setFormData(event.formData)}
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
        focusOnFirstError
        disabled={sending}
      >
        <FormErrorSummary problems={problems} schema={schema} message={serverMessage} autoFocus={serverMessage !== undefined} />
        {requestError !== null && <ErrorNotice error={requestError} />}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={sending} aria-busy={sending}>
            {sending && <span className="spinner" aria-hidden="true" />}
            {sending ? t('form.submitting') : t('form.submit')}
          </button>
        </div>
      </Form>
    </div>
  );
}
