// Administrators see every form with its lifecycle and start new ones; each links to its editor.
import { useState } from 'react';
import { formAdminApi } from '../../api/form-admin-api';
import { EditPanel } from '../../components/edit-panel';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { FormListTable } from './form-list-table';
import { NewFormPanel } from './new-form-panel';
import './form-admin.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

/** The forms page (`#/admin/forms`). */
export function FormListPage() {
  const { t } = useI18n();
  const [creating, setCreating] = useState(false);
  const list = useApiData((signal) => formAdminApi.list(signal), [], queryKeys.formAdminList);
  const forms = list.data?.forms ?? [];

  return (
    <>
      <PageHeading>{t('formAdmin.title')}</PageHeading>
      <p className="muted">{t('formAdmin.intro')}</p>
      {!creating && list.data && (
        <p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('formAdmin.create')}
          </button>
        </p>
      )}
      {creating && list.data && (
        <EditPanel title={t('formAdmin.create')}>
          <NewFormPanel starters={list.data.starters} onCancel={() => setCreating(false)} />
        </EditPanel>
      )}
      {list.loading && !list.data && <LoadingIndicator />}
      {list.error !== null && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.data &&
        (forms.length === 0 ? (
          <p className="empty">{t('formAdmin.empty')}</p>
        ) : (
          <>
            <p className="muted">{t('common.count', { count: forms.length })}</p>
            <FormListTable forms={forms} caption={t('formAdmin.title')} />
          </>
        ))}
    </>
  );
}
