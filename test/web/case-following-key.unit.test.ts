// The line under a followed case says who is to act: the enterprise is not told a case is being handled when it waits
// on the enterprise's own confirmation or answer.
import { describe, expect, it } from 'vitest';
import { caseFollowingKey } from '#web/app/src/pages/case-following-key';
import { translate } from '#web/app/src/i18n/translate';
import { addZhCnMessages, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { caseViewZhCn } from '#web/app/src/i18n/messages/case-messages';

addZhCnMessages(caseViewZhCn);

describe('the line under a case the page follows', () => {
  it.each([
    ['the enterprise, its case resolved and awaiting its confirmation', 'resolved', 'enterprise', '等待您的答复，本页会自动刷新…'],
    ['the enterprise, its case returned for more information', 'returned', 'enterprise', '等待您的答复，本页会自动刷新…'],
    ['the cadre, the case awaiting the enterprise’s confirmation', 'resolved', 'cadre', '等待企业答复，本页会自动刷新…'],
    ['HQ, the case returned to the enterprise', 'returned', 'hq', '等待企业答复，本页会自动刷新…'],
    ['the enterprise, its case at a rung', 'received', 'enterprise', '正在办理，本页会自动刷新…'],
    ['the cadre, a case just submitted', 'submitted', 'cadre', '正在办理，本页会自动刷新…'],
  ] as const)('tells %s', (_, status, role, line) => {
    expect(translate('zh-CN', caseFollowingKey(status, role))).toBe(line);
  });

  it('says the same in English', async () => {
    await loadDictionary('en');
    expect(translate('en', caseFollowingKey('resolved', 'enterprise'))).toBe('Waiting for your answer; this page refreshes by itself…');
    expect(translate('en', caseFollowingKey('returned', 'special_class'))).toBe(
      'Waiting for the enterprise’s answer; this page refreshes by itself…',
    );
  });
});
