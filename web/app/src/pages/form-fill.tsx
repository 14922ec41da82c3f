// One fill of one form: rjsf with the shared AJV validator, a stable submission id, server errors at the fields,
// a draft saved once the user changed something and resumed with the same submission id, discarded only after a
// confirmation, and file fields that upload first.
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { FormDetail, FormDraft } from '../api/api-types';
import { fugongApi } from '../api/fugong-api';
import { isSignedOutError, noteSessionEnded } from '../api/session-end';
import { ConfirmDialog } from '../components/confirm-dialog';
import { LoadingIndicator } from '../components/loading-indicator';
import { draftBaseline } from '../form/draft-changes';
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
  // A discarded draft starts a new fill: a new submission id and the form's initial state.
  const resumed = fill === 0 ? draft.initial : null;
  return (
    <FormFillBody
      key={fill}
      form={form}
      pickFrom={pickFrom}
      draft={draft}
      resumed={resumed}
      refilled={fill > 0}
      onDiscarded={() => setFill((n) => n + 1)}
    />
  );
}

interface BodyProps {
  form: FormDetail;
  pickFrom: PickFrom | null;
  draft: FormDraftControl;
  resumed: FormDraft | null;
  /** True for a fill started by discarding a draft: its first field takes the focus the closed dialog leaves behind. */
  refilled: boolean;
  onDiscarded: () => void;
}

function FormFillBody({ form, pickFrom, draft, resumed, refilled, onDiscarded }: BodyProps) {
  const { locale, t } = useI18n();
  const localized = (locale === 'en' && form.schemaEn) || form.schema;
  const stored = (locale === 'en' && form.uiSchemaEn) || form.uiSchema;
  // A nominator must name the enterprise, as the server requires of anyone without one of their own: marked so.
  const schema = useMemo(() => (pickFrom ? withNomineeRequired(localized) : localized), [pickFrom, localized]);
  const uiSchema = useMemo(() => (pickFrom ? withEnterprisePicker(schema, stored, pickFrom) : stored), [pickFrom, schema, stored]);
  // Made once per fill (or taken from the draft) and reused on retry or a second click, so the server records one submission.
  const submissionId = useRef(resumed?.submissionId ?? newSubmissionId());
  const [formData, setFormData] = useState<unknown>(resumed?.data ?? {});
  // Where this fill started, defaults included: until the data differs from it, there is nothing worth a draft.
  const [initial] = useState(() => draftBaseline(schema, resumed?.data ?? {}));
  const [confirming, setConfirming] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [discardError, setDiscardError] = useState<unknown>(null);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (refilled) body.current?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  }, [refilled]);

  const submit = async (data: unknown) => {
    try {
      await draft.stop();
      const { submission } = await fugongApi.submit(form.key, submissionId.current, data);
      navigate({ name: 'submission', id: submission.id }, { replace: true });
    } catch (error) {
      // Signed out meanwhile: the login page says whether the stored draft holds what was being submitted.
      if (isSignedOutError(error)) noteSessionEnded(draft.holds(data) ? 'draftKept' : 'notSaved');
      // The id reached the server with the earlier data (its answer was lost, then the form was changed): the server
      // names that submission; this data, kept in the draft under a new id, is sent as a new submission if sent again.
      if (error instanceof ApiError && error.code === 'submission_id_reused') submissionId.current = newSubmissionId();
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
      setConfirming(false);
    }
  };

  const hasDraft = draft.status.state === 'saved' || draft.status.state === 'resumed';
  return (
    <div ref={body}>
      <SchemaForm
        schema={schema}
        uiSchema={uiSchema}
        formData={formData}
        onChange={(data) => {
          setFormData(data);
          draft.changed(submissionId.current, data, initial);
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
              <button type="button" className="button button--quiet" disabled={sending || discarding} onClick={() => setConfirming(true)}>
                {t('draft.discard')}
              </button>
            )}
          </>
        )}
        footer={<DraftStatusLine status={draft.status} />}
      />
      {confirming && (
        <ConfirmDialog
          title={t('draft.discardTitle')}
          confirmLabel={t('draft.discard')}
          busyLabel={t('draft.discarding')}
          busy={discarding}
          danger
          onConfirm={() => void discard()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('draft.discardText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
