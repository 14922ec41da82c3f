// The rows of a `knex.raw` statement, whichever the database: node-sqlite3 answers the rows, node-postgres a result.
/** The rows `knex.raw` answered: an array on SQLite, `result.rows` on PostgreSQL. */
export function rawRows<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}
