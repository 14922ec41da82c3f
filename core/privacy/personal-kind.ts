// The kinds of personal data a form field can hold, as its JSON Schema marks them with `x-personal`. Kept apart from
// the policy so the browser's form validator can import the list without the policy.

/** The schema keyword that marks a field as personal data. */
export const PERSONAL_KEYWORD = 'x-personal';

/** What a personal field holds: a resident ID number, a mobile number, health data, or free text that may name people. */
export const PERSONAL_KINDS = ['id-number', 'mobile', 'health', 'free-text'] as const;

/** One kind of personal data. */
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

/** True when `value` names a kind of personal data. */
export function isPersonalKind(value: unknown): value is PersonalKind {
  return typeof value === 'string' && (PERSONAL_KINDS as readonly string[]).includes(value);
}
