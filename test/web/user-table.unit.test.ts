// The admin's user list says, for an account that must set a new password before anything else, why: its password was
// set by an administrator (a new account, a reset), or a sign-in found it below the password rules — in the words the
// account's own change-password page uses, in Chinese and in English. An account that need not change says nothing.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { Locale } from '#core/domain/locale';
import type { UserAccount } from '#web/app/src/api/admin-types';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { UserTable } from '#web/app/src/pages/admin/user-table';
import type { ScopeOptions } from '#web/app/src/pages/admin/use-scope-options';

const account = (id: number, username: string, reason: UserAccount['passwordChangeReason']): UserAccount => ({
  id,
  username,
  displayName: `用户${id}`,
  role: 'cadre',
  email: null,
  enterpriseId: null,
  enterpriseName: null,
  workingGroupId: null,
  projectId: null,
  active: true,
  createdAt: '2026-02-10T08:00:00Z',
  mustChangePassword: reason !== null,
  passwordChangeReason: reason,
});

const USERS = [account(1, 'cadre-new', 'set_by_admin'), account(2, 'cadre-weak', 'weak_password'), account(3, 'cadre-ok', null)];
const OPTIONS: ScopeOptions = { enterprises: [], workingGroups: [], projects: [], label: () => undefined, error: null, reload: () => {} };

/** The text of each body row of the table, by username, as a reader sees it. */
function rowsIn(locale: Locale): Record<string, string> {
  const table = createElement(UserTable, { users: USERS, caption: 'users', options: OPTIONS, onEdit: () => {} });
  const html = renderIn(table, locale);
  const body = html.slice(html.indexOf('<tbody'));
  const rows = [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
    row[1]!
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return Object.fromEntries(USERS.map((user) => [user.username, rows.find((row) => row.includes(user.username)) ?? '']));
}

describe('the user list', () => {
  beforeAll(() => loadDictionary('en'));

  it.each<[Locale, string, string, string]>([
    ['zh-CN', '待修改密码：密码由管理员设置', '待修改密码：密码已不符合当前的密码规则', '待修改密码'],
    ['en', 'Must change password: set by an administrator', 'Must change password: no longer meets the password rules', 'Must change'],
  ])('says why an account must change its password (%s)', (locale, setByAdmin, weak, either) => {
    const rows = rowsIn(locale);
    expect(rows['cadre-new']).toContain(setByAdmin);
    expect(rows['cadre-new']).not.toContain(weak);
    expect(rows['cadre-weak']).toContain(weak);
    expect(rows['cadre-weak']).not.toContain(setByAdmin);
    expect(rows['cadre-ok']).not.toContain(either);
    expect(rows['cadre-ok']).toContain(locale === 'en' ? 'Active' : '在用');
  });
});
