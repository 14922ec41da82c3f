// English counts read as English: "1 task", "3 tasks", "About 1 day left", never "task(s)" or "day(s)".
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryOf, loadDictionary } from '#web/app/src/i18n/loaded-dictionaries';
import { translate } from '#web/app/src/i18n/translate';
import { inboxZhCn } from '#web/app/src/i18n/messages/inbox-messages';
import { addZhCnMessages } from '#web/app/src/i18n/loaded-dictionaries';

describe('counted words', () => {
  beforeAll(async () => {
    addZhCnMessages(inboxZhCn);
    await loadDictionary('en');
  });

  it.each([
    ['inbox.count', 1, '1 task'],
    ['inbox.count', 3, '3 tasks'],
    ['countdown.amount.days', 1, '1 day'],
    ['countdown.amount.hours', 2, '2 hours'],
    ['countdown.amount.moments', 1, 'under 1 minute'],
    ['form.errorsTitle', 1, '1 field needs attention:'],
    ['form.errorsTitle', 2, '2 fields need attention:'],
  ] as const)('%s with %i reads "%s"', (key, count, words) => {
    expect(translate('en', key, { count })).toBe(words);
  });

  it('leaves no "(s)" in English and keeps Chinese counts as they are', () => {
    for (const [key, text] of Object.entries(dictionaryOf('en'))) expect(text, key).not.toContain('(s)');
    expect(translate('zh-CN', 'inbox.count', { count: 1 })).toBe('共 1 项待办');
  });
});
