// The placeholders a template can use, read off its sample data: plain values, times (shown with `datetime`, days with
// `localdate`), yes-or-no flags (written as an `if` branch), and lists (looped over with `each`, whose items have fields
// of their own).

/** One placeholder and how to write it. */
export interface Placeholder {
  name: string;
  kind: 'text' | 'time' | 'value' | 'list' | 'flag';
  /** What to type into the template. */
  usage: string;
  sample: string;
  /** For lists: the fields of each item, as usages. */
  itemFields: string[];
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
// A day (a report's, a digest's) is written with `localdate`: 12月7日 / 7 Dec, not the data's YYYY-MM-DD.
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function itemFieldsOf(list: unknown[]): string[] {
  const first = list.find((item) => item && typeof item === 'object') as Record<string, unknown> | undefined;
  if (!first) return ['{{this}}'];
  return Object.entries(first).map(([key, value]) =>
    typeof value === 'string' && ISO_TIME.test(value) ? `{{datetime ${key} ../locale}}` : `{{${key}}}`,
  );
}

/** The placeholders of a template, in the order of its sample data. */
export function placeholdersOf(sample: Record<string, unknown>): Placeholder[] {
  return Object.entries(sample).map(([name, value]): Placeholder => {
    if (Array.isArray(value))
      return { name, kind: 'list', usage: `{{#each ${name}}} … {{/each}}`, sample: String(value.length), itemFields: itemFieldsOf(value) };
    if (typeof value === 'string' && ISO_TIME.test(value))
      return { name, kind: 'time', usage: `{{datetime ${name} locale}}`, sample: value, itemFields: [] };
    if (typeof value === 'string' && LOCAL_DATE.test(value))
      return { name, kind: 'time', usage: `{{localdate ${name} locale}}`, sample: value, itemFields: [] };
    if (typeof value === 'string') return { name, kind: 'text', usage: `{{${name}}}`, sample: value, itemFields: [] };
    // A yes-or-no is written as a branch, not printed: {{#if paused}} … {{else}} … {{/if}}.
    if (typeof value === 'boolean')
      return { name, kind: 'flag', usage: `{{#if ${name}}} … {{else}} … {{/if}}`, sample: String(value), itemFields: [] };
    return { name, kind: 'value', usage: `{{${name}}}`, sample: JSON.stringify(value), itemFields: [] };
  });
}

/** The time and day placeholders `text` prints bare (`{{date}}`), which show the data's own 2026-12-07 or ISO time
 * rather than 12月7日 / 7 Dec: a copy saved before the shipped text wrote `localdate` keeps them until edited. */
export function bareTimes(text: string, sample: Record<string, unknown>): Placeholder[] {
  return placeholdersOf(sample).filter(
    (placeholder) => placeholder.kind === 'time' && new RegExp(`\\{\\{\\{?~?\\s*${placeholder.name}\\s*~?\\}?\\}\\}`).test(text),
  );
}
