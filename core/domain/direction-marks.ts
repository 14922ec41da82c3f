// Invisible characters that Windows programs (Excel, WeChat desktop) put around what is copied from them: direction
// marks, embeddings, overrides and isolates, and the zero-width no-break space. A person pasting "13800138000" sees
// eleven digits while the text holds thirteen characters, so the mobile-number check refuses it, and a name kept with
// them is never found by search or matched as a duplicate. They mean nothing in this product's data.
// Kept free of Node built-ins so the browser bundle can import it.

const BIDI = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';

/** The characters that reorder the text around them (Arabic letter mark, LRM/RLM, embeddings, overrides, isolates). */
export const BIDI_CONTROLS = new RegExp(`[${BIDI}]`, 'g');

/** The direction characters and the zero-width no-break space (U+FEFF, a byte-order mark inside text). */
const INVISIBLE_MARKS = new RegExp(`[${BIDI}\ufeff]`, 'g');

/** `text` without direction marks or zero-width no-break spaces; spaces and line breaks are kept. */
export function stripDirectionMarks(text: string): string {
  return text.replace(INVISIBLE_MARKS, '');
}

/** `value` with every string in it (at any depth, in objects and arrays) stripped of direction marks; keys, numbers
 * and the rest are kept as they are. A property that `keep` names keeps its string as sent. */
export function withoutDirectionMarks<T>(value: T, keep: (key: string) => boolean = () => false): T {
  if (typeof value === 'string') return stripDirectionMarks(value) as T;
  if (Array.isArray(value)) return value.map((item) => withoutDirectionMarks(item, keep)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, keep(key) ? child : withoutDirectionMarks(child, keep)]),
  ) as T;
}
