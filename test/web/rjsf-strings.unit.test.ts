// rjsf's own words (list buttons, yes/no, option names) speak the reader's language on every rjsf form: Chinese with no
// English word in it, English in the app's words rather than rjsf's defaults ("Add Item"), parameters filled in; and
// every rjsf form of the app is given those words and the worded buttons.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TranslatableString } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { RJSF_WORDS, rjsfStrings } from '#web/app/src/form/rjsf-strings';

const KEYS = Object.values(TranslatableString);
const APP = join(import.meta.dirname, '../../web/app/src');
// Latin words a Chinese sentence may not hold; `%1` parameters and markdown marks are no words.
const LATIN_WORD = /[A-Za-z]{2,}/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('rjsf’s words', () => {
  it.each(KEYS)('says “%s” in Chinese without an English word', (key) => {
    const zh = RJSF_WORDS['zh-CN'][key];
    expect(zh.trim()).not.toBe('');
    expect(zh.replace(/`%\d`/g, '')).not.toMatch(LATIN_WORD);
  });

  it.each(KEYS)('says “%s” in English, keeping its parameters', (key) => {
    const en = RJSF_WORDS.en[key];
    expect(en.trim()).not.toBe('');
    expect(en.match(/%\d/g)?.sort()).toEqual(key.match(/%\d/g)?.sort());
    expect(RJSF_WORDS['zh-CN'][key].match(/%\d/g)?.sort()).toEqual(key.match(/%\d/g)?.sort());
  });

  it.each([
    ['zh-CN', TranslatableString.AddItemButton, undefined, '添加一项'],
    ['en', TranslatableString.AddItemButton, undefined, 'Add an item'],
    ['zh-CN', TranslatableString.RemoveButton, undefined, '删除'],
    ['en', TranslatableString.MoveUpButton, undefined, 'Move up'],
    ['zh-CN', TranslatableString.TitleOptionPrefix, ['通道', '2'], '通道 选项 2'],
    ['en', TranslatableString.TitleOptionPrefix, ['Lane', '2'], 'Lane, option 2'],
    ['zh-CN', TranslatableString.FilesInfo, ['a.pdf', 'application/pdf', '12'], '**a.pdf**（application/pdf，12 字节）'],
  ] as const)('in %s, %s reads as the app words it', (locale, key, params, words) => {
    expect(rjsfStrings(locale)(key, params ? [...params] : undefined)).toBe(words);
  });

  it('words the list buttons in the app’s English, not in rjsf’s defaults', () => {
    const buttons = [TranslatableString.AddItemButton, TranslatableString.EmptyArray, TranslatableString.OptionalObjectAdd];
    for (const key of buttons) expect(RJSF_WORDS.en[key]).not.toBe(key);
  });

  it('reaches every rjsf form of the app, with the worded list buttons', () => {
    const forms = sources(APP).filter((file) => /^import Form from '@rjsf\/core';$/m.test(readFileSync(file, 'utf8')));
    expect(forms.length).toBeGreaterThanOrEqual(5);
    const without = forms
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return !/translateString=\{rjsfStrings\(/.test(text) || !/templates=\{FORM_TEMPLATES\}/.test(text);
      })
      .map((file) => relative(APP, file));
    expect(without).toEqual([]);
  });
});
