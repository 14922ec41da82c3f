// Changes to an account: name, email, role, active, and the role's scope. Only changed fields are sent.
import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '#core/org/org-types';
import { adminApi } from '../../api/admin-api';
import type { UserAccount, UserChange } from '../../api/admin-types';
import { fieldErrors } from '../../api/field-errors';
import { BusyButton } from '../../components/busy-button';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorNotice } from '../../components/error-notice';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useI18n } from '../../i18n/use-i18n';
import { SCOPE_FIELD, type ScopeValue } from './scope-field';
import { UserScopeField } from './user-scope-field';
import type { ScopeOptions } from './use-scope-options';
import { asyncHandler } from '../../events/async-handler';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';
import { orgOwnZhCn } from '../../i18n/messages/org-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);
addZhCnMessages(orgOwnZhCn);

const asText = (id: number | null) => (id === null ? '' : String(id));

/** Props of UserEditForm. */
export interface UserEditFormProps {
  user: UserAccount;
  options: ScopeOptions;
  onSaved: (user: UserAccount) => void;
  onCancel: () => void;
}

/** The edit-user form; deactivating yourself is refused by the server (409) and explained. */
export function UserEditForm({ user, options, onSaved, onCancel }: UserEditFormProps) {
  const { t } = useI18n();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email ?? '');
  const [role, setRole] = useState<Role>(user.role);
  const [active, setActive] = useState(user.active);
  const [scope, setScope] = useState<ScopeValue>({
    enterpriseId: asText(user.enterpriseId),
    workingGroupId: asText(user.workingGroupId),
    projectId: asText(user.projectId),
  });
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const errors = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const change: UserChange = {};
    if (displayName.trim() !== user.displayName) change.displayName = displayName.trim();
    if (email.trim() !== (user.email ?? '')) change.email = email.trim() || null;
    if (active !== user.active) change.active = active;
    if (role !== user.role) change.role = role;
    const scopeField = SCOPE_FIELD[role];
    if (scopeField && scope[scopeField] !== asText(user[scopeField]))
      change[scopeField] = scope[scopeField] ? Number(scope[scopeField]) : null;
    if (Object.keys(change).length === 0) return onCancel();
    setSending(true);
    setError(null);
    try {
      onSaved((await adminApi.updateUser(user.id, change)).user);
    } catch (reason) {
      setError(reason);
      setSending(false);
    }
  };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      <p className="muted">{t('users.editIntro', { username: user.username })}</p>
      <div className="form-grid">
        <TextField label={t('account.displayName')} required value={displayName} onChange={setDisplayName} error={errors.displayName} />
        <TextField
          label={t('account.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <SelectField
          label={t('account.role')}
          required
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          value={role}
          onChange={(v) => setRole(v as Role)}
          error={errors.role}
        />
      </div>
      <UserScopeField
        role={role}
        value={scope}
        onChange={(field, v) => setScope((old) => ({ ...old, [field]: v }))}
        options={options}
        errors={errors}
      />
      <CheckboxField label={t('users.activeLabel')} checked={active} onChange={setActive} error={errors.active} />
      <div className="actions">
        <BusyButton busy={sending} label={t('common.save')} busyLabel={t('common.saving')} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
