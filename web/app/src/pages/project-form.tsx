// Adds or edits a project. Enterprises add their own and keep site and status current; admins may pick the enterprise.
import { useState, type FormEvent } from 'react';
import { PROJECT_STATUSES, type ProjectStatus } from '#core/org/org-types';
import { ApiError } from '../api/api-error';
import { fieldErrors } from '../api/field-errors';
import { orgApi } from '../api/org-api';
import type { Project, ProjectFields } from '../api/org-types';
import { BusyButton } from '../components/busy-button';
import { CheckboxField } from '../components/checkbox-field';
import { ErrorNotice } from '../components/error-notice';
import { SearchSelect } from '../components/search-select';
import { SelectField, type SelectOption } from '../components/select-field';
import { TextField } from '../components/text-field';
import { changedFields } from '../form/changed-fields';
import { useI18n } from '../i18n/use-i18n';
import { asyncHandler } from '../events/async-handler';
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

/** Props of ProjectForm: `project` to edit, else a new one for `enterpriseId` (or one chosen from `enterpriseOptions`). */
export interface ProjectFormProps {
  project?: Project;
  enterpriseId?: number | null;
  /** When creating, lets the user (an admin) choose the enterprise. */
  enterpriseOptions?: readonly SelectOption[];
  editable: readonly (keyof ProjectFields)[];
  onSaved: (project: Project) => void;
  onCancel: () => void;
}

const BLANK: ProjectFields = { name: '', site: '', status: 'ready', major: false };

/** The project form; server field errors show at their fields. */
export function ProjectForm({ project, enterpriseId, enterpriseOptions, editable, onSaved, onCancel }: ProjectFormProps) {
  const { t } = useI18n();
  const original: ProjectFields = project
    ? { name: project.name, site: project.site, status: project.status, major: project.major }
    : BLANK;
  const [value, setValue] = useState<ProjectFields>(original);
  const [owner, setOwner] = useState(enterpriseId ? String(enterpriseId) : '');
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const errors = fieldErrors(error);
  const set = <K extends keyof ProjectFields>(field: K, next: ProjectFields[K]) => setValue((old) => ({ ...old, [field]: next }));
  const can = (field: keyof ProjectFields) => editable.includes(field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setError(null);
    if (!project && !owner)
      return setError(
        new ApiError(422, 'local', t('project.chooseEnterprise'), [{ path: '/enterpriseId', message: t('common.fieldRequired') }]),
      );
    const change = changedFields(original, value);
    if (project && Object.keys(change).length === 0) return onCancel();
    setSending(true);
    try {
      const saved = project ? await orgApi.updateProject(project.id, change) : await orgApi.createProject(Number(owner), value);
      onSaved(saved.project);
    } catch (reason) {
      setError(reason);
      setSending(false);
    }
  };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      {!project && enterpriseOptions && (
        <SearchSelect
          label={t('table.enterprise')}
          required
          options={enterpriseOptions}
          value={owner}
          onChange={setOwner}
          error={errors.enterpriseId}
        />
      )}
      {can('name') && (
        <TextField label={t('project.name')} required value={value.name} onChange={(next) => set('name', next)} error={errors.name} />
      )}
      {can('site') && <TextField label={t('project.site')} value={value.site} onChange={(next) => set('site', next)} error={errors.site} />}
      {can('status') && (
        <SelectField
          label={t('project.status')}
          required
          value={value.status}
          options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`projectStatus.${status}`) }))}
          onChange={(next) => set('status', next as ProjectStatus)}
          error={errors.status}
        />
      )}
      {can('major') && (
        <CheckboxField label={t('project.majorLabel')} checked={value.major} onChange={(next) => set('major', next)} error={errors.major} />
      )}
      <div className="actions">
        <BusyButton busy={sending} label={project ? t('common.save') : t('project.add')} busyLabel={t('common.saving')} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
