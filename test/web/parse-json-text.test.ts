import { describe, expect, it } from 'vitest';
import { lineAndColumn, parseJsonText } from '../../web/app/src/form/parse-json-text';

describe('JSON syntax errors in the form editor', () => {
  it('parses valid JSON like JSON.parse', () => {
    expect(parseJsonText('{ "a": [1, 2.5e3, "x\\u00e9", true, null] }')).toEqual({ ok: true, value: { a: [1, 2500, 'xé', true, null] } });
  });

  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1],
    ['a single-quoted string', "{\n  'a': 1\n}", 2, 3],
    ['an unclosed object', '{\n  "a": 1', 2, 9],
    ['an empty text', '', 1, 1],
    ['text after the value', '{}\n]', 2, 1],
    ['a bad escape', '{ "a": "\\x" }', 1, 9],
    ['a leading zero', '[01]', 1, 3],
  ])('locates %s', (_what, text, line, column) => {
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect({ line: parsed.error.line, column: parsed.error.column }).toEqual({ line, column });
      expect(parsed.error.message).not.toBe('');
    }
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
