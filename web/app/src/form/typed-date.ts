// What a person types into a date field (date-widget.tsx), read as the ISO date the form stores: 2026-02-10 as shown,
// and the ways dates are commonly typed — 20260210, 2026/2/10, 2026.2.10, 2026年2月10日.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIGITS = /^(\d{4})(\d{2})(\d{2})$/;
const PARTS = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** Whether `text` is an ISO date `YYYY-MM-DD` (the stored form; whether the day exists is the validator's to say). */
export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && ISO_DATE.test(text);
}

/** `text` as an ISO date when it reads as a whole date, else `text` as typed (left for the validator to refuse). */
export function typedDate(text: string): string {
  const trimmed = text.trim();
  const [, year, month, day] = DIGITS.exec(trimmed) ?? PARTS.exec(trimmed) ?? [];
  if (!year || !month || !day) return trimmed;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Whether typing `text` is finished, so it can be read at once rather than when the field is left: eight digits, or
 * a date closed by 日. Otherwise 2026-1-1 might still become 2026-1-15. */
export function typedDateComplete(text: string): boolean {
  const trimmed = text.trim();
  return DIGITS.test(trimmed) || (trimmed.endsWith('日') && PARTS.test(trimmed));
}

/** Whether `text` is an ISO date of a day that exists (2026-02-30 is not), as a filter may send it on. */
export function isCalendarDate(text: unknown): text is string {
  if (!isIsoDate(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}
