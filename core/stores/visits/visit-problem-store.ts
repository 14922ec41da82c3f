// The problems a cadre took away from visits, as filing them as difficulty reports needs them: the problem with its
// visit and enterprise, the submission id reserved for its report (stored before the report is filed, so a retry files
// the same one), and the difficulty categories a problem may name.
import type { Db } from '../db-types';

/** A problem of a visit in scope, with what its difficulty report is written from. */
export interface ProblemToFile {
  kind: string;
  category: string;
  description: string;
  visitedOn: string;
  enterpriseId: number;
  enterpriseName: string;
}

/** Problem `problemId` of visit `visitId` if the visit's enterprise is in `scope`, or undefined. */
export async function findProblemToFile(
  db: Db,
  ids: { visitId: number; problemId: number },
  scope: number[],
): Promise<ProblemToFile | undefined> {
  const row = await db('visit_problems as p')
    .join('visits as v', 'v.id', 'p.visit_id')
    .join('enterprises as e', 'e.id', 'v.enterprise_id')
    .where({ 'p.id': ids.problemId, 'p.visit_id': ids.visitId })
    .whereIn('v.enterprise_id', scope)
    .first('p.kind', 'p.category', 'p.description', 'v.visited_on', 'v.enterprise_id', 'e.name as enterprise_name');
  if (!row) return undefined;
  return {
    kind: String(row.kind),
    category: String(row.category),
    description: String(row.description),
    visitedOn: String(row.visited_on),
    enterpriseId: Number(row.enterprise_id),
    enterpriseName: String(row.enterprise_name),
  };
}

/** Gives the problem `submissionId` unless it has one already; answers whether this call gave it. */
export async function reserveProblemSubmission(db: Db, problemId: number, submissionId: string): Promise<boolean> {
  const reserved = await db('visit_problems').where({ id: problemId }).whereNull('submission_id').update({ submission_id: submissionId });
  return reserved > 0;
}

/** The submission id reserved for the problem's report. */
export async function problemSubmissionId(db: Db, problemId: number): Promise<string> {
  return String((await db('visit_problems').where({ id: problemId }).first('submission_id')).submission_id);
}

/** Counts one more problem of the visit filed; answers the visit's date (its dashboard day). */
export async function countProblemFiled(db: Db, visitId: number): Promise<string> {
  await db('visits').where({ id: visitId }).increment('filed_count', 1);
  return String((await db('visits').where({ id: visitId }).first('visited_on')).visited_on);
}

/** The ids of the visit's problems taken away to coordinate, in order. */
export async function coordinateProblemIds(db: Db, visitId: number): Promise<number[]> {
  const ids = await db('visit_problems').where({ visit_id: visitId, kind: 'coordinate' }).orderBy('id').pluck('id');
  return ids.map(Number);
}

/** The keys of every difficulty category a problem may name. */
export async function difficultyCategoryKeys(db: Db): Promise<string[]> {
  const keys = await db('difficulty_categories').pluck('key');
  return keys.map(String);
}
