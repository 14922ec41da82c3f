// Administrators edit the email templates the system sends: pick a template and a language, edit, preview, save,
// revert to the shipped text, or send a test message. A lazily loaded chunk other roles never download.
import { useCallback, useState } from 'react';
import type { Locale } from '#core/domain/locale';
import { emailTemplateApi } from '../../api/email-template-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import './email-templates.css';
import { TemplateEditor } from './template-editor';
import { NewTemplateForm } from './new-template-form';
import { TemplateTable } from './template-table';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { emailTemplatesZhCn } from '../../i18n/messages/email-template-messages';

// This page's words come with its chunk, not with the first scripts.
addZhCnMessages(emailTemplatesZhCn);

/** The email templates page (`#/admin/email-templates`). */
export function EmailTemplatesPage() {
  const { t } = useI18n();
  const list = useApiData((signal) => emailTemplateApi.list(signal), [], queryKeys.emailTemplates);
  const changed = useChanged();
  const [selected, setSelected] = useState<{ name: string; locale: Locale } | null>(null);
  const [dirty, setDirty] = useState(false);
  const [creating, setCreating] = useState(false);
  const onDirty = useCallback((value: boolean) => setDirty(value), []);
  // Unsaved edits are easy to lose by clicking another template; ask first.
  const choose = (next: { name: string; locale: Locale } | null) => {
    if (dirty && !window.confirm(t('emailTemplates.discard'))) return;
    setDirty(false);
    setSelected(next);
  };

  return (
    <div className="email-templates">
      <PageHeading>{t('emailTemplates.title')}</PageHeading>
      <p className="muted">{t('emailTemplates.intro')}</p>
      {list.data && !creating && (
        <p>
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('newTemplate.open')}
          </button>
        </p>
      )}
      {list.data && creating && (
        <NewTemplateForm
          templates={list.data.templates}
          onCancel={() => setCreating(false)}
          onCreated={(name, locale) => {
            setCreating(false);
            void changed('email-templates');
            choose({ name, locale });
          }}
        />
      )}
      {list.loading && !list.data && <LoadingIndicator />}
      {list.error !== null && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.data && list.data.templates.length === 0 && <p className="empty">{t('emailTemplates.empty')}</p>}
      {list.data && list.data.templates.length > 0 && (
        <TemplateTable templates={list.data.templates} selected={selected} onEdit={(name, locale) => choose({ name, locale })} />
      )}
      {selected && (
        <TemplateEditor
          key={`${selected.name}/${selected.locale}`}
          name={selected.name}
          locale={selected.locale}
          onChanged={() => void changed('email-templates')}
          onDirty={onDirty}
          onClose={() => choose(null)}
        />
      )}
    </div>
  );
}
