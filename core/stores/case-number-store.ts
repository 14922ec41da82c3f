// The next case number of a prefix on a local day, taken inside the caller's transaction.
import { formatCaseNumber } from '../domain/case-number';
import { localDate } from '../domain/working-calendar';
import type { Db } from './db-types';
import { rawRows } from './raw-rows';

// Fixed SQL that both databases read alike, so no query is built per submission (the statement stays prepared).
// ON CONFLICT … DO UPDATE takes the row lock on PostgreSQL; SQLite serialises writers. Either way no two callers read
// the same value, and a rolled-back submission gives its number back.
const NEXT_NUMBER =
  'insert into case_counters (prefix, "day", "last") values (?, ?, 1) ' +
  'on conflict (prefix, "day") do update set "last" = case_counters."last" + 1 returning "last"';

/** Increments the day's counter of the prefix atomically (one upsert: SQLite and PostgreSQL alike) and formats it. */
export async function allocateCaseNumber(trx: Db, prefix: string, at: string, timeZone: string): Promise<string> {
  const date = localDate(at, timeZone);
  const [row] = rawRows<{ last: number | string }>(await trx.raw(NEXT_NUMBER, [prefix, date.replaceAll('-', '')]));
  return formatCaseNumber(prefix, date, Number(row!.last));
}
