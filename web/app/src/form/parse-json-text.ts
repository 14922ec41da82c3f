// The form editor's JSON boxes report syntax errors by line and column. Browsers word JSON.parse failures
// differently and Safari gives no position at all, so the position comes from a small scanner of our own.

/** Where and why a JSON text does not parse; `offset` counts characters from 0, line and column from 1. */
export interface JsonSyntaxError {
  message: string;
  offset: number;
  line: number;
  column: number;
}

/** The parsed value, or the syntax error. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

class Stop extends Error {
  constructor(readonly offset: number) {
    super('stop');
  }
}

// Recursive descent over the JSON grammar that only answers "where does it first go wrong".
function scan(text: string): number | null {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at += 1;
  };
  const expect = (char: string) => {
    if (text[at] !== char) throw new Stop(at);
    at += 1;
  };
  const string = () => {
    expect('"');
    while (at < text.length && text[at] !== '"') {
      const char = text[at]!;
      if (char < ' ') throw new Stop(at);
      if (char === '\\') {
        const next = text[at + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) throw new Stop(at);
          at += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next) || next === '') throw new Stop(at);
        at += 2;
        continue;
      }
      at += 1;
    }
    expect('"');
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(at));
    if (!literal) throw new Stop(at);
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
      expect(',');
      space();
    }
  };
  const object = () =>
    members('}', () => {
      string();
      space();
      expect(':');
      value();
    });
  const array = () => members(']', value);
  try {
    value();
    space();
    return at < text.length ? at : null;
  } catch (error) {
    if (error instanceof Stop) return Math.min(error.offset, text.length);
    throw error;
  }
}

/** Line and column (from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Parses a JSON text as JSON.parse does; a failure carries the engine's message and where it went wrong. */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const offset = scan(text) ?? text.length;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { message, offset, ...lineAndColumn(text, offset) } };
  }
}
