// A new account: username, name, role, first password, email, and the scope the role needs.
import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '#core/org/org-types';
import { adminApi } from '../../api/admin-api';
import type { NewUser, UserAccount } from '../../api/admin-types';
import { fieldErrors } from '../../api/field-errors';
import { BusyButton } from '../../components/busy-button';
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

/** Props of UserCreateForm. */
export interface UserCreateFormProps {
  options: ScopeOptions;
  onSaved: (user: UserAccount) => void;
  onCancel: () => void;
}

/** The create-user form; the server's field messages (taken username, missing scope) show at the fields. */
export function UserCreateForm({ options, onSaved, onCancel }: UserCreateFormProps) {
  const { t } = useI18n();
  const [user, setUser] = useState({ username: '', displayName: '', role: 'cadre' as Role, password: '', email: '' });
  const [scope, setScope] = useState<ScopeValue>({ enterpriseId: '', workingGroupId: '', projectId: '' });
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const errors = fieldErrors(error);
  const set = (field: keyof typeof user, value: string) => setUser((old) => ({ ...old, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const body: NewUser = {
      username: user.username.trim(),
      displayName: user.displayName.trim(),
      role: user.role,
      password: user.password,
    };
    if (user.email.trim()) body.email = user.email.trim();
    const scopeField = SCOPE_FIELD[user.role];
    if (scopeField && scope[scopeField]) body[scopeField] = Number(scope[scopeField]);
    setSending(true);
    setError(null);
    try {
      onSaved((await adminApi.createUser(body)).user);
    } catch (reason) {
      setError(reason);
      setSending(false);
    }
  };

  return (
    <form onSubmit={asyncHandler(submit)} noValidate aria-busy={sending}>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-grid">
        <TextField
          label={t('login.username')}
          required
          autoComplete="off"
          spellCheck={false}
          hint={t('users.usernameHint')}
          value={user.username}
          onChange={(v) => set('username', v)}
          error={errors.username}
        />
        <TextField
          label={t('account.displayName')}
          required
          value={user.displayName}
          onChange={(v) => set('displayName', v)}
          error={errors.displayName}
        />
        <SelectField
          label={t('account.role')}
          required
          options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          value={user.role}
          onChange={(v) => set('role', v)}
          error={errors.role}
        />
        <TextField
          label={t('users.initialPassword')}
          type="password"
          required
          autoComplete="new-password"
          hint={t('account.passwordHint', { min: 8 })}
          value={user.password}
          onChange={(v) => set('password', v)}
          error={errors.password}
        />
      </div>
      <UserScopeField
        role={user.role}
        value={scope}
        onChange={(field, v) => setScope((old) => ({ ...old, [field]: v }))}
        options={options}
        errors={errors}
      />
      <TextField
        label={t('account.email')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={user.email}
        onChange={(v) => set('email', v)}
        error={errors.email}
      />
      <div className="actions">
        <BusyButton busy={sending} label={t('users.create')} busyLabel={t('common.saving')} />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
