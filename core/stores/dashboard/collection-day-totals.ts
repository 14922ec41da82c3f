// Per-round totals of collection reports (statuses and the sums of the reports' numbers) and each enterprise's
// latest report, kept on write so the city-wide dashboard reads 60 rows for 60 days instead of 600,000 reports.
import type { Db, Knex } from '../db-types';
import { REPORT_NUMBER_COLUMNS, type ReportNumbers, type SupplyNumbers } from '../../dashboard/report-numbers';

/** The status counters of a round's totals row, by report status. */
const STATUS_COLUMNS: Record<string, string> = { expected: 'pending', on_time: 'on_time', late: 'late', missed: 'missed' };

/** Recomputes one round's totals row from its report rows (after opening, after closing: changes of many rows). */
export async function refreshRoundTotals(db: Db, roundId: string): Promise<void> {
  const round = await db('collection_rounds').where({ id: roundId }).first('form_key', 'local_date');
  if (!round) return;
  const counts: Record<string, unknown>[] = await db('collection_reports')
    .where({ round_id: roundId })
    .groupBy('status')
    .select('status')
    .count({ n: '*' });
  const sums = await db('collection_reports')
    .where({ round_id: roundId })
    .whereNotNull('submission_id')
    .first(REPORT_NUMBER_COLUMNS.map((c) => db.raw('coalesce(sum(??), 0) as ??', [c, c])));
  const row: Record<string, unknown> = {
    round_id: roundId,
    form_key: round.form_key,
    local_date: round.local_date,
    targeted: 0,
    pending: 0,
    on_time: 0,
    late: 0,
    missed: 0,
  };
  for (const count of counts) {
    row.targeted = Number(row.targeted) + Number(count.n);
    const column = STATUS_COLUMNS[String(count.status)];
    if (column) row[column] = Number(count.n);
  }
  for (const column of REPORT_NUMBER_COLUMNS) row[column] = Number(sums?.[column] ?? 0);
  await db('collection_day_totals').insert(row).onConflict('round_id').merge();
}

/** A report filed or amended: what it was and what it is now. */
export interface ReportChange {
  roundId: string;
  formKey: string;
  localDate: string;
  enterpriseId: number;
  submissionId: string;
  statusBefore: string;
  statusAfter: string;
  before: ReportNumbers | null;
  after: ReportNumbers;
  /** The report's stock (003 防控物资): kept on the latest report only, never added up by day. */
  supplies?: SupplyNumbers;
}

/** Moves the round's totals by one report's change (a row missing is rebuilt whole) and keeps the latest report. */
export async function applyReportChange(trx: Knex.Transaction, change: ReportChange): Promise<void> {
  const deltas: Record<string, Knex.Raw> = {};
  const add = (column: string, by: number) => {
    if (by) deltas[column] = trx.raw('?? + ?', [column, by]);
  };
  if (change.statusBefore !== change.statusAfter) {
    add(STATUS_COLUMNS[change.statusBefore] ?? 'pending', -1);
    add(STATUS_COLUMNS[change.statusAfter] ?? 'pending', 1);
  }
  for (const column of REPORT_NUMBER_COLUMNS) add(column, (change.after[column] ?? 0) - (change.before?.[column] ?? 0));
  const moved = Object.keys(deltas).length ? await trx('collection_day_totals').where({ round_id: change.roundId }).update(deltas) : 1;
  if (!moved) await refreshRoundTotals(trx, change.roundId);
  const latest = {
    local_date: change.localDate,
    round_id: change.roundId,
    submission_id: change.submissionId,
    ...change.after,
    ...change.supplies,
  };
  await trx('collection_latest_reports')
    .insert({ form_key: change.formKey, enterprise_id: change.enterpriseId, ...latest })
    .onConflict(['form_key', 'enterprise_id'])
    .ignore();
  // A report for an earlier day (filed late, or amended) must not replace a newer one.
  await trx('collection_latest_reports')
    .where({ form_key: change.formKey, enterprise_id: change.enterpriseId })
    .where('local_date', '<=', change.localDate)
    .update(latest);
}
