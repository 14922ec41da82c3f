// Searching for what a person typed with SQL LIKE: `%` and `_` are wildcards there, so a search for "%" or "_" matched
// every row. Escaped with a backslash, they match themselves on both databases (`escape '\'` is said explicitly, since
// SQLite has no default escape character).
import type { Knex } from 'knex';

/** `text` with LIKE's wildcards and the escape character itself escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Rows whose `column` contains `text` literally, whatever the case of its Latin letters: SQLite's LIKE ignores ASCII
 * case, PostgreSQL's does not, so there it is `ilike` (a search for "ENT01" found the account ent01 on SQLite only). */
export function whereContains(query: Knex.QueryBuilder, column: string, text: string): Knex.QueryBuilder {
  const operator = query.client.config.client === 'pg' ? 'ilike' : 'like';
  return query.whereRaw(`?? ${operator} ? escape '\\'`, [column, `%${escapeLike(text)}%`]);
}

/** Rows whose `column` starts with `text` literally. */
export function whereStartsWith(query: Knex.QueryBuilder, column: string, text: string): Knex.QueryBuilder {
  return query.whereRaw(`?? like ? escape '\\'`, [column, `${escapeLike(text)}%`]);
}
