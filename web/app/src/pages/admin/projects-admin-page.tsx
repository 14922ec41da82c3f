// Administrators list every project, add one for any enterprise and edit every field, the major flag included.
import { useMemo } from 'react';
import { orgApi } from '../../api/org-api';
import { ErrorNotice } from '../../components/error-notice';
import { PageHeading } from '../../components/page-heading';
import { useApiData } from '../../hooks/use-api-data';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { ProjectsView, type ProjectManagement } from '../projects-view';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

const ALL_FIELDS = ['name', 'site', 'status', 'major'] as const;

/** The admin projects page. */
export function ProjectsAdminPage() {
  const { t } = useI18n();
  const projects = useApiData((signal) => orgApi.projects(undefined, signal), [null], queryKeys.projects);
  const enterprises = useApiData((signal) => orgApi.enterprises('', signal), [''], queryKeys.enterprises);
  const manage = useMemo<ProjectManagement>(
    () => ({
      enterpriseOptions: (enterprises.data?.enterprises ?? []).map((enterprise) => ({
        value: String(enterprise.id),
        label: `${enterprise.name} · ${enterprise.creditCode}`,
      })),
      createFields: ALL_FIELDS,
      editFields: ALL_FIELDS,
    }),
    [enterprises.data],
  );
  return (
    <>
      <PageHeading>{t('nav.projects')}</PageHeading>
      <p className="muted">{t('projects.introAdmin')}</p>
      {enterprises.error !== null && <ErrorNotice error={enterprises.error} onRetry={enterprises.reload} />}
      <ProjectsView projects={projects} caption={t('nav.projects')} emptyText={t('projects.emptyAdmin')} showEnterprise manage={manage} />
    </>
  );
}
