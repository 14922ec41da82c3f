// The counts the enterprise evaluation is made of, read per enterprise from the records the processes already keep:
// credit entries, daily reports, decided cases and upheld objections. What each count is worth, and the ranking, are
// core/evaluation's; these reads only count.
import type { Db } from '../db-types';

/** An enterprise the evaluation lines up. */
export interface EvaluatedEnterprise {
  id: number;
  name: string;
  focus: boolean;
}

/** Instants bounding a period: [start, end). */
export type InstantRange = readonly [start: string, end: string];

/** A count of rows for one enterprise (and, where asked, one status or form). */
export interface EnterpriseCount {
  enterpriseId: number;
  count: number;
}

// Aggregates come back as strings on PostgreSQL and numbers on SQLite; an empty sum is null.
const count = (value: unknown): number => Number(value ?? 0);

/** The enterprises `scope` allows ('all', or these ids), by name. */
export async function evaluatedEnterprises(db: Db, scope: 'all' | number[]): Promise<EvaluatedEnterprise[]> {
  const rows: { id: unknown; name: unknown; focus: unknown }[] = await (
    scope === 'all' ? db('enterprises') : db('enterprises').whereIn('id', scope)
  )
    .orderBy('name')
    .select('id', 'name', 'focus');
  return rows.map((row) => ({ id: Number(row.id), name: String(row.name), focus: Boolean(row.focus) }));
}

/** The credit points each enterprise was given within the range (by when the entry was written); `count` is their sum. */
export async function creditPointSums(db: Db, enterpriseIds: number[], [start, end]: InstantRange): Promise<EnterpriseCount[]> {
  const rows: { enterprise_id: unknown; total: unknown }[] = await db('credit_entries')
    .whereIn('enterprise_id', enterpriseIds)
    .where('created_at', '>=', start)
    .where('created_at', '<', end)
    .groupBy('enterprise_id')
    .select('enterprise_id')
    .sum({ total: 'points' });
  return rows.map((row) => ({ enterpriseId: Number(row.enterprise_id), count: count(row.total) }));
}

/** How many reports of `forms` each enterprise filed on time, late or missed, in rounds dated within the local dates. */
export async function reportCountsByStatus(
  db: Db,
  enterpriseIds: number[],
  forms: string[],
  dates: { from: string; to: string },
): Promise<(EnterpriseCount & { status: 'on_time' | 'late' | 'missed' })[]> {
  const rows: { enterprise_id: unknown; status: unknown; n: unknown }[] = await db('collection_reports as r')
    .join('collection_rounds as o', 'o.id', 'r.round_id')
    .whereIn('r.enterprise_id', enterpriseIds)
    .whereIn('o.form_key', forms)
    .whereBetween('o.local_date', [dates.from, dates.to])
    .whereIn('r.status', ['on_time', 'late', 'missed'])
    .groupBy('r.enterprise_id', 'r.status')
    .select('r.enterprise_id', 'r.status')
    .count({ n: '*' });
  return rows.map((row) => ({
    enterpriseId: Number(row.enterprise_id),
    status: String(row.status) as 'on_time' | 'late' | 'missed',
    count: count(row.n),
  }));
}

/** How many submissions of `forms` each enterprise had settled or rejected within the range, by form and status. */
export async function decidedSubmissionCounts(
  db: Db,
  enterpriseIds: number[],
  forms: string[],
  [start, end]: InstantRange,
): Promise<(EnterpriseCount & { formKey: string; status: 'settled' | 'rejected' })[]> {
  const rows: { enterprise_id: unknown; form_key: unknown; status: unknown; n: unknown }[] = await db('submissions')
    .whereIn('enterprise_id', enterpriseIds)
    .whereIn('form_key', forms)
    .whereIn('status', ['settled', 'rejected'])
    .where('updated_at', '>=', start)
    .where('updated_at', '<', end)
    .groupBy('enterprise_id', 'form_key', 'status')
    .select('enterprise_id', 'form_key', 'status')
    .count({ n: '*' });
  return rows.map((row) => ({
    enterpriseId: Number(row.enterprise_id),
    formKey: String(row.form_key),
    status: String(row.status) as 'settled' | 'rejected',
    count: count(row.n),
  }));
}

/** How many objections to each enterprise's notices were upheld within the range. */
export async function upheldObjectionCounts(db: Db, enterpriseIds: number[], [start, end]: InstantRange): Promise<EnterpriseCount[]> {
  const rows: { enterprise_id: unknown; n: unknown }[] = await db('notice_objections as o')
    .join('notices as n', 'n.id', 'o.notice_id')
    .whereIn('n.enterprise_id', enterpriseIds)
    .where('o.status', 'upheld')
    .where('o.decided_at', '>=', start)
    .where('o.decided_at', '<', end)
    .groupBy('n.enterprise_id')
    .select('n.enterprise_id')
    .count({ n: '*' });
  return rows.map((row) => ({ enterpriseId: Number(row.enterprise_id), count: count(row.n) }));
}
