// English counts read as English: "1 task", "3 tasks", "About 1 day left", never "task(s)" or "day(s)".
import { beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '#web/app/src/i18n/zh-cn-messages';
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
    ['dashboard.showTable', 1, 'Show the table (1 row)'],
    ['compliance.amended', 1, 'Amended 1 time'],
    ['gate.problems', 1, '1 thing still needs attention:'],
  ] as const)('%s with %i reads "%s"', (key, count, words) => {
    expect(translate('en', key, { count })).toBe(words);
  });

  it('leaves no "(s)" in English and keeps Chinese counts as they are', () => {
    for (const [key, text] of Object.entries(dictionaryOf('en'))) expect(text, key).not.toContain('(s)');
    expect(translate('zh-CN', 'inbox.count', { count: 1 })).toBe('共 1 项待办');
  });

  // Every number a message shows may be 1 ("+1 points each" on the evaluation page, "Show the table (1 rows)" on the
  // dashboard): filled with 1 everywhere, no English message reads "1 <plural>". The words below end in s but are no
  // plurals (verbs, "focus"); register.moreProjects names a total that is always more than the projects shown.
  it('says "1 row", never "1 rows", wherever a number is filled in', () => {
    const notPlural = new Set(['has', 'is', 'looks', 'means', 'focus']);
    const always = new Set(['register.moreProjects']);
    const wrong: string[] = [];
    for (const [key, text] of Object.entries(dictionaryOf('en'))) {
      const names = [...text.matchAll(/\{(\w+)[}|]/g)].map((match) => match[1]!);
      if (!names.length || always.has(key)) continue;
      const words = translate('en', key as MessageKey, Object.fromEntries(names.map((name) => [name, 1])));
      for (const match of words.matchAll(/\b1 ([a-z]+s)\b/g)) if (!notPlural.has(match[1]!)) wrong.push(`${key}: ${words}`);
    }
    expect(wrong).toEqual([]);
  });
});
