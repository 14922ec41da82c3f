// The form editor's JSON boxes report syntax errors by line and column. Browsers word JSON.parse failures
// differently, in English whatever the reader's language, and Safari gives no position at all, so the position and
// the reason come from a small scanner of our own; the editor words the reason from the dictionaries.

/** Why a JSON text stops parsing, as the editor explains it (`formAdmin.json.<reason>`). */
export type JsonSyntaxReason = 'end' | 'value' | 'key' | 'colon' | 'comma' | 'string' | 'extra';

/** Where and why a JSON text does not parse; `offset` counts characters from 0, line and column from 1. */
export interface JsonSyntaxError {
  reason: JsonSyntaxReason;
  offset: number;
  line: number;
  column: number;
}

/** The parsed value, or the syntax error. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: JsonSyntaxReason,
  ) {
    super('stop');
  }
}

// Recursive descent over the JSON grammar that only answers "where does it first go wrong".
function scan(text: string): { offset: number; reason: JsonSyntaxReason } | null {
  let at = 0;
  // Running out of text is one reason whatever was expected there.
  const stop = (reason: JsonSyntaxReason) => new Stop(at, at >= text.length ? 'end' : reason);
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at += 1;
  };
  const expect = (char: string, reason: JsonSyntaxReason) => {
    if (text[at] !== char) throw stop(reason);
    at += 1;
  };
  const string = (reason: JsonSyntaxReason) => {
    expect('"', reason);
    while (at < text.length && text[at] !== '"') {
      const char = text[at]!;
      if (char < ' ') throw stop('string');
      if (char === '\\') {
        const next = text[at + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) throw stop('string');
          at += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next) || next === '') throw stop('string');
        at += 2;
        continue;
      }
      at += 1;
    }
    expect('"', 'string');
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string('value');
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(at));
    if (!literal) throw stop('value');
    at += literal[0].length;
  };
  const members = (close: string, member: () => void) => {
    at += 1;
    space();
    if (text[at] === close) {
      at += 1;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[at] === close) {
        at += 1;
        return;
      }
      expect(',', 'comma');
      space();
    }
  };
  const object = () =>
    members('}', () => {
      string('key');
      space();
      expect(':', 'colon');
      value();
    });
  const array = () => members(']', value);
  try {
    value();
    space();
    return at < text.length ? { offset: at, reason: 'extra' } : null;
  } catch (error) {
    if (error instanceof Stop) return { offset: Math.min(error.offset, text.length), reason: error.reason };
    throw error;
  }
}

/** Line and column (from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Parses a JSON text as JSON.parse does; a failure says why (as a reason to word) and where it went wrong. */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const { offset, reason } = scan(text) ?? { offset: text.length, reason: 'end' as const };
    return { ok: false, error: { reason, offset, ...lineAndColumn(text, offset) } };
  }
}
