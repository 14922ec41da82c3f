// One fill of one form: rjsf with the shared AJV validator, a stable submission id, server errors at the fields,
// a draft saved as the user types and resumed with the same submission id, and file fields that upload first.
import { useMemo, useRef, useState } from 'react';
import type { FormDetail, FormDraft } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { LoadingIndicator } from '../components/loading-indicator';
import { DraftStatusLine } from '../form/draft-status-line';
import { newSubmissionId } from '../form/new-submission-id';
import { SchemaForm } from '../form/schema-form';
import { useFormDraft, type FormDraftControl } from '../form/use-form-draft';
import { withEnterprisePicker, withNomineeRequired, type PickFrom } from '../form/with-enterprise-picker';
import { useI18n } from '../i18n/use-i18n';
import { navigate } from '../routing/navigate';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** Props of FormFill. */
export interface FormFillProps {
  form: FormDetail;
  /** A nominator picks the enterprise of a credit-code field by name, and must name one (with-enterprise-picker.ts);
   * null for a user filing for its own enterprise. */
  pickFrom?: PickFrom | null;
}

/** The rjsf form for a definition, in the current language; navigates to the submission once accepted. */
export function FormFill({ form, pickFrom = null }: FormFillProps) {
  const draft = useFormDraft(form.key);
  const [fill, setFill] = useState(0);
  if (draft.initial === undefined) return <LoadingIndicator />;
  // A discarded draft starts a new fill: a new submission id and empty data.
  const resumed = fill === 0 ? draft.initial : null;
  return (
    <FormFillBody key={fill} form={form} pickFrom={pickFrom} draft={draft} resumed={resumed} onDiscarded={() => setFill((n) => n + 1)} />
  );
}

interface BodyProps {
  form: FormDetail;
  pickFrom: PickFrom | null;
  draft: FormDraftControl;
  resumed: FormDraft | null;
  onDiscarded: () => void;
}

function FormFillBody({ form, pickFrom, draft, resumed, onDiscarded }: BodyProps) {
  const { locale, t } = useI18n();
  const localized = (locale === 'en' && form.schemaEn) || form.schema;
  const stored = (locale === 'en' && form.uiSchemaEn) || form.uiSchema;
  // A nominator must name the enterprise, as the server requires of anyone without one of their own: marked so.
  const schema = useMemo(() => (pickFrom ? withNomineeRequired(localized) : localized), [pickFrom, localized]);
  const uiSchema = useMemo(() => (pickFrom ? withEnterprisePicker(schema, stored, pickFrom) : stored), [pickFrom, schema, stored]);
  // Made once per fill (or taken from the draft) and reused on retry or a second click, so the server records one submission.
  const submissionId = useRef(resumed?.submissionId ?? newSubmissionId());
  const [formData, setFormData] = useState<unknown>(resumed?.data ?? {});
  const [discarding, setDiscarding] = useState(false);
  const [discardError, setDiscardError] = useState<unknown>(null);

  const submit = async (data: unknown) => {
    try {
      await draft.stop();
      const { submission } = await fugongApi.submit(form.key, submissionId.current, data);
      navigate({ name: 'submission', id: submission.id }, { replace: true });
    } catch (error) {
      draft.resume();
      throw error;
    }
  };

  const discard = async () => {
    setDiscarding(true);
    setDiscardError(null);
    try {
      await draft.discard();
      onDiscarded();
    } catch (error) {
      setDiscardError(error);
      setDiscarding(false);
    }
  };

  const hasDraft = draft.status.state === 'saved' || draft.status.state === 'resumed';
  return (
    <SchemaForm
      schema={schema}
      uiSchema={uiSchema}
      formData={formData}
      onChange={(data) => {
        setFormData(data);
        draft.changed(submissionId.current, data);
      }}
      onSubmit={submit}
      submitLabel={t('form.submit')}
      sendingLabel={t('form.submitting')}
      error={discardError}
      actions={(sending) => (
        <>
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
        </>
      )}
      footer={<DraftStatusLine status={draft.status} />}
    />
  );
}
