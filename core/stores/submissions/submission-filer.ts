// Who filed a submission "as themselves": its user, when their role is among the audience of the form version they
// filed. A filing made on an enterprise's behalf — a call taken on the hotline, a problem a cadre took away from a
// visit, both filed as the enterprise's difficulty report, a form only enterprises fill — is the enterprise's request,
// not the scribe's own, so its scribe may work it like anyone else; a nomination or an article its author filed is
// theirs, and the separation of duties keeps them from reviewing it (core/domain/task-holders.ts).
import type { Knex } from 'knex';
import type { Db } from '../db-types';

/** The stored audience is a JSON array of role names (`["enterprise","cadre"]`): a LIKE both databases read alike. */
const ROLE_IN_AUDIENCE = `fsf.audience like ('%"' || fsu.role || '"%')`;

/** `query` over the submissions (alias `fs`) that their users filed as themselves. */
function filedAsThemselves(query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query
    .from('submissions as fs')
    .join('users as fsu', 'fsu.id', 'fs.user_id')
    .join('form_definitions as fsf', (on) => {
      on.on('fsf.key', 'fs.form_key').andOn('fsf.version', 'fs.form_version');
    })
    .whereRaw(ROLE_IN_AUDIENCE);
}

/** Who filed submission `id` as themselves; null without a submission, or when it was filed on an enterprise's behalf. */
export async function selfFiler(db: Db, id: string | null): Promise<number | null> {
  if (id === null) return null;
  const row: { user_id: number } | undefined = await filedAsThemselves(db.queryBuilder()).where('fs.id', id).first('fs.user_id');
  return row ? Number(row.user_id) : null;
}

/** The submissions among `ids` that their users filed as themselves from outside the enterprise they name (a cadre's
 * or a working-group member's nomination): the named enterprise is not their filer (core/privacy/personal-data-policy.ts). */
export async function filedByOutsiders(db: Db, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows: { id: string }[] = await filedAsThemselves(db.queryBuilder())
    .whereIn('fs.id', ids)
    .whereNotNull('fs.enterprise_id')
    .where((outside) => {
      outside.whereNull('fsu.enterprise_id').orWhereRaw('fsu.enterprise_id <> fs.enterprise_id');
    })
    .select('fs.id as id');
  return new Set(rows.map((row) => String(row.id)));
}

/** Narrows a tasks query (alias `t`) to the tasks that are not about a submission `userId` filed as themselves. */
export function notOnOwnFilings(query: Knex.QueryBuilder, userId: number): Knex.QueryBuilder {
  return query.whereNotExists((own: Knex.QueryBuilder) => {
    filedAsThemselves(own.select(1)).whereRaw('fs.id = t.submission_id').where('fs.user_id', userId);
  });
}
