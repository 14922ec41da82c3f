// A cadre records a visit with the published visit-log definition, rendered by rjsf with the shared AJV validator
// (so a field an administrator added shows here without code); the server checks it again and names each wrong field.
import { useState } from 'react';
import { visitApi, type VisitDetail } from '../../api/visit-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { SchemaForm } from '../../form/schema-form';
import { useApiData } from '../../hooks/use-api-data';
import { useI18n } from '../../i18n/use-i18n';
import { localToday } from '../dashboard/date-range-filter';

/** Props of VisitForm. */
export interface VisitFormProps {
  onSaved: (visit: VisitDetail) => void;
  onCancel: () => void;
}

/** The form, loaded from the server in the reader's language. */
export function VisitForm({ onSaved, onCancel }: VisitFormProps) {
  const { locale, t } = useI18n();
  const loaded = useApiData((signal) => visitApi.form(signal), [locale]);
  const [edited, setFormData] = useState<Record<string, unknown>>();

  if (loaded.error !== null) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <LoadingIndicator />;
  const { schema, uiSchema, params } = loaded.data.form;
  // Most visits are recorded the day they are made.
  const formData = edited ?? { [params.dateField]: localToday() };

  return (
    <SchemaForm
      schema={schema}
      uiSchema={uiSchema}
      formData={formData}
      onChange={(data) => setFormData(data as Record<string, unknown>)}
      onSubmit={async (data) => onSaved((await visitApi.create(data as Record<string, unknown>)).visit)}
      submitLabel={t('visit.save')}
      sendingLabel={t('common.saving')}
      actions={() => (
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    />
  );
}
