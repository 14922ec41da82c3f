// One enterprise: its facts, its projects, and for the enterprise itself a form to keep its contacts current.
import { useEffect, useState } from 'react';
import type { User } from '../api/api-types';
import { orgApi } from '../api/org-api';
import type { Enterprise } from '../api/org-types';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import { PageHeading } from '../components/page-heading';
import { useApiData } from '../hooks/use-api-data';
import { useChanged } from '../hooks/use-changed';
import { queryKeys } from '../api/query-keys';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';
import { ContactForm } from './contact-form';
import { EnterpriseDetails } from './enterprise-details';
import { MeasuresSection } from './measures/measures-section';
import { ProjectTable } from './project-table';
import './org-pages.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

/** Props of EnterprisePage: `id` null means the user's account names no enterprise. */
export interface EnterprisePageProps {
  id: number | null;
  user: User;
}

/** The enterprise page ("my enterprise" for an enterprise user). */
export function EnterprisePage({ id, user }: EnterprisePageProps) {
  const { t } = useI18n();
  const own = user.role === 'enterprise' && user.enterpriseId === id;
  const loaded = useApiData(async (signal) => (id ? orgApi.enterprise(id, signal) : null), [id], queryKeys.enterprise);
  const projects = useApiData(async (signal) => (id ? orgApi.projects(id, signal) : null), [id], queryKeys.projects);
  const changed = useChanged();
  const [enterprise, setEnterprise] = useState<Enterprise>();
  useEffect(() => setEnterprise(loaded.data?.enterprise), [loaded.data]);
  const back = own ? (
    <p className="breadcrumb">
      <a href={routeHref({ name: 'home' })}>{t('common.backHome')}</a>
    </p>
  ) : (
    <p className="breadcrumb">
      <a href={routeHref({ name: 'enterprises' })}>{t('enterprises.back')}</a>
    </p>
  );

  if (id === null) {
    return (
      <>
        <PageHeading>{t('nav.myEnterprise')}</PageHeading>
        <p className="empty">{t('enterprises.noneLinked')}</p>
      </>
    );
  }
  if (!enterprise)
    return (
      <>
        {back}
        {loaded.error !== null ? <ErrorNotice error={loaded.error} onRetry={loaded.reload} /> : <LoadingIndicator />}
      </>
    );
  return (
    <>
      {back}
      <PageHeading>{enterprise.name}</PageHeading>
      {enterprise.focus && <p className="tag">{t('enterprise.focusLong')}</p>}
      <section className="card section" aria-labelledby="enterprise-facts">
        <h2 id="enterprise-facts">{t('enterprise.facts')}</h2>
        <EnterpriseDetails enterprise={enterprise} />
        {own && <p className="hint">{t('enterprise.factsHint')}</p>}
        <p>
          <a href={routeHref({ name: 'credit', id: enterprise.id })}>{t('nav.credit')}</a>
        </p>
      </section>
      {own && (
        <section className="card section narrow-form" aria-labelledby="enterprise-contacts">
          <h2 id="enterprise-contacts">{t('enterprise.editContacts')}</h2>
          <p className="muted">{t('enterprise.editContactsIntro')}</p>
          <ContactForm
            enterprise={enterprise}
            onSaved={(saved) => {
              setEnterprise(saved);
              void changed('enterprises');
            }}
          />
        </section>
      )}
      {['enterprise', 'cadre', 'special_class', 'hq', 'admin'].includes(user.role) && (
        <MeasuresSection enterpriseId={enterprise.id} editable={user.role === 'cadre'} />
      )}
      <section className="card section" aria-labelledby="enterprise-projects">
        <h2 id="enterprise-projects">{t('nav.projects')}</h2>
        {projects.error !== null && <ErrorNotice error={projects.error} onRetry={projects.reload} />}
        {projects.loading && !projects.data && <LoadingIndicator />}
        {projects.data &&
          (projects.data.projects.length === 0 ? (
            <p className="empty">{own ? t('projects.emptyEnterprise') : t('projects.emptyOne')}</p>
          ) : (
            <ProjectTable projects={projects.data.projects} caption={t('nav.projects')} showEnterprise={false} />
          ))}
        {own && (
          <p>
            <a href={routeHref({ name: 'projects' })}>{t('enterprise.manageProjects')}</a>
          </p>
        )}
      </section>
    </>
  );
}
