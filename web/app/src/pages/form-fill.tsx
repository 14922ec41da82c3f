// One fill of one form: rjsf with the shared AJV validator, a stable submission id, server errors at the fields,
// a draft saved as the user types and resumed with the same submission id, and file fields that upload first.
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';
import { useRef, useState } from 'react';
import { formValidator } from '../../../../forms/form-validator';
import { messagesTransformer } from '../../../../forms/localize-validation-errors';
import { SKIP_CONST_DEFAULTS } from '../form/skip-const-defaults';
import { ApiError } from '../api/api-error';
import type { FormDetail, FormDraft } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import { dataSegments } from '../form/data-segments';
import { DraftStatusLine } from '../form/draft-status-line';
import { FORM_WIDGETS } from '../form/form-widgets';
import { newSubmissionId } from '../form/new-submission-id';
import { toExtraErrors } from '../form/to-extra-errors';
import { useFormDraft, type FormDraftControl } from '../form/use-form-draft';
import { useI18n } from '../i18n/use-i18n';
import { navigate } from '../routing/navigate';
import { FormErrorSummary, type FieldProblem } from './form-error-summary';
import './form-fill.css';

function clientProblems(errors: RJSFValidationError[]): FieldProblem[] {
  return errors.map((error) => ({
    segments: (error.property ?? '').split('.').filter(Boolean),
    message: error.message ?? error.stack,
  }));
}

/** The rjsf form for a definition, in the current language; navigates to the submission once accepted. */
export function FormFill({ form }: { form: FormDetail }) {
  const draft = useFormDraft(form.key);
  const [fill, setFill] = useState(0);
  if (draft.initial === undefined) return <LoadingIndicator />;
  // A discarded draft starts a new fill: a new submission id and empty data.
  const resumed = fill === 0 ? draft.initial : null;
  return <FormFillBody key={fill} form={form} draft={draft} resumed={resumed} onDiscarded={() => setFill((n) => n + 1)} />;
}

interface BodyProps {
  form: FormDetail;
  draft: FormDraftControl;
  resumed: FormDraft | null;
  onDiscarded: () => void;
}

function FormFillBody({ form, draft, resumed, onDiscarded }: BodyProps) {
  const { locale, t } = useI18n();
  const schema = (locale === 'en' && form.schemaEn) || form.schema;
  const uiSchema = (locale === 'en' && form.uiSchemaEn) || form.uiSchema;
  // Made once per fill (or taken from the draft) and reused on retry or a second click, so the server records one submission.
  const submissionId = useRef(resumed?.submissionId ?? newSubmissionId());
  const inFlight = useRef(false);
  const [formData, setFormData] = useState<unknown>(resumed?.data ?? {});
  const [sending, setSending] = useState(false);
  const [discarding, setDiscarding] = useState(false);
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
      await draft.stop();
      const { submission } = await fugongApi.submit(form.key, submissionId.current, data);
      navigate({ name: 'submission', id: submission.id }, { replace: true });
    } catch (error) {
      draft.resume();
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

  const discard = async () => {
    setDiscarding(true);
    setRequestError(null);
    try {
      await draft.discard();
      onDiscarded();
    } catch (error) {
      setRequestError(error);
      setDiscarding(false);
    }
  };

  const hasDraft = draft.status.state === 'saved' || draft.status.state === 'resumed';
  return (
    <div className="form-fill">
      <Form
        schema={schema}
        uiSchema={uiSchema}
        validator={formValidator()}
        transformErrors={messagesTransformer(schema, locale)}
        // A choice that routes work must be made, never pre-selected (rjsf would take the first oneOf const).
        experimental_defaultFormStateBehavior={SKIP_CONST_DEFAULTS}
        widgets={FORM_WIDGETS}
        formData={formData}
        onChange={(event) => {
          setFormData(event.formData);
          draft.changed(submissionId.current, event.formData);
        }}
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
          <button
            type="button"
            className="button button--quiet"
            disabled={sending || draft.status.state === 'saving'}
            onClick={() => void draft.saveNow(submissionId.current, formData)}
          >
            {t('draft.save')}
          </button>
          {hasDraft && (
            <button type="button" className="button button--quiet" disabled={sending || discarding} onClick={() => void discard()}>
              {t('draft.discard')}
            </button>
          )}
        </div>
        <DraftStatusLine status={draft.status} />
      </Form>
    </div>
  );
}
