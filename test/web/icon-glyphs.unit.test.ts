// Icons are inline SVG (components/icon.tsx), never symbol characters: the fonts shipped with the system lack many
// of them (⏱ rendered as an empty box in the compliance grid). Comments may still name such characters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '#web/app/src/i18n/dictionaries';

const SRC = fileURLToPath(new URL('../../web/app/src/', import.meta.url));
// Miscellaneous Technical, Miscellaneous Symbols, Dingbats, and the emoji planes.
const SYMBOL = /[\u2300-\u23FF\u2600-\u27BF\u{1F000}-\u{1FAFF}]/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(tsx?|css)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The code of a file without its comments (line comments, block comments, JSX comments). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('icons', () => {
  it('are drawn, not typed: no symbol character in the app code or its dictionaries', () => {
    const found: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const [index, line] of withoutComments(readFileSync(file, 'utf8')).split('\n').entries()) {
        if (SYMBOL.test(line)) found.push(`${file.slice(SRC.length)}:${index + 1}: ${line.trim()}`);
      }
    }
    for (const [locale, messages] of Object.entries(DICTIONARIES)) {
      for (const [key, text] of Object.entries(messages as Record<string, string>))
        if (SYMBOL.test(text)) found.push(`${locale} ${key}: ${text}`);
    }
    expect(found).toEqual([]);
  });
});
