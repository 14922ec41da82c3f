// Chinese and English punctuate differently: full-width marks without spaces in Chinese, ASCII marks with spaces in
// English. Pages that join words and data themselves take their marks from here, so English never shows "（" or "：".
import type { Locale } from '#core/domain/locale';

/** The marks a page puts between words and data. */
export interface Punctuation {
  /** After a label: `体温：` / `Temperature: `. */
  colon: string;
  /** Around an aside: `工地（企业）` / `Site (Enterprise)`. */
  open: string;
  close: string;
  /** Between the items of a list: `甲、乙` / `A, B`. */
  list: string;
  /** Between reasons or clauses: `甲；乙` / `A; B`. */
  semicolon: string;
}

const MARKS: Record<Locale, Punctuation> = {
  'zh-CN': { colon: '：', open: '（', close: '）', list: '、', semicolon: '；' },
  en: { colon: ': ', open: ' (', close: ')', list: ', ', semicolon: '; ' },
};

/** The punctuation of `locale`. */
export function punctuation(locale: Locale): Punctuation {
  return MARKS[locale];
}
