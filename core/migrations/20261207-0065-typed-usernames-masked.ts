// Since session 25 a failed or throttled sign-in whose username names no account is logged masked (`S***(11)`,
// core/privacy/typed-username.ts): people type their password into the username box, and every admin reads the audit
// log. Entries written before kept what was typed, cut to 64 characters; this masks them the same way. A name cut at 64
// keeps `(64+)`: its length is not known. Entries that name an account, or are masked already, stay. Never edit once
// merged.
import type { Knex } from 'knex';

const SIGN_IN_ATTEMPTS = ['session.login_failed', 'session.login_throttled'];
/** What the old code kept at most (`typed.slice(0, 64)`, UTF-16 units). */
const OLD_CUT = 64;
const MASKED = /^.\*\*\*\(\d+\+?\)$/u;

/** Masks the typed usernames of older sign-in attempts that named no account. */
export async function up(db: Knex): Promise<void> {
  const rows: { id: number; target_id: string }[] = await db('audit_log')
    .whereIn('action', SIGN_IN_ATTEMPTS)
    .andWhere('target_type', 'user')
    .whereNotIn('target_id', db('users').select('username'))
    .select('id', 'target_id');
  for (const { id, target_id: typed } of rows) {
    if (MASKED.test(typed)) continue;
    const characters = Array.from(typed);
    const length = typed.length >= OLD_CUT ? `${characters.length}+` : String(characters.length);
    await db('audit_log')
      .where({ id })
      .update({ target_id: `${characters[0] ?? ''}***(${length})` });
  }
}

/** Nothing to undo: what was typed is gone, as intended. */
export async function down(): Promise<void> {}
