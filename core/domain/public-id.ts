// Ids a client can put in a URL as they are. A task's id is its workflow's name for it (`submission-…/cadre`,
// `…/referral-2026-12-04T08:00:00.000Z`), a collection round's its form and date (`daily-report/2026-12-04`,
// `liaison-designation/campaign-…`): replayed workflow code makes them, so they stay as they are, and the API edge
// shows them escaped instead. Letters, digits and `-` stand for themselves; any other character becomes `_` and its
// UTF-8 bytes in hex (`/` → `_2F`), so the escaped id needs no URL-encoding and reads back to exactly one id.

const PLAIN = /^[A-Za-z0-9-]$/;
const ESCAPED = /^(?:[A-Za-z0-9-]|_[0-9A-F]{2})+$/;

/** The id as the API shows it: no character that needs URL-encoding. */
export function publicId(id: string): string {
  let out = '';
  for (const char of id) {
    if (PLAIN.test(char)) out += char;
    else for (const byte of new TextEncoder().encode(char)) out += `_${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * The stored ids a URL's id may name: the escaped id read back, and the text itself, since an old-style URL carried the
 * stored id URL-encoded (an id that merely looks escaped and is also stored as written is rare enough to try both).
 */
export function storedIdCandidates(text: string): string[] {
  if (!ESCAPED.test(text) || !text.includes('_')) return [text];
  const bytes = text
    .match(/_[0-9A-F]{2}|[^_]/g)!
    .flatMap((piece) => (piece.length === 3 ? [parseInt(piece.slice(1), 16)] : [...new TextEncoder().encode(piece)]));
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytes));
  return decoded === text ? [text] : [decoded, text];
}
