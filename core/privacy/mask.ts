// How a personal value looks to a reader who may not see it in full: enough to tell two records apart (an ID's region
// and last digits, a mobile's carrier prefix and last digits, a name's first character), never enough to use the value.
import type { Locale } from '../domain/locale';
import type { PersonalKind } from './personal-kind';

/** The word shown instead of health data (temperature, travel, risk answers), in the reader's language. */
export const HEALTH_MASK: Record<Locale, string> = { 'zh-CN': '（健康信息已隐藏）', en: '(health data hidden)' };

/** The note shown instead of free text that may name people or their circumstances. */
export const FREE_TEXT_MASK: Record<Locale, string> = {
  'zh-CN': '（内容可能含个人信息，已隐藏）',
  en: '(hidden: may contain personal data)',
};

/** "370102********1870": the first 6 (region) and last 4 characters of a resident ID number. */
export function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

/** "139****5678": the first 3 and last 4 digits of a mobile number. */
export function maskMobile(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** Free text with every resident-ID-like run (17 digits and a digit or X) and mobile-like run (1, then 3–9, then 9
 * digits) masked as those fields are: what a member of the public writes (an objection) often names someone. */
export function maskNumbersInText(text: string): string {
  return text
    .replace(/(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])/g, (id) => maskIdNumber(id))
    .replace(/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g, (mobile) => maskMobile(mobile));
}

/** "张*", "Li *": the first character of a person's name, enough for a group chat or an admin to ask about the right
 * person, never enough to name them. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 3))}`;
}

/** The masked form of one personal value of `kind`; an empty value stays empty (nothing to hide, nothing to guess). */
export function maskValue(kind: PersonalKind, value: unknown, locale: Locale): unknown {
  if (value === undefined || value === null || value === '') return value;
  switch (kind) {
    case 'id-number':
      return maskIdNumber(String(value));
    case 'mobile':
      return maskMobile(String(value));
    case 'health':
      return HEALTH_MASK[locale];
    case 'free-text':
      return FREE_TEXT_MASK[locale];
  }
}
