// The next case number of a prefix on a local day, taken inside the caller's transaction.
import type { Knex } from 'knex';
import { formatCaseNumber } from '../../../core/domain/case-number';
import { localDate } from '../../../core/domain/working-calendar';

/** Increments the day's counter of the prefix atomically (one upsert: SQLite and PostgreSQL alike) and formats it. */
export async function allocateCaseNumber(trx: Knex | Knex.Transaction, prefix: string, at: string, timeZone: string): Promise<string> {
  const date = localDate(at, timeZone);
  // ON CONFLICT … DO UPDATE takes the row lock on PostgreSQL; SQLite serialises writers. Either way no two callers
  // read the same value, and a rolled-back submission gives its number back.
  const [row] = await trx('case_counters')
    .insert({ prefix, day: date.replaceAll('-', ''), last: 1 })
    .onConflict(['prefix', 'day'])
    .merge({ last: trx.raw('?? + 1', ['case_counters.last']) })
    .returning('last');
  const last = typeof row === 'object' && row !== null ? (row as { last: number | string }).last : row;
  return formatCaseNumber(prefix, date, Number(last));
}
