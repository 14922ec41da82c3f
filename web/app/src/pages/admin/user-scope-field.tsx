// The one scope field a role needs (DESIGN §1): an enterprise, a working group, or a project site.
import type { Role } from '#core/org/org-types';
import { SearchSelect } from '../../components/search-select';
import { SelectField } from '../../components/select-field';
import { useI18n } from '../../i18n/use-i18n';
import { SCOPE_FIELD, type ScopeValue } from './scope-field';
import type { ScopeOptions } from './use-scope-options';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';
import { orgOwnZhCn } from '../../i18n/messages/org-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);
addZhCnMessages(orgOwnZhCn);

/** Props of UserScopeField. */
export interface UserScopeFieldProps {
  role: Role;
  value: ScopeValue;
  onChange: (field: keyof ScopeValue, value: string) => void;
  options: ScopeOptions;
  errors: Record<string, string>;
}

/** The picker for the role's scope, or nothing for roles without one. */
export function UserScopeField({ role, value, onChange, options, errors }: UserScopeFieldProps) {
  const { t } = useI18n();
  switch (SCOPE_FIELD[role]) {
    case 'enterpriseId':
      return (
        <SearchSelect
          label={t('users.enterprise')}
          required
          options={options.enterprises}
          value={value.enterpriseId}
          onChange={(next) => onChange('enterpriseId', next)}
          error={errors.enterpriseId}
        />
      );
    case 'workingGroupId':
      return (
        <SelectField
          label={t('users.workingGroup')}
          required
          placeholder={t('picker.choose')}
          options={options.workingGroups}
          value={value.workingGroupId}
          onChange={(next) => onChange('workingGroupId', next)}
          error={errors.workingGroupId}
        />
      );
    case 'projectId':
      return (
        <SearchSelect
          label={t('users.project')}
          required
          options={options.projects}
          value={value.projectId}
          onChange={(next) => onChange('projectId', next)}
          error={errors.projectId}
        />
      );
    default:
      return null;
  }
}
