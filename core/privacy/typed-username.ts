// What the audit log keeps of a username typed at sign-in that names no account. People type their password into the
// username box, and the log (its page and CSV, read by every admin) must not show it. Kept: the first character and the
// length, `S***(11)`, shown as `S***（11个字符）` / `S*** (11 characters)`: enough to tell a mistyped real name (`c***(7)`
// beside cadre1) from a spray of made-up ones and to group equal attempts with the target filter, with no key to keep
// or rotate; the rest is never stored. A name that is an account's username is kept as it is (which account is tried).
import type { Locale } from '../domain/locale';

/** The stored form; a username never holds `*` or `(` (user-routes.ts allows letters, digits, `_`, `.` and `-`). */
const MASKED = /^(.)\*\*\*\((\d+)(\+?)\)$/u;

/** `S***(11)`: the first character of what was typed and its length in characters. */
export function maskedTypedUsername(typed: string): string {
  const characters = Array.from(typed);
  return `${characters[0] ?? ''}***(${characters.length})`;
}

/** A masked typed username in the reader's words, or undefined when `targetId` is not one. */
export function typedUsernameWords(targetId: string, locale: Locale): string | undefined {
  const match = MASKED.exec(targetId);
  if (!match) return undefined;
  // `(64+)`: an entry written before masking, whose typed name had been cut at 64 (migration 0065).
  const [, first, length, more] = match;
  if (more) return locale === 'en' ? `${first}*** (${length} characters or more)` : `${first}***（${length}个字符以上）`;
  return locale === 'en' ? `${first}*** (${length} characters)` : `${first}***（${length}个字符）`;
}
