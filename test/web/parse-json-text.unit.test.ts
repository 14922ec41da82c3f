import { describe, expect, it } from 'vitest';
import { lineAndColumn, parseJsonText } from '#web/app/src/form/parse-json-text';
import { enMessages } from '#web/app/src/i18n/en-messages';
import { DICTIONARIES } from '#web/app/src/i18n/dictionaries';

describe('JSON syntax errors in the form editor', () => {
  it('parses valid JSON like JSON.parse', () => {
    expect(parseJsonText('{ "a": [1, 2.5e3, "x\\u00e9", true, null] }')).toEqual({ ok: true, value: { a: [1, 2500, 'xé', true, null] } });
  });

  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'comma'],
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1, 'key'],
    ['a trailing comma in a list', '[1, 2,]', 1, 7, 'value'],
    ['a single-quoted string', "{\n  'a': 1\n}", 2, 3, 'key'],
    ['a missing colon', '{ "a" 1 }', 1, 7, 'colon'],
    ['an unclosed object', '{\n  "a": 1', 2, 9, 'end'],
    ['an unclosed string', '{ "a": "x', 1, 10, 'end'],
    ['an empty text', '', 1, 1, 'end'],
    ['text after the value', '{}\n]', 2, 1, 'extra'],
    ['a bad escape', '{ "a": "\\x" }', 1, 9, 'string'],
    ['a line break inside a string', '{ "a": "x\ny" }', 1, 10, 'string'],
    ['a leading zero', '[01]', 1, 3, 'comma'],
  ])('locates %s and says why, as a reason the editor words in the reader’s language', (_what, text, line, column, reason) => {
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ line, column, reason });
  });

  it('words every reason in both languages, without the other language’s script', () => {
    const reasons = ['end', 'value', 'key', 'colon', 'comma', 'string', 'extra'] as const;
    for (const reason of reasons) {
      // The form editor's words load with its chunk: the full dictionary has them.
      const zh = DICTIONARIES['zh-CN'][`formAdmin.json.${reason}`];
      const en = enMessages[`formAdmin.json.${reason}`];
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      // Only JSON's own escapes (\n) may carry Latin letters in the Chinese text.
      expect(zh.replace(/\\n/g, '')).not.toMatch(/[A-Za-z]/);
      expect(en).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    }
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
