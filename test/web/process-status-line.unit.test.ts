// A case page said 流程状态 运行中 to an enterprise, under a badge already reading 已解决，待确认: the engine's word,
// repeating the badge. Only an administrator sees the engine's state; others hear of it only when the process stopped.
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderIn } from '../helpers/render-in-locale';
import type { User } from '#web/app/src/api/api-types';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { formAdminZhCn } from '#web/app/src/i18n/messages/form-admin-messages';
import { ProcessStatusLine } from '#web/app/src/pages/process-status-line';

function rendered(workflowStatus: string | null, role: User['role'], locale: 'zh-CN' | 'en'): string {
  return renderIn(createElement(ProcessStatusLine, { workflowStatus, role }), locale);
}

describe('the process line of a case page', () => {
  beforeAll(async () => {
    addZhCnMessages(formAdminZhCn);
    await loadDictionary('en');
  });

  it.each(['enterprise', 'cadre', 'special_class', 'hq', 'gate'] as const)(
    'says nothing to %s while the process runs or has ended',
    (role) => {
      for (const status of ['RUNNING', 'COMPLETED', null]) {
        expect(rendered(status, role, 'zh-CN')).toBe('');
        expect(rendered(status, role, 'en')).toBe('');
      }
    },
  );

  it.each(['FAILED', 'TERMINATED', 'TIMED_OUT'])('tells an enterprise in plain words when the process %s', (status) => {
    expect(rendered(status, 'enterprise', 'zh-CN')).toContain('流程异常终止，请联系管理员');
    expect(rendered(status, 'enterprise', 'en')).toContain('The process stopped unexpectedly; contact an administrator');
    expect(rendered(status, 'enterprise', 'en')).not.toContain(status);
  });

  it('still shows the administrator the state beside the workflow id', () => {
    expect(rendered('RUNNING', 'admin', 'zh-CN')).toContain('运行中');
    expect(rendered('RUNNING', 'admin', 'en')).toContain('Running');
  });
});
