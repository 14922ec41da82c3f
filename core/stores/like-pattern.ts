// Searching for what a person typed with SQL LIKE: `%` and `_` are wildcards there, so a search for "%" or "_" matched
// every row. Escaped with a backslash, they match themselves on both databases (`escape '\'` is said explicitly, since
// SQLite has no default escape character).
import type { Knex } from 'knex';

/** `text` with LIKE's wildcards and the escape character itself escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Rows whose `column` contains `text` literally (`ilike`: case-insensitively on PostgreSQL). */
export function whereContains(
  query: Knex.QueryBuilder,
  column: string,
  text: string,
  operator: 'like' | 'ilike' = 'like',
): Knex.QueryBuilder {
  return query.whereRaw(`?? ${operator} ? escape '\\'`, [column, `%${escapeLike(text)}%`]);
}

/** Rows whose `column` starts with `text` literally. */
export function whereStartsWith(query: Knex.QueryBuilder, column: string, text: string): Knex.QueryBuilder {
  return query.whereRaw(`?? like ? escape '\\'`, [column, `${escapeLike(text)}%`]);
}
