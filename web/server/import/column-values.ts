// Reads the cells of enumerated columns as a city's spreadsheet writes them: a choice by its key, its Chinese name or
// its English name, a yes/no by 是/否, Y/N, yes/no, true/false or 1/0 — full-width letters and spaces included.
import type { LocalizedText } from '#core/domain/locale';

/** A cell as compared with the accepted words: full-width forms made ASCII (NFKC), trimmed, lower case, spaces single. */
export function matchText(cell: string | undefined): string {
  return (cell ?? '').normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The stored key a cell names by its key (`general_contractor`, `General-Contractor`), Chinese name or English name;
 * undefined when it names none. */
export function choiceKey<K extends string>(cell: string | undefined, names: Readonly<Record<K, LocalizedText>>): K | undefined {
  const text = matchText(cell);
  if (!text) return undefined;
  const asKey = text.replace(/[\s-]+/g, '_');
  return (Object.keys(names) as K[]).find(
    (key) => key.toLowerCase() === asKey || matchText(names[key]['zh-CN']) === text || matchText(names[key].en) === text,
  );
}

const YES = ['1', 'true', 'yes', 'y', '是'];
const NO = ['', '0', 'false', 'no', 'n', '否'];

/** Reads a yes/no cell; empty means no. Anything else stays the text given, for the schema to refuse it. */
export function yesNo(cell: string | undefined): boolean | string {
  const value = matchText(cell);
  if (YES.includes(value)) return true;
  if (NO.includes(value)) return false;
  return (cell ?? '').trim();
}

/** A choice cell as stored: its key when it names one, else the text given, for the schema to refuse it. */
export function choiceValue(cell: string | undefined, names: Readonly<Record<string, LocalizedText>>): string {
  return choiceKey(cell, names) ?? (cell ?? '').trim();
}
