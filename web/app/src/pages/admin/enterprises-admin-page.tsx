// Administrators search every enterprise, register new ones and edit any field of an existing one.
import { useState } from 'react';
import { orgApi } from '../../api/org-api';
import type { Enterprise } from '../../api/org-types';
import { EditPanel } from '../../components/edit-panel';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { SuccessNotice } from '../../components/success-notice';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { EnterpriseTable } from '../enterprise-table';
import { SearchBox } from '../search-box';
import { EnterpriseForm } from './enterprise-form';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

type Editing = { mode: 'create' } | { mode: 'edit'; enterprise: Enterprise } | null;

/** The admin enterprises page: the searchable list with a register button and an edit button per row. */
export function EnterprisesAdminPage() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [focusOnly, setFocusOnly] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { data, error, loading, reload } = useApiData(
    (signal) => orgApi.enterprises(query, signal, focusOnly),
    [query, focusOnly],
    queryKeys.enterprises,
  );
  const changed = useChanged();
  const open = (next: Editing) => {
    setMessage(null);
    setEditing(next);
  };
  const saved = (enterprise: Enterprise, created: boolean) => {
    setEditing(null);
    setMessage(t(created ? 'enterprises.created' : 'common.savedNamed', { name: enterprise.name }));
    void changed('enterprises', 'assignments');
  };

  return (
    <>
      <PageHeading>{t('nav.enterprises')}</PageHeading>
      <p className="muted">{t('enterprises.introAdmin')}</p>
      {!editing && (
        <p>
          <button type="button" className="button button--primary" onClick={() => open({ mode: 'create' })}>
            {t('enterprises.create')}
          </button>
        </p>
      )}
      <SuccessNotice message={message} />
      {editing && (
        <EditPanel
          key={editing.mode === 'edit' ? editing.enterprise.id : 'new'}
          title={editing.mode === 'edit' ? t('enterprises.editNamed', { name: editing.enterprise.name }) : t('enterprises.create')}
        >
          <EnterpriseForm
            enterprise={editing.mode === 'edit' ? editing.enterprise : undefined}
            onSaved={(enterprise) => saved(enterprise, editing.mode === 'create')}
            onCancel={() => setEditing(null)}
          />
        </EditPanel>
      )}
      <SearchBox label={t('enterprises.search')} onSearch={setQuery} />
      <CheckboxField label={t('enterprises.focusOnly')} checked={focusOnly} onChange={setFocusOnly} />
      {loading && <LoadingIndicator />}
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      {data && !loading && (
        <p className="muted" aria-live="polite">
          {t('common.count', { count: data.enterprises.length })}
        </p>
      )}
      {data &&
        (data.enterprises.length === 0 ? (
          <p className="empty">
            {query.trim()
              ? t('enterprises.noMatch', { query: query.trim() })
              : focusOnly
                ? t('enterprises.noFocus')
                : t('enterprises.emptyAdmin')}
          </p>
        ) : (
          <EnterpriseTable
            enterprises={data.enterprises}
            caption={t('nav.enterprises')}
            actions={(enterprise) => (
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('enterprises.editNamed', { name: enterprise.name })}
                onClick={() => open({ mode: 'edit', enterprise })}
              >
                {t('common.edit')}
              </button>
            )}
          />
        ))}
    </>
  );
}
