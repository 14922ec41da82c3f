// A cadre records a visit with the published visit-log definition, rendered by rjsf with the shared AJV validator
// (so a field an administrator added shows here without code); the server checks it again and names each wrong field.
// Without signal (issue 23) the visit is queued encrypted on the phone with the definition version it was made with,
// and sent once when the connection returns. Only cadres load this module (visits-page.tsx loads it lazily).
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { visitApi, type VisitDetail } from '../../api/visit-api';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { newSubmissionId } from '../../form/new-submission-id';
import { SchemaForm } from '../../form/schema-form';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { offlineZhCn } from '../../i18n/messages/offline-messages';
import { useI18n } from '../../i18n/use-i18n';
import { queueVisit } from '../../offline/visit-queue';
import { reportingToday } from '../../format/reporting-today';

addZhCnMessages(offlineZhCn);

/** Props of VisitForm. */
export interface VisitFormProps {
  /** The cadre, whose queue keeps a visit made without signal. */
  userId: number;
  onSaved: (visit: VisitDetail) => void;
  /** The visit was queued on the phone (no signal). */
  onQueued: () => void;
  onCancel: () => void;
}

/** The enterprise's name as the form offers it, for the phone's list of queued visits. */
function enterpriseName(schema: { properties?: Record<string, unknown> }, field: string, id: unknown): string {
  const choices = (schema.properties?.[field] as { oneOf?: { const?: unknown; title?: string }[] } | undefined)?.oneOf ?? [];
  return choices.find((choice) => choice.const === id)?.title ?? '';
}

/** The form, loaded from the server in the reader's language (from the phone's cache without signal). */
export function VisitForm({ userId, onSaved, onQueued, onCancel }: VisitFormProps) {
  const { locale, t } = useI18n();
  const loaded = useApiData((signal) => visitApi.form(signal), [locale], queryKeys.visitForm);
  const [edited, setFormData] = useState<Record<string, unknown>>();
  const [fileProblems, setFileProblems] = useState(false);
  const [noKey, setNoKey] = useState(false);

  if (loaded.error !== null) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <LoadingIndicator />;
  const { schema, uiSchema, params, version } = loaded.data.form;
  // Most visits are recorded the day they are made: that day in the server's zone, as the server counts visits.
  const formData = edited ?? { [params.dateField]: reportingToday() };

  const queue = async (data: Record<string, unknown>) => {
    const label = enterpriseName(schema as { properties?: Record<string, unknown> }, params.enterpriseField, data[params.enterpriseField]);
    const stored = await queueVisit(userId, { clientId: newSubmissionId(), formVersion: version, data, fileProblems, label });
    setNoKey(!stored);
    if (stored) onQueued();
  };
  const submit = async (data: Record<string, unknown>) => {
    if (!navigator.onLine) return queue(data);
    try {
      onSaved((await visitApi.create({ ...data, ...(fileProblems ? { fileProblems: true } : {}) })).visit);
    } catch (failure) {
      // The signal went while sending: the visit is queued like any offline one.
      if (failure instanceof ApiError && failure.status === 0) return queue(data);
      throw failure;
    }
  };

  return (
    <SchemaForm
      schema={schema}
      uiSchema={uiSchema}
      formData={formData}
      onChange={(data) => setFormData(data as Record<string, unknown>)}
      onSubmit={(data) => submit(data as Record<string, unknown>)}
      submitLabel={t('visit.save')}
      sendingLabel={t('common.saving')}
      actions={() => (
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      footer={
        <>
          <CheckboxField label={t('offline.fileProblems')} checked={fileProblems} onChange={setFileProblems} />
          {noKey && (
            <p className="notice notice--error" role="alert">
              {t('offline.noKey')}
            </p>
          )}
        </>
      }
    />
  );
}
