// The next case numbers of a prefix on a local day, taken inside the caller's transaction.
import { formatCaseNumber } from '../domain/case-number';
import { localDate } from '../domain/working-calendar';
import type { Db } from './db-types';
import { rawRows } from './raw-rows';

// Fixed SQL that both databases read alike, so no query is built per submission (the statement stays prepared).
// ON CONFLICT … DO UPDATE takes the row lock on PostgreSQL; SQLite serialises writers. Either way no two callers read
// the same value, and a rolled-back submission gives its numbers back. A new day's row starts at the count taken.
const TAKE_NUMBERS =
  'insert into case_counters (prefix, "day", "last") values (?, ?, ?) ' +
  'on conflict (prefix, "day") do update set "last" = case_counters."last" + excluded."last" returning "last"';

/** Takes the next `count` numbers of the prefix on the local day of `at` atomically (one upsert) and formats them. */
export async function allocateCaseNumbers(trx: Db, prefix: string, at: string, timeZone: string, count: number): Promise<string[]> {
  const date = localDate(at, timeZone);
  const [row] = rawRows<{ last: number | string }>(await trx.raw(TAKE_NUMBERS, [prefix, date.replaceAll('-', ''), count]));
  const first = Number(row!.last) - count + 1;
  return Array.from({ length: count }, (_, i) => formatCaseNumber(prefix, date, first + i));
}

/** The next number of the prefix on the local day of `at`. */
export async function allocateCaseNumber(trx: Db, prefix: string, at: string, timeZone: string): Promise<string> {
  const [number] = await allocateCaseNumbers(trx, prefix, at, timeZone, 1);
  return number!;
}
