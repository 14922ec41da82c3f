// Administrators list accounts by role, create them with the scope their role needs, edit them, reset passwords.
import { useState } from 'react';
import { ROLES } from '#core/org/org-types';
import { adminApi } from '../../api/admin-api';
import type { UserAccount } from '../../api/admin-types';
import { EditPanel } from '../../components/edit-panel';
import { ErrorNotice } from '../../components/error-notice';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { useApiData } from '../../hooks/use-api-data';
import { useChanged } from '../../hooks/use-changed';
import { queryKeys } from '../../api/query-keys';
import { useI18n } from '../../i18n/use-i18n';
import { PasswordResetForm } from './password-reset-form';
import { useScopeOptions } from './use-scope-options';
import { UserCreateForm } from './user-create-form';
import { UserEditForm } from './user-edit-form';
import { UserTable } from './user-table';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);

type Editing = { mode: 'create' } | { mode: 'edit'; user: UserAccount } | null;

/** The users page. */
export function UsersPage() {
  const { t } = useI18n();
  const [role, setRole] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const users = useApiData((signal) => adminApi.users(role, signal), [role], queryKeys.users);
  const changed = useChanged();
  const options = useScopeOptions();
  const open = (next: Editing) => {
    setMessage(null);
    setEditing(next);
  };
  const saved = (user: UserAccount, created: boolean) => {
    setEditing(null);
    setMessage(t(created ? 'users.created' : 'common.savedNamed', { name: user.displayName }));
    void changed('users');
  };

  return (
    <>
      <PageHeading>{t('nav.users')}</PageHeading>
      <p className="muted">{t('users.intro')}</p>
      <div className="toolbar">
        <div className="toolbar__grow">
          <SelectField
            label={t('users.roleFilter')}
            value={role}
            placeholder={t('users.allRoles')}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            onChange={setRole}
          />
        </div>
        {!editing && (
          <button type="button" className="button button--primary" onClick={() => open({ mode: 'create' })}>
            {t('users.create')}
          </button>
        )}
      </div>
      <SuccessNotice message={message} />
      {options.error !== null && <ErrorNotice error={options.error} onRetry={options.reload} />}
      {editing?.mode === 'create' && (
        <EditPanel title={t('users.create')}>
          <UserCreateForm options={options} onSaved={(user) => saved(user, true)} onCancel={() => setEditing(null)} />
        </EditPanel>
      )}
      {editing?.mode === 'edit' && (
        <EditPanel key={editing.user.id} title={t('users.editNamed', { name: editing.user.displayName })}>
          <UserEditForm user={editing.user} options={options} onSaved={(user) => saved(user, false)} onCancel={() => setEditing(null)} />
          <h3>{t('users.resetPassword')}</h3>
          <PasswordResetForm user={editing.user} />
        </EditPanel>
      )}
      {users.loading && <LoadingIndicator />}
      {users.error !== null && <ErrorNotice error={users.error} onRetry={users.reload} />}
      {users.data &&
        !users.loading &&
        (users.data.users.length === 0 ? (
          <p className="empty">{role ? t('users.emptyRole', { role: t(`role.${role as (typeof ROLES)[number]}`) }) : t('users.empty')}</p>
        ) : (
          <>
            <p className="muted">{t('common.count', { count: users.data.users.length })}</p>
            <UserTable
              users={users.data.users}
              caption={t('nav.users')}
              options={options}
              onEdit={(user) => open({ mode: 'edit', user })}
            />
          </>
        ))}
    </>
  );
}
