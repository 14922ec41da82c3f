// The live preview: the edited schema rendered by rjsf with the same validator as the fill page; sample data can be
// test-submitted to the server, which checks it against the edited definition exactly as a real submission.
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import { useState } from 'react';
import { formValidator } from '#forms/form-validator';
import { messagesTransformer } from '#forms/localize-validation-errors';
import { SKIP_CONST_DEFAULTS } from '../../form/skip-const-defaults';
import { localizeSchema } from '#forms/form-definition';
import { ApiError } from '../../api/api-error';
import { formAdminApi, type EditableDefinition, type TestSubmitAnswer } from '../../api/form-admin-api';
import { BusyButton } from '../../components/busy-button';
import { ErrorNotice } from '../../components/error-notice';
import { FORM_TEMPLATES } from '../../form/form-templates';
import { FORM_WIDGETS } from '../../form/form-widgets';
import { rjsfStrings } from '../../form/rjsf-strings';
import { toExtraErrors } from '../../form/to-extra-errors';
import { dataSegments } from '../../form/data-segments';
import { fieldTitle } from '../../form/field-title';
import type { ErrorDetail } from '../../api/api-types';
import { punctuation } from '../../i18n/punctuation';
import { useI18n } from '../../i18n/use-i18n';
import { PreviewBoundary } from './preview-boundary';
import type { Locale } from '#core/domain/locale';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** Props of FormPreview; `definition` is null while a JSON box does not parse. */
export interface FormPreviewProps {
  formKey: string;
  definition: EditableDefinition | null;
  /** The language to show the form in; the reader's by default. */
  locale?: Locale;
}

// A problem as the previewed form would say it: its field by title ("请填写「事项摘要」" names it already), never a pointer.
function problemText(problem: ErrorDetail, schema: RJSFSchema, locale: Locale): string {
  const segments = dataSegments(problem.path, schema);
  if (!segments.length) return problem.message;
  const field = fieldTitle(schema, segments);
  return problem.message.includes(field) ? problem.message : `${field}${punctuation(locale).colon}${problem.message}`;
}

/** The preview card's content. */
export function FormPreview({ formKey, definition, locale: shownIn }: FormPreviewProps) {
  const { t, locale: readerLocale } = useI18n();
  const locale = shownIn ?? readerLocale;
  const [data, setData] = useState<unknown>({});
  // The server words its answer in the previewed language; an answer in the other one is not shown.
  const [answered, setAnswered] = useState<{ locale: Locale; answer: TestSubmitAnswer } | null>(null);
  const answer = answered?.locale === locale ? answered.answer : null;
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  if (!definition) return <p className="empty">{t('formAdmin.previewUnavailable')}</p>;
  const schema = locale === 'en' ? localizeSchema(definition.schema, definition.i18n.en) : definition.schema;
  const extraErrors: ErrorSchema | undefined = answer?.errors.length ? toExtraErrors(answer.errors, schema) : undefined;

  const testSubmit = async (sample: unknown) => {
    setSending(true);
    setError(null);
    setAnswered(null);
    try {
      setAnswered({ locale, answer: await formAdminApi.testSubmit(formKey, sample, definition, locale) });
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  };

  return (
    <PreviewBoundary
      key={JSON.stringify([schema, definition.uiSchema])}
      fallback={(failure) => <p className="field__error">{t('formAdmin.previewBroken', { message: failure.message })}</p>}
    >
      <div className="form-fill form-preview">
        <Form
          schema={schema}
          uiSchema={definition.uiSchema}
          validator={formValidator()}
          transformErrors={messagesTransformer(schema, locale)}
          // A choice that routes work must be made, never pre-selected (rjsf would take the first oneOf const).
          experimental_defaultFormStateBehavior={SKIP_CONST_DEFAULTS}
          widgets={FORM_WIDGETS}
          // As the fill page shows it: rjsf's words in the previewed language, worded list buttons, numbered items.
          translateString={rjsfStrings(locale)}
          templates={FORM_TEMPLATES}
          formData={data}
          onChange={(event) => setData(event.formData)}
          onSubmit={(event) => void testSubmit(event.formData)}
          extraErrors={extraErrors}
          idPrefix="preview"
          showErrorList={false}
          noValidate
          noHtml5Validate
        >
          <div className="form-actions">
            <BusyButton busy={sending} label={t('formAdmin.testSubmit')} busyLabel={t('formAdmin.testSubmitting')} />
          </div>
        </Form>
        <div aria-live="polite">
          {answer && answer.errors.length === 0 && <p className="notice notice--ok">{t('formAdmin.testAccepted')}</p>}
          {answer && answer.errors.length > 0 && (
            <div className="notice notice--error">
              <p className="notice__title">{t('formAdmin.testRefused', { count: answer.errors.length })}</p>
              <ul>
                {answer.errors.map((problem, index) => (
                  <li key={`${problem.path}:${index}`}>{problemText(problem, schema, locale)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {error !== null && <ErrorNotice error={error} />}
        {error instanceof ApiError && error.details.length > 0 && <p className="muted">{t('formAdmin.testNeedsValidDefinition')}</p>}
      </div>
    </PreviewBoundary>
  );
}
