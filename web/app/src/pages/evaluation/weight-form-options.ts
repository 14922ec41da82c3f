// What the weights editor's form pickers show: the forms a list may name, by title in the reader's language, and every
// stored key the list holds, read as a form offered, a retired one, or an unknown key kept (and marked) until removed.
import type { ErrorSchema } from '@rjsf/utils';
import type { Locale } from '#core/domain/locale';
import type { WeightFormChoice } from '#core/evaluation/weight-form-fit';

/** A checkbox of a form picker. */
export interface WeightFormOption {
  key: string;
  label: string;
  retired: boolean;
}

/** A stored key the offered forms do not hold: a form deleted, misspelt, or of a kind the list does not take. */
export interface UnknownForm {
  key: string;
  /** Its place in the stored list (the server names its problems by it). */
  index: number;
}

/** The forms a list may name, by title in `locale` (the key when a title is blank), in title order. */
export function weightFormOptions(choices: readonly WeightFormChoice[], locale: Locale): WeightFormOption[] {
  return choices
    .map((choice) => ({ key: choice.key, label: choice.title[locale] || choice.title['zh-CN'] || choice.key, retired: choice.retired }))
    .sort((a, b) => a.label.localeCompare(b.label, locale) || a.key.localeCompare(b.key));
}

/** The stored keys no option names, in stored order. */
export function unknownForms(values: readonly string[], options: readonly WeightFormOption[]): UnknownForm[] {
  const offered = new Set(options.map((option) => option.key));
  return values.flatMap((key, index) => (offered.has(key) ? [] : [{ key, index }]));
}

/** The list after ticking (`on`) or unticking `key`: a new key goes last, the rest keep their order. */
export function toggledForms(values: readonly string[], key: string, on: boolean): string[] {
  if (on) return values.includes(key) ? [...values] : [...values, key];
  return values.filter((value) => value !== key);
}

/** The problems with each stored key, by key, from the errors at the list's items (`/difficultyForms/1`). */
export function errorsByKey(values: readonly string[], errorSchema: ErrorSchema | undefined): Map<string, string[]> {
  const found = new Map<string, string[]>();
  values.forEach((key, index) => {
    const errors = (errorSchema as Record<number, ErrorSchema | undefined> | undefined)?.[index]?.__errors;
    if (errors?.length) found.set(key, [...(found.get(key) ?? []), ...errors]);
  });
  return found;
}
