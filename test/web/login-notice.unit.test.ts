// The login page says why it is there when the session ended under the reader (signed out elsewhere, expired), and
// whether a form's entries were kept as a draft — only what is true; the demo-logins line only on a server with demo
// data (GET /api/session's demoData).
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import { clearSessionEnd, noteSessionEnded, type SessionEnd } from '#web/app/src/api/session-end';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { LoginPage } from '#web/app/src/pages/login-page';

function rendered(props: { demoData?: boolean } = {}, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return renderIn(createElement(LoginPage, { onLogin: () => undefined, ...props }), locale);
}

describe('the login page', () => {
  beforeAll(() => loadDictionary('en'));
  afterEach(() => clearSessionEnd());

  it('says nothing about a session on a plain visit', () => {
    const html = rendered();
    expect(html).not.toContain('退出登录');
    expect(html).not.toContain('草稿');
  });

  it.each<[SessionEnd, string, string]>([
    ['ended', '您已退出登录或登录已过期，请重新登录。登录后回到刚才的页面。', 'Sign in again to return to the page you were on.'],
    ['draftKept', '未提交的内容已保存为草稿', 'is saved as a draft'],
    ['notSaved', '最近填写的内容未能保存', 'could not be saved'],
  ])('says why it is there when the session ended (%s)', (how, zh, en) => {
    noteSessionEnded(how);
    expect(rendered()).toContain(zh);
    expect(rendered({}, 'en')).toContain(en);
    expect(rendered({}, 'en')).toContain('You were signed out or your session expired');
  });

  it('claims a kept draft only when the form said so', () => {
    noteSessionEnded('ended');
    expect(rendered()).not.toContain('草稿');
  });

  it('keeps what a form knew over the bare 401 that came first or after', () => {
    noteSessionEnded('ended');
    noteSessionEnded('draftKept');
    noteSessionEnded('ended');
    expect(rendered()).toContain('已保存为草稿');
  });

  it('points to the demo logins only on a server with demo data', () => {
    expect(rendered()).not.toContain('演示账号见启动输出');
    expect(rendered({ demoData: false })).not.toContain('演示账号见启动输出');
    expect(rendered({ demoData: true })).toContain('演示账号见启动输出');
    expect(rendered({ demoData: true }, 'en')).toContain('Demo logins are printed by npm start');
  });
});
