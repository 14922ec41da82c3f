// For tests: both dictionaries must have identical key sets (TypeScript checks en; this lets a test check at run time).
import type { Locale } from '#core/domain/locale';
import { DICTIONARIES } from './dictionaries';

/** The sorted keys of each locale's dictionary. */
export function dictionaryKeys(): Record<Locale, string[]> {
  return {
    'zh-CN': Object.keys(DICTIONARIES['zh-CN']).sort(),
    en: Object.keys(DICTIONARIES.en).sort(),
  };
}
