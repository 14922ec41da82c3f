// Projects as a table (cards below 600px): name, enterprise, site, status, major, cleared to resume (when and by which
// inspection body); optional actions per row.
import type { ReactNode } from 'react';
import type { Project } from '../api/org-types';
import { DataTable } from '../components/data-table';
import { StatusBadge } from '../components/status-badge';
import { formatDateTime } from '../format/format-date-time';
import { keepNumberWithUnit } from '../format/keep-number-with-unit';
import { useI18n } from '../i18n/use-i18n';
import { routeHref } from '../routing/route-href';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

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
  const { t, pick, locale } = useI18n();
  return (
    <DataTable
      caption={caption}
      rows={projects}
      rowKey={(project) => project.id}
      rowClassName={(project) => (project.id === ownProjectId ? 'is-selected' : undefined)}
      columns={[
        {
          key: 'name',
          label: t('project.name'),
          render: (project) => (
            <>
              {project.name}
              {project.major && (
                <>
                  {' '}
                  <span className="tag">{t('project.major')}</span>
                </>
              )}
              {project.id === ownProjectId && (
                <>
                  {' '}
                  <span className="tag tag--ok">{t('project.ownSite')}</span>
                </>
              )}
            </>
          ),
        },
        showEnterprise && {
          key: 'enterprise',
          label: t('table.enterprise'),
          render: (project) =>
            linkEnterprise ? (
              <a href={routeHref({ name: 'enterprise', id: project.enterpriseId })}>{project.enterpriseName}</a>
            ) : (
              project.enterpriseName
            ),
        },
        {
          key: 'site',
          label: t('project.site'),
          render: (project) => keepNumberWithUnit(project.site) || <span className="muted">{t('common.blank')}</span>,
        },
        { key: 'status', label: t('project.status'), render: (project) => <StatusBadge status={project.status} kind="projectStatus" /> },
        {
          key: 'clearance',
          label: t('project.clearance'),
          render: ({ clearance, suspension }) =>
            suspension ? (
              <strong>
                {t('project.suspendedBy', {
                  date: formatDateTime(suspension.at, locale),
                  body: suspension.body ? pick(suspension.body) : t('project.clearedBySeed'),
                })}
              </strong>
            ) : clearance ? (
              t('project.clearedBy', {
                date: formatDateTime(clearance.at, locale),
                body: clearance.body ? pick(clearance.body) : t('project.clearedBySeed'),
              })
            ) : (
              <span className="muted">{t('project.notCleared')}</span>
            ),
        },
        actions && { key: 'actions', label: t('common.actions'), hideLabel: true, render: actions },
      ]}
    />
  );
}
