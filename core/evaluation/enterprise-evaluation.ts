// The enterprise evaluation: each enterprise's inputs over a period (credit points, daily reports by punctuality,
// difficulties settled, inspections passed or failed, objections upheld against it), its score under the admin's
// weights, and a ranking. Everything is counted from the records the processes already keep; nothing is stored.
import { localDate, startOfLocalDay } from '../domain/working-calendar';
import {
  creditPointSums,
  decidedSubmissionCounts,
  evaluatedEnterprises,
  reportCountsByStatus,
  upheldObjectionCounts,
  type InstantRange,
} from '../stores/credit/evaluation-input-store';
import type { Db } from '../stores/db-types';
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

function emptyCounts(): Record<EvaluationInput, number> {
  return Object.fromEntries(EVALUATION_INPUTS.map((input) => [input, 0])) as Record<EvaluationInput, number>;
}

function add(counts: Counts, enterpriseId: number, input: EvaluationInput, value: number): void {
  if (!counts.has(enterpriseId)) return;
  counts.get(enterpriseId)![input] += value;
}

/** Scores are shown to one decimal; rounding here keeps 0.1 × 3 from reading 0.30000000000000004. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The instants bounding a period of local dates in `timeZone`: [start, end). */
function bounds(period: EvaluationPeriod, timeZone: string): InstantRange {
  const start = new Date(startOfLocalDay(period.from, timeZone)).toISOString();
  const dayAfter = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return [start, new Date(startOfLocalDay(dayAfter, timeZone)).toISOString()];
}

/** The calendar year of `now` in `timeZone`, up to today: the default period. */
export function currentYear(now: Date, timeZone: string): EvaluationPeriod {
  const today = localDate(now.getTime(), timeZone);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** Each enterprise's count of every input over the period (zero where it has none). */
async function countInputs(db: Db, ids: number[], period: EvaluationPeriod, weights: EvaluationWeights, timeZone: string): Promise<Counts> {
  const counts: Counts = new Map(ids.map((id) => [id, emptyCounts()]));
  const range = bounds(period, timeZone);

  for (const row of await creditPointSums(db, ids, range)) add(counts, row.enterpriseId, 'creditPoint', row.count);

  const byStatus: Record<string, EvaluationInput> = { on_time: 'onTimeReport', late: 'lateReport', missed: 'missedReport' };
  for (const row of await reportCountsByStatus(db, ids, weights.reportForms, period))
    add(counts, row.enterpriseId, byStatus[row.status]!, row.count);

  const decided = await decidedSubmissionCounts(db, ids, [...weights.difficultyForms, ...weights.inspectionForms], range);
  for (const row of decided) {
    if (weights.difficultyForms.includes(row.formKey) && row.status === 'settled')
      add(counts, row.enterpriseId, 'resolvedDifficulty', row.count);
    if (weights.inspectionForms.includes(row.formKey))
      add(counts, row.enterpriseId, row.status === 'settled' ? 'inspectionPassed' : 'inspectionFailed', row.count);
  }

  for (const row of await upheldObjectionCounts(db, ids, range)) add(counts, row.enterpriseId, 'objectionUpheld', row.count);
  return counts;
}

/**
 * Evaluates the enterprises `scope` allows ('all', or a list of ids), ranked by score (ties share a rank, then by name).
 * Credit entries count by when they were written, reports by their round's date, cases and objections by when they
 * were decided.
 */
export async function evaluateEnterprises(
  db: Db,
  scope: 'all' | number[],
  period: EvaluationPeriod,
  weights: EvaluationWeights,
  timeZone: string,
): Promise<EvaluationRow[]> {
  const enterprises = await evaluatedEnterprises(db, scope);
  if (enterprises.length === 0) return [];
  const counts = await countInputs(
    db,
    enterprises.map((enterprise) => enterprise.id),
    period,
    weights,
    timeZone,
  );

  const rows = enterprises.map((enterprise) => {
    const own = counts.get(enterprise.id)!;
    const points = Object.fromEntries(EVALUATION_INPUTS.map((input) => [input, round(own[input] * weights[input])])) as Record<
      EvaluationInput,
      number
    >;
    return {
      rank: 0,
      enterpriseId: enterprise.id,
      enterpriseName: enterprise.name,
      focus: enterprise.focus,
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
