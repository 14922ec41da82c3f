// The enterprise evaluation: each enterprise's inputs over a period (credit points, daily reports by punctuality,
// difficulties settled, inspections passed or failed, objections upheld against it), its score under the admin's
// weights, and a ranking. Everything is counted from the records the processes already keep; nothing is stored.
import type { Knex } from 'knex';
import { localDate, startOfLocalDay } from '../domain/working-calendar';
import { EVALUATION_INPUTS, type EvaluationInput, type EvaluationWeights } from './evaluation-weights';

/** A closed range of local dates, `YYYY-MM-DD`. */
export interface EvaluationPeriod {
  from: string;
  to: string;
}

/** One enterprise's line of the evaluation. */
export interface EvaluationRow {
  rank: number;
  enterpriseId: number;
  enterpriseName: string;
  focus: boolean;
  score: number;
  counts: Record<EvaluationInput, number>;
  /** Points each input contributed (count × weight), so a reader sees why the score is what it is. */
  points: Record<EvaluationInput, number>;
}

type Counts = Map<number, Record<EvaluationInput, number>>;
/** An aggregate row as the driver returns it (counts are strings on PostgreSQL). */
type Row = Record<string, unknown>;

function emptyCounts(): Record<EvaluationInput, number> {
  return Object.fromEntries(EVALUATION_INPUTS.map((input) => [input, 0])) as Record<EvaluationInput, number>;
}

function add(counts: Counts, enterpriseId: unknown, input: EvaluationInput, value: unknown): void {
  const id = Number(enterpriseId);
  if (!counts.has(id)) return;
  counts.get(id)![input] += Number(value ?? 0);
}

/** Scores are shown to one decimal; rounding here keeps 0.1 × 3 from reading 0.30000000000000004. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The instants bounding a period of local dates in `timeZone`: [start, end). */
function bounds(period: EvaluationPeriod, timeZone: string): [string, string] {
  const start = new Date(startOfLocalDay(period.from, timeZone)).toISOString();
  const dayAfter = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return [start, new Date(startOfLocalDay(dayAfter, timeZone)).toISOString()];
}

/** The calendar year of `now` in `timeZone`, up to today: the default period. */
export function currentYear(now: Date, timeZone: string): EvaluationPeriod {
  const today = localDate(now.getTime(), timeZone);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/**
 * Evaluates the enterprises `scope` allows ('all', or a list of ids), ranked by score (ties share a rank, then by name).
 * Credit entries count by when they were written, reports by their round's date, cases and objections by when they
 * were decided.
 */
export async function evaluateEnterprises(
  db: Knex,
  scope: 'all' | number[],
  period: EvaluationPeriod,
  weights: EvaluationWeights,
  timeZone: string,
): Promise<EvaluationRow[]> {
  const enterprises = await (scope === 'all' ? db('enterprises') : db('enterprises').whereIn('id', scope))
    .orderBy('name')
    .select('id', 'name', 'focus');
  const counts: Counts = new Map(enterprises.map((row) => [Number(row.id), emptyCounts()]));
  if (enterprises.length === 0) return [];
  const ids = [...counts.keys()];
  const [start, end] = bounds(period, timeZone);

  const credit: Row[] = await db('credit_entries')
    .whereIn('enterprise_id', ids)
    .where('created_at', '>=', start)
    .where('created_at', '<', end)
    .groupBy('enterprise_id')
    .select('enterprise_id')
    .sum({ total: 'points' });
  for (const row of credit) add(counts, row.enterprise_id, 'creditPoint', row.total);

  const reports: Row[] = await db('collection_reports as r')
    .join('collection_rounds as o', 'o.id', 'r.round_id')
    .whereIn('r.enterprise_id', ids)
    .whereIn('o.form_key', weights.reportForms)
    .whereBetween('o.local_date', [period.from, period.to])
    .whereIn('r.status', ['on_time', 'late', 'missed'])
    .groupBy('r.enterprise_id', 'r.status')
    .select('r.enterprise_id', 'r.status')
    .count({ n: '*' });
  const byStatus: Record<string, EvaluationInput> = { on_time: 'onTimeReport', late: 'lateReport', missed: 'missedReport' };
  for (const row of reports) add(counts, row.enterprise_id, byStatus[String(row.status)]!, row.n);

  const decided: Row[] = await db('submissions')
    .whereIn('enterprise_id', ids)
    .whereIn('form_key', [...weights.difficultyForms, ...weights.inspectionForms])
    .whereIn('status', ['settled', 'rejected'])
    .where('updated_at', '>=', start)
    .where('updated_at', '<', end)
    .groupBy('enterprise_id', 'form_key', 'status')
    .select('enterprise_id', 'form_key', 'status')
    .count({ n: '*' });
  for (const row of decided) {
    const key = String(row.form_key);
    if (weights.difficultyForms.includes(key) && row.status === 'settled') add(counts, row.enterprise_id, 'resolvedDifficulty', row.n);
    if (weights.inspectionForms.includes(key))
      add(counts, row.enterprise_id, row.status === 'settled' ? 'inspectionPassed' : 'inspectionFailed', row.n);
  }

  const objections: Row[] = await db('notice_objections as o')
    .join('notices as n', 'n.id', 'o.notice_id')
    .whereIn('n.enterprise_id', ids)
    .where('o.status', 'upheld')
    .where('o.decided_at', '>=', start)
    .where('o.decided_at', '<', end)
    .groupBy('n.enterprise_id')
    .select('n.enterprise_id')
    .count({ n: '*' });
  for (const row of objections) add(counts, row.enterprise_id, 'objectionUpheld', row.n);

  const rows = enterprises.map((enterprise) => {
    const own = counts.get(Number(enterprise.id))!;
    const points = Object.fromEntries(EVALUATION_INPUTS.map((input) => [input, round(own[input] * weights[input])])) as Record<
      EvaluationInput,
      number
    >;
    return {
      rank: 0,
      enterpriseId: Number(enterprise.id),
      enterpriseName: String(enterprise.name),
      focus: Boolean(enterprise.focus),
      score: round(EVALUATION_INPUTS.reduce((sum, input) => sum + points[input], 0)),
      counts: own,
      points,
    };
  });
  rows.sort((a, b) => b.score - a.score || a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN'));
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    row.rank = previous && previous.score === row.score ? previous.rank : index + 1;
  });
  return rows;
}
