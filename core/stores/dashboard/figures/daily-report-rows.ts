// Daily reports (P3) as the rows the daily-report figures add up. City-wide they come from the totals kept on write
// (one row per day, each enterprise's latest report); within a scope, from the enterprises' own report rows.
import type { Db, Knex } from '../../db-types';
import { REPORT_NUMBER_COLUMNS, SUPPLY_NUMBER_COLUMNS } from '#core/dashboard/report-numbers';
import type { FigureRange, FigureScope } from '#core/dashboard/figure-group';

/** The shipped daily-report form (forms/definitions/daily-report.json). */
export const DAILY_FORM = 'daily-report';

/** The status columns of a day: targeted, still expected (round open), on time, late, missed. */
export const STATUS_COLUMNS = ['targeted', 'pending', 'on_time', 'late', 'missed'] as const;

/** Per local day of the period: report rows by status and the sums of the current reports' numbers. */
export async function reportDays(db: Db, scope: FigureScope, range: FigureRange): Promise<Record<string, unknown>[]> {
  if (scope === 'all') {
    return db('collection_day_totals')
      .where('form_key', DAILY_FORM)
      .whereBetween('local_date', [range.from, range.to])
      .select('local_date', ...STATUS_COLUMNS, ...REPORT_NUMBER_COLUMNS);
  }
  const statusCount = (column: string, status: string) => db.raw(`sum(case when r.status = '${status}' then 1 else 0 end) as ??`, [column]);
  return db('collection_reports as r')
    .join('collection_rounds as k', 'k.id', 'r.round_id')
    .where('k.form_key', DAILY_FORM)
    .whereBetween('k.local_date', [range.from, range.to])
    .whereIn('r.enterprise_id', scope)
    .groupBy('k.local_date')
    .select(
      'k.local_date',
      db.raw('count(*) as targeted'),
      statusCount('pending', 'expected'),
      statusCount('on_time', 'on_time'),
      statusCount('late', 'late'),
      statusCount('missed', 'missed'),
    )
    .select(REPORT_NUMBER_COLUMNS.map((column) => db.raw('coalesce(sum(??), 0) as ??', [`r.${column}`, column])));
}

/**
 * Each enterprise's latest report in the period (alias `l`: enterprise_id, local_date, submission_id, the numbers).
 * Wrapped in an object: a query builder is thenable, and a promise resolving to one would run it.
 */
export async function latestReports(db: Db, scope: FigureScope, range: FigureRange): Promise<{ query: Knex.QueryBuilder }> {
  const newest = await db('collection_latest_reports').where('form_key', DAILY_FORM).max({ day: 'local_date' }).first();
  // When no enterprise has reported after the period (the usual case: a period ending today), the latest report of
  // each enterprise is its latest in the period, if it falls in the period at all.
  if (!newest?.day || String(newest.day) <= range.to) {
    const query = db('collection_latest_reports as l').where('l.form_key', DAILY_FORM).where('l.local_date', '>=', range.from);
    return { query: scope === 'all' ? query : query.whereIn('l.enterprise_id', scope) };
  }
  // A period in the past: the newest report of each enterprise among those of the period.
  const reported = (alias: string, k: string) =>
    db(`collection_reports as ${alias}`)
      .join(`collection_rounds as ${k}`, `${k}.id`, `${alias}.round_id`)
      .where(`${k}.form_key`, DAILY_FORM)
      .whereBetween(`${k}.local_date`, [range.from, range.to])
      .whereNotNull(`${alias}.submission_id`);
  const newestDay = reported('r2', 'k2').whereRaw('r2.enterprise_id = r.enterprise_id').max('k2.local_date');
  const query = reported('r', 'k')
    .where('k.local_date', newestDay)
    .select(
      'r.enterprise_id',
      'k.local_date',
      'r.submission_id',
      ...[...REPORT_NUMBER_COLUMNS, ...SUPPLY_NUMBER_COLUMNS].map((column) => `r.${column}`),
    );
  if (scope !== 'all') query.whereIn('r.enterprise_id', scope);
  return { query: db.from(query.as('l')) };
}
