// The display names of the people a submission's result names (who decided), so a page reads "办理人 王建国", not an id.
import type { Db } from '../db-types';

/** Display names of the users among `ids`, by id. */
export async function displayNamesOf(db: Db, ids: number[]): Promise<Map<number, string>> {
  const rows = await db('users').whereIn('id', ids).select('id', 'display_name');
  return new Map(rows.map((row) => [Number(row.id), String(row.display_name)]));
}
