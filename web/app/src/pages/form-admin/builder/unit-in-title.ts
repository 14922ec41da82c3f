// A number's unit is written after its title, as the shipped forms do (`体温（℃）`, `Temperature (°C)`), so every
// page, export and email that shows the title shows the unit without knowing about units.
import type { Texts } from './field-model';

const PATTERNS: Record<keyof Texts, [RegExp, (title: string, unit: string) => string]> = {
  'zh-CN': [/^(.+)（([^（）]+)）$/s, (title, unit) => `${title}（${unit}）`],
  en: [/^(.+) \(([^()]+)\)$/s, (title, unit) => `${title} (${unit})`],
};

/** Splits `体温（℃）` into its title and unit; a title without a unit has an empty one. */
export function splitUnit(text: string, locale: keyof Texts): { title: string; unit: string } {
  const match = PATTERNS[locale][0].exec(text);
  return match ? { title: match[1]!, unit: match[2]! } : { title: text, unit: '' };
}

/** The title with its unit after it, the inverse of splitUnit. */
export function joinUnit(title: string, unit: string, locale: keyof Texts): string {
  return unit.trim() ? PATTERNS[locale][1](title, unit.trim()) : title;
}
