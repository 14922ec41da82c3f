// An administrator's empty home list said 您负责范围内的企业还没有提交记录, but an administrator has no enterprises in
// their care: each role reads a sentence that fits whose list it is.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import { submissionsEmptyKey } from '#web/app/src/pages/submissions-empty-key';

describe('the empty submission list on the home page', () => {
  beforeAll(() => loadDictionary('en'));

  it.each([
    ['admin', '还没有企业提交记录。', 'No enterprise has filed anything yet.'],
    ['hq', '还没有企业提交记录。', 'No enterprise has filed anything yet.'],
    ['cadre', '您负责范围内的企业还没有提交记录。', 'The enterprises in your care have not submitted anything yet.'],
    ['special_class', '您负责范围内的企业还没有提交记录。', 'The enterprises in your care have not submitted anything yet.'],
    [
      'enterprise',
      '还没有提交记录。填写上方的表单后，办理进度会显示在这里。',
      'No submissions yet. Fill in a form above and its progress will show here.',
    ],
  ] as const)('reads right to %s', (role, zh, en) => {
    expect(translate('zh-CN', submissionsEmptyKey(role, false))).toBe(zh);
    expect(translate('en', submissionsEmptyKey(role, false))).toBe(en);
  });

  it('says a search found nothing, whoever searched', () => {
    expect(submissionsEmptyKey('admin', true)).toBe('home.searchEmpty');
  });
});
