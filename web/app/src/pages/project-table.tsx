// Projects as a table (cards below 600px): name, enterprise, site, status, major; optional actions per row.
import type { ReactNode } from 'react';
import type { Project } from '../api/org-types';
import { StatusBadge } from '../components/status-badge';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';

/** Props of ProjectTable; `ownProjectId` marks a gate officer's own site. */
export interface ProjectTableProps {
  projects: Project[];
  caption: string;
  showEnterprise: boolean;
  linkEnterprise?: boolean;
  ownProjectId?: number | null;
  actions?: (project: Project) => ReactNode;
}

/** A responsive table of projects with localized statuses. */
export function ProjectTable({ projects, caption, showEnterprise, linkEnterprise = true, ownProjectId, actions }: ProjectTableProps) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('project.name')}</th>
            {showEnterprise && <th scope="col">{t('table.enterprise')}</th>}
            <th scope="col">{t('project.site')}</th>
            <th scope="col">{t('project.status')}</th>
            {actions && <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>}
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.id} className={project.id === ownProjectId ? 'is-selected' : undefined}>
              <td data-label={t('project.name')}>
                {project.name}
                {project.major && <> <span className="tag">{t('project.major')}</span></>}
                {project.id === ownProjectId && <> <span className="tag tag--ok">{t('project.ownSite')}</span></>}
              </td>
              {showEnterprise && (
                <td data-label={t('table.enterprise')}>
                  {linkEnterprise ? <a href={routeHref({ name: 'enterprise', id: project.enterpriseId })}>{project.enterpriseName}</a> : project.enterpriseName}
                </td>
              )}
              <td data-label={t('project.site')}>{project.site || <span className="muted">{t('common.blank')}</span>}</td>
              <td data-label={t('project.status')}><StatusBadge status={project.status} kind="projectStatus" /></td>
              {actions && <td data-label={t('common.actions')}>{actions(project)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
