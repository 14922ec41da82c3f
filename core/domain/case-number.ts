// Human case numbers (`KN-20261204-0007`): the form's prefix, the local day it was submitted and that day's count.

/** Prefixes of the shipped forms, also written into their definitions (`casePrefix`); used to backfill older rows. */
export const SHIPPED_CASE_PREFIXES: Readonly<Record<string, string>> = Object.freeze({
  'difficulty-report': 'KN', // 困难
  'daily-report': 'RB', // 日报
  'gate-check': 'MG', // 门岗
  commendation: 'BZ', // 表彰
  'resumption-readiness': 'FG', // 复工
  'liaison-designation': 'LL', // 联络
});

/** What a case prefix looks like: two to four capital letters. */
export const CASE_PREFIX_PATTERN = '^[A-Z]{2,4}$';

/** The prefix of a form: its definition's own, the shipped one for its key, else the initials of its key (`material-shortage` → MS). */
export function casePrefixOf(formKey: string, own?: string | null): string {
  if (own) return own;
  const shipped = SHIPPED_CASE_PREFIXES[formKey];
  if (shipped) return shipped;
  const initials = formKey
    .split('-')
    .map((word) => word.charAt(0).toUpperCase())
    .filter((letter) => /[A-Z]/.test(letter))
    .join('')
    .slice(0, 4);
  return initials.length >= 2 ? initials : `${initials}AJ`.slice(0, 4); // 案件
}

/** What a case number looks like: a prefix, a local day and the day's count (four digits or more). */
export const CASE_NUMBER_PATTERN = /^[A-Z]{2,4}-\d{8}-\d{4,}$/;

/** `KN-20261204-0007` from a prefix, a local date (`2026-12-04`) and the day's count. */
export function formatCaseNumber(prefix: string, localDate: string, sequence: number): string {
  return `${prefix}-${localDate.replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}
