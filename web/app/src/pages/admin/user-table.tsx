// Accounts as a table: who, role, scope, email, whether active (and, for an account that must set a new password before
// anything else, why: so an admin who gets the call knows whether they set it or the password rules caught it), and an
// edit button.
import type { UserAccount } from '../../api/admin-types';
import { DataTable } from '../../components/data-table';
import { useI18n } from '../../i18n/use-i18n';
import type { ScopeOptions } from './use-scope-options';
import { addZhCnMessages } from '../../i18n/loaded-dictionaries';
import { orgPagesZhCn } from '../../i18n/messages/org-pages-messages';
import { orgOwnZhCn } from '../../i18n/messages/org-messages';

// This feature's words come with its chunk, not with the first scripts.
addZhCnMessages(orgPagesZhCn);
addZhCnMessages(orgOwnZhCn);

/** Props of UserTable. */
export interface UserTableProps {
  users: UserAccount[];
  caption: string;
  options: ScopeOptions;
  onEdit: (user: UserAccount) => void;
}

/** A responsive table of accounts. */
export function UserTable({ users, caption, options, onEdit }: UserTableProps) {
  const { t } = useI18n();
  const scopeOf = (user: UserAccount) =>
    user.enterpriseName ?? options.label('workingGroup', user.workingGroupId) ?? options.label('project', user.projectId);
  return (
    <DataTable
      caption={caption}
      rows={users}
      rowKey={(user) => user.id}
      rowClassName={(user) => (user.active ? undefined : 'is-ended')}
      columns={[
        { key: 'username', label: t('login.username'), className: 'mono break', render: (user) => user.username },
        {
          key: 'name',
          label: t('account.displayName'),
          render: (user) => (
            <>
              {user.displayName}
              {user.email && <div className="muted small break">{user.email}</div>}
            </>
          ),
        },
        { key: 'role', label: t('account.role'), render: (user) => t(`role.${user.role}`) },
        { key: 'scope', label: t('users.scope'), render: (user) => scopeOf(user) ?? <span className="muted">—</span> },
        {
          key: 'status',
          label: t('users.status'),
          render: (user) => (
            <>
              <span className={`badge ${user.active ? 'badge--active' : 'badge--inactive'}`}>
                {user.active ? t('users.active') : t('users.inactive')}
              </span>
              {user.mustChangePassword && (
                <div className="small">
                  {t(user.passwordChangeReason === 'weak_password' ? 'users.mustChangeWeak' : 'users.mustChangeSetByAdmin')}
                </div>
              )}
            </>
          ),
        },
        {
          key: 'actions',
          label: t('common.actions'),
          hideLabel: true,
          render: (user) => (
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('users.editNamed', { name: user.displayName })}
              onClick={() => onEdit(user)}
            >
              {t('common.edit')}
            </button>
          ),
        },
      ]}
    />
  );
}
