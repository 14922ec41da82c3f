// Accounts as a table: who, role, scope, email, whether active, and an edit button.
import type { UserAccount } from '../../api/admin-types';
import { useI18n } from '../../i18n/use-i18n';
import type { ScopeOptions } from './use-scope-options';

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
  const scopeOf = (user: UserAccount) => user.enterpriseName ?? options.label('workingGroup', user.workingGroupId) ?? options.label('project', user.projectId);
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('login.username')}</th>
            <th scope="col">{t('account.displayName')}</th>
            <th scope="col">{t('account.role')}</th>
            <th scope="col">{t('users.scope')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.active ? undefined : 'is-ended'}>
              <td data-label={t('login.username')} className="mono break">{user.username}</td>
              <td data-label={t('account.displayName')}>
                {user.displayName}
                {user.email && <div className="muted small break">{user.email}</div>}
              </td>
              <td data-label={t('account.role')}>{t(`role.${user.role}`)}</td>
              <td data-label={t('users.scope')}>{scopeOf(user) ?? <span className="muted">—</span>}</td>
              <td data-label={t('users.status')}>
                <span className={`badge ${user.active ? 'badge--active' : 'badge--inactive'}`}>{user.active ? t('users.active') : t('users.inactive')}</span>
              </td>
              <td data-label={t('common.actions')}>
                <button type="button" className="button button--quiet" aria-label={t('users.editNamed', { name: user.displayName })} onClick={() => onEdit(user)}>
                  {t('common.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
