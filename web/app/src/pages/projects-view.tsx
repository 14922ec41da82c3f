// The project list with a filter, and for those who may manage projects an add button and an edit button per row.
import { useId, useMemo, useState } from 'react';
import type { Project, ProjectFields } from '../api/org-types';
import { EditPanel } from '../components/edit-panel';
import { ErrorNotice } from '../components/error-notice';
import { LoadingIndicator } from '../components/loading-indicator';
import type { SelectOption } from '../components/select-field';
import { SuccessNotice } from '../components/success-notice';
import type { ApiData } from '../hooks/use-api-data';
import { useChanged } from '../hooks/use-changed';
import { useI18n } from '../i18n/use-i18n';
import { ProjectForm } from './project-form';
import { ProjectTable } from './project-table';
import './org-pages.css';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

/** What a manager may do: add (for `enterpriseId`, or one of `enterpriseOptions`) and edit the listed fields. */
export interface ProjectManagement {
  enterpriseId?: number | null;
  enterpriseOptions?: readonly SelectOption[];
  createFields: readonly (keyof ProjectFields)[];
  editFields: readonly (keyof ProjectFields)[];
}

/** Props of ProjectsView. */
export interface ProjectsViewProps {
  projects: ApiData<{ projects: Project[] }>;
  caption: string;
  emptyText: string;
  showEnterprise: boolean;
  linkEnterprise?: boolean;
  ownProjectId?: number | null;
  manage?: ProjectManagement;
}

type Editing = { mode: 'create' } | { mode: 'edit'; project: Project } | null;

/** Filterable projects table with the add/edit panel. */
export function ProjectsView({ projects, caption, emptyText, showEnterprise, linkEnterprise, ownProjectId, manage }: ProjectsViewProps) {
  const { t } = useI18n();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const all = projects.data?.projects;
  const changed = useChanged();
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const hits = (all ?? []).filter(
      (p) => !needle || [p.name, p.site, p.enterpriseName ?? ''].some((text) => text.toLowerCase().includes(needle)),
    );
    // A gate officer's own site first.
    return ownProjectId ? [...hits].sort((a, b) => Number(b.id === ownProjectId) - Number(a.id === ownProjectId)) : hits;
  }, [all, filter, ownProjectId]);

  const saved = (project: Project, created: boolean) => {
    setEditing(null);
    setMessage(t(created ? 'project.created' : 'project.saved', { name: project.name }));
    void changed('projects', 'gate');
  };

  return (
    <>
      {manage && !editing && (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setMessage(null);
              setEditing({ mode: 'create' });
            }}
          >
            {t('project.add')}
          </button>
        </p>
      )}
      <SuccessNotice message={message} />
      {manage && editing && (
        <EditPanel
          key={editing.mode === 'edit' ? editing.project.id : 'new'}
          title={editing.mode === 'edit' ? t('project.editNamed', { name: editing.project.name }) : t('project.add')}
        >
          <ProjectForm
            project={editing.mode === 'edit' ? editing.project : undefined}
            enterpriseId={manage.enterpriseId}
            enterpriseOptions={manage.enterpriseOptions}
            editable={editing.mode === 'edit' ? manage.editFields : manage.createFields}
            onSaved={(project) => saved(project, editing.mode === 'create')}
            onCancel={() => setEditing(null)}
          />
        </EditPanel>
      )}
      {all && all.length > 0 && (
        <div className="field toolbar__grow">
          <label htmlFor={filterId}>{t('project.filter')}</label>
          <input id={filterId} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </div>
      )}
      {projects.loading && !all && <LoadingIndicator />}
      {projects.error !== null && <ErrorNotice error={projects.error} onRetry={projects.reload} />}
      {all && all.length > 0 && (
        <p className="muted" aria-live="polite">
          {t('common.countOf', { shown: shown.length, count: all.length })}
        </p>
      )}
      {all &&
        (shown.length === 0 ? (
          <p className="empty">{all.length === 0 ? emptyText : t('common.noMatch')}</p>
        ) : (
          <ProjectTable
            projects={shown}
            caption={caption}
            showEnterprise={showEnterprise}
            linkEnterprise={linkEnterprise}
            ownProjectId={ownProjectId}
            actions={
              manage
                ? (project) => (
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={t('project.editNamed', { name: project.name })}
                      onClick={() => {
                        setMessage(null);
                        setEditing({ mode: 'edit', project });
                      }}
                    >
                      {t('common.edit')}
                    </button>
                  )
                : undefined
            }
          />
        ))}
    </>
  );
}
