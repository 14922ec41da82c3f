// The few SQL expressions that differ between SQLite and PostgreSQL, and the period as instants.
import type { Db, Knex } from '../db-types';
import { addDays, startOfLocalDay } from '#core/domain/working-calendar';
import type { FigureRange } from '#core/dashboard/figure-group';

/** True on PostgreSQL. */
export function isPostgres(db: Db): boolean {
  return db.client.config.client === 'pg';
}

/** The text at `path` inside a JSON text column (submissions.data, .result, event details). */
export function jsonText(db: Db, column: string, path: string[]): Knex.Raw {
  if (isPostgres(db)) return db.raw('(??::jsonb #>> ?::text[])', [column, `{${path.join(',')}}`]);
  return db.raw('json_extract(??, ?)', [column, `$.${path.join('.')}`]);
}

/** The local date (YYYY-MM-DD) of an ISO instant column in the range's time zone. */
export function localDay(db: Db, column: string, range: FigureRange): Knex.Raw {
  if (isPostgres(db)) return db.raw(`to_char((??::timestamptz at time zone ?), 'YYYY-MM-DD')`, [column, range.timeZone]);
  // SQLite knows no zones: shift by the zone's offset at the start of the period (Asia/Shanghai has no DST).
  const offsetMinutes = Math.round((Date.parse(`${range.from}T00:00:00Z`) - startOfLocalDay(range.from, range.timeZone)) / 60_000);
  return db.raw('substr(datetime(??, ?), 1, 10)', [column, `${offsetMinutes >= 0 ? '+' : ''}${offsetMinutes} minutes`]);
}

/** The period as ISO instants: from local midnight of `from` up to (not including) local midnight after `to`. */
export function instantRange(range: FigureRange): { start: string; end: string } {
  return {
    start: new Date(startOfLocalDay(range.from, range.timeZone)).toISOString(),
    end: new Date(startOfLocalDay(addDays(range.to, 1), range.timeZone)).toISOString(),
  };
}

/** A count or sum as a number (PostgreSQL answers bigints as strings, and sums over no rows as null). */
export function num(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** Sums a numeric field over rows. */
export function sumOf<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((total, row) => total + pick(row), 0);
}
