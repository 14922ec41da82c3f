// The form editor page (`#/admin/forms/<key>`): loads every version of the form and the process types, then edits.
import { useState } from 'react';
import { formAdminApi } from '../../api/form-admin-api';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { routeHref } from '../../routing/route-href';
import { FormEditor } from './form-editor';
import './form-admin.css';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { formAdminZhCn } from '../../i18n/messages/form-admin-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(formAdminZhCn);

async function load(key: string, signal: AbortSignal) {
  const [form, list] = await Promise.all([formAdminApi.versions(key, signal), formAdminApi.list(signal, { limit: 1 })]);
  return { ...form, processTypes: list.processTypes.map((type) => type.name) };
}

/** The editor page for the form `formKey`. */
export function FormEditorPage({ formKey }: { formKey: string }) {
  const { t, pick } = useI18n();
  const [generation, setGeneration] = useState(0);
  const [resetPending, setResetPending] = useState(false);
  const { data, error, loading, reload } = useApiData((signal) => load(formKey, signal), [formKey], queryKeys.formEditor);
  const changed = useChanged();
  // After a discarded draft the editor starts again from the newest version, once that version has arrived.
  const [seenData, setSeenData] = useState(data);
  if (data !== seenData) {
    setSeenData(data);
    if (resetPending) {
      setResetPending(false);
      setGeneration((n) => n + 1);
    }
  }
  const back = (
    <p className="breadcrumb">
      <a href={routeHref({ name: 'forms' })}>{t('formAdmin.back')}</a>
    </p>
  );
  if (!data) {
    return (
      <>
        {back}
        {loading ? <LoadingIndicator /> : <ErrorNotice error={error} onRetry={reload} />}
      </>
    );
  }
  const newest = data.versions[0]!;
  const onReload = (reset: boolean) => {
    setResetPending(reset);
    void changed('form-admin', 'forms');
  };
  return (
    <>
      {back}
      <PageHeading>{t('formAdmin.editorTitle', { title: pick(newest.title) })}</PageHeading>
      <p className="muted">
        <code>{formKey}</code> · {t('form.version', { version: newest.version })} ·{' '}
        <span className={`badge badge--form-${newest.status}`}>{t(`formAdmin.status.${newest.status}`)}</span>
      </p>
      {error !== null && <ErrorNotice error={error} onRetry={reload} />}
      <FormEditor
        key={`${formKey}:${generation}`}
        formKey={formKey}
        versions={data.versions}
        running={data.running}
        processTypes={data.processTypes}
        onReload={onReload}
      />
    </>
  );
}
