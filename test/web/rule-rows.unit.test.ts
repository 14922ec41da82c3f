// The rules table's data in the form editor: rules read from and written back into the params JSON text (the JSON box
// stays the one source), and values typed as text turned into what a condition holds.
import { describe, expect, it } from 'vitest';
import type { Rule } from '#forms/rules/rule-types';
import { parseValue, readRules, valueText, writeRules } from '#web/app/src/pages/form-admin/rules/rule-rows';

const URGENT: Rule = {
  label: { 'zh-CN': '紧急', en: 'Urgent' },
  when: [{ field: 'urgent', op: 'equals', value: true }],
  then: { priority: 3 },
};

describe('rules in the params text', () => {
  it('reads the rules of a params object and writes them back beside the other params', () => {
    const parsed = readRules(JSON.stringify({ stages: [], rules: [URGENT] }));
    expect(parsed).toMatchObject({ ok: true, rules: [URGENT] });
    if (!parsed.ok) return;
    const text = writeRules(parsed.params, [...parsed.rules, URGENT]);
    expect(JSON.parse(text)).toEqual({ stages: [], rules: [URGENT, URGENT] });
  });

  it('drops the rules key when the last rule is removed', () => {
    const parsed = readRules(JSON.stringify({ stages: [], rules: [URGENT] }));
    expect(parsed.ok && JSON.parse(writeRules(parsed.params, []))).toEqual({ stages: [] });
  });

  it.each(['{', '[]', 'null', '"text"'])('refuses params text %s that is not an object', (text) => {
    expect(readRules(text)).toEqual({ ok: false });
  });
});

describe('values typed in the table', () => {
  it.each([
    ['是', 'equals', true],
    ['No', 'equals', false],
    ['3', '>=', 3],
    ['1.', 'equals', '1.'],
    ['17:00', '>=', '17:00'],
    ['materials， funds', 'in', ['materials', 'funds']],
  ] as const)('reads %s under %s', (text, op, value) => {
    expect(parseValue(text, op)).toEqual(value);
  });

  it('shows yes/no in the reader’s language and lists joined by commas', () => {
    expect(valueText(true, 'zh-CN')).toBe('是');
    expect(valueText(false, 'en')).toBe('no');
    expect(valueText(['a', 2], 'en')).toBe('a, 2');
  });
});
