// The audit log's filters ask for an action by its name: an administrator picks 登录 or 登记走访 from a list, and never
// has to know, type or read the log's action keys (`user.`, `session.login`) to narrow the log.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn, textIn } from '../helpers/render-in-locale';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { AuditFilterForm, NO_AUDIT_FILTER } from '#web/app/src/pages/admin/audit-filter-form';

const form = () => createElement(AuditFilterForm, { initial: NO_AUDIT_FILTER, usernames: ['admin', 'cadre1'], onApply: () => {} });

describe('the audit log filter form', () => {
  beforeAll(() => loadDictionary('en'));

  it.each([
    ['zh-CN', '全部操作', ['登录', '登记走访', '发布表单']],
    ['en', 'Any action', ['Signed in', 'Logged a visit', 'Published form']],
  ] as const)('offers the actions by name in a list (%s)', (locale, any, names) => {
    const html = renderIn(form(), locale);
    const select = /<select[^>]*>(.*?)<\/select>/gs;
    const actionList = [...html.matchAll(select)].map((match) => match[1]!).find((options) => options.includes(names[0]));
    expect(actionList, 'a select of actions').toBeDefined();
    const labels = [...actionList!.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((match) => match[1]);
    expect(labels[0]).toBe(any);
    for (const name of names) expect(labels).toContain(name);
    const text = textIn(form(), locale);
    expect(text).not.toMatch(/\buser\.|session\.login|visit\.create/);
  });
});
