// Projects in the user's scope: an enterprise manages its own; a gate officer sees its site first; others read.
import type { User } from '../api/api-types';
import { orgApi } from '../api/org-api';
import { PageHeading } from '../components/page-heading';
import { useApiData } from '../hooks/use-api-data';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/zh-cn-messages';
import { ProjectsView, type ProjectManagement } from './projects-view';
import './org-pages.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

const TITLE: Partial<Record<User['role'], MessageKey>> = { enterprise: 'nav.myProjects', gate: 'nav.siteProjects' };
const INTRO: Partial<Record<User['role'], MessageKey>> = {
  enterprise: 'projects.introEnterprise',
  gate: 'projects.introGate',
  cadre: 'projects.introCadre',
};
const EMPTY: Partial<Record<User['role'], MessageKey>> = {
  enterprise: 'projects.emptyEnterprise',
  gate: 'projects.emptyGate',
  cadre: 'projects.emptyCadre',
};

/** The projects page for every role but admin (whose page adds every field and the enterprise choice). */
export function ProjectListPage({ user }: { user: User }) {
  const { t } = useI18n();
  const projects = useApiData((signal) => orgApi.projects(undefined, signal), [null, user.id], queryKeys.projects);
  const title = t(TITLE[user.role] ?? 'nav.projects');
  const manage: ProjectManagement | undefined =
    user.role === 'enterprise' && user.enterpriseId
      ? { enterpriseId: user.enterpriseId, createFields: ['name', 'site', 'status'], editFields: ['site', 'status'] }
      : undefined;
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="muted">{t(INTRO[user.role] ?? 'projects.intro')}</p>
      <ProjectsView
        projects={projects}
        caption={title}
        emptyText={t(EMPTY[user.role] ?? 'projects.empty')}
        showEnterprise={user.role !== 'enterprise'}
        linkEnterprise={user.role !== 'gate'}
        ownProjectId={user.role === 'gate' ? user.projectId : undefined}
        manage={manage}
      />
    </>
  );
}
