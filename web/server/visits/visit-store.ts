// Reading and writing the visit log; every read is narrowed to the enterprises the caller may see.
import type { Knex } from 'knex';
import type { VisitInput } from './visit-schemas';
import { refreshVisitDay } from '../../../core/dashboard/visit-day-totals';

/** A visit as the API shows it. */
export interface VisitView {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  cadreId: number;
  cadreName: string;
  visitedOn: string;
  peopleMet: string;
  opinionsCount: number;
  opinions: string;
  solvedCount: number;
  coordinateCount: number;
  createdAt: string;
}

/** A problem of a visit, with the difficulty report it became (if any) and that report's status. */
export interface VisitProblemView {
  id: number;
  kind: 'solved' | 'coordinate';
  category: string | null;
  description: string;
  submissionId: string | null;
  submissionStatus: string | null;
}

/** Filters of a visit list. */
export interface VisitFilter {
  from?: string;
  to?: string;
  enterpriseId?: number;
  limit: number;
}

function visitQuery(db: Knex, scope: 'all' | number[]): Knex.QueryBuilder {
  const query = db('visits as v')
    .join('enterprises as e', 'e.id', 'v.enterprise_id')
    .join('users as u', 'u.id', 'v.cadre_id')
    .select('v.*', 'e.name as enterprise_name', 'u.display_name as cadre_name');
  return scope === 'all' ? query : query.whereIn('v.enterprise_id', scope);
}

function toView(row: Record<string, unknown>): VisitView {
  return {
    id: Number(row.id),
    enterpriseId: Number(row.enterprise_id),
    enterpriseName: String(row.enterprise_name),
    cadreId: Number(row.cadre_id),
    cadreName: String(row.cadre_name),
    visitedOn: String(row.visited_on),
    peopleMet: String(row.people_met),
    opinionsCount: Number(row.opinions_count),
    opinions: String(row.opinions),
    solvedCount: Number(row.solved_count),
    coordinateCount: Number(row.coordinate_count),
    createdAt: String(row.created_at),
  };
}

/** Visits in scope, newest first. */
export async function listVisits(db: Knex, scope: 'all' | number[], filter: VisitFilter): Promise<VisitView[]> {
  const query = visitQuery(db, scope).orderBy('v.visited_on', 'desc').orderBy('v.id', 'desc').limit(filter.limit);
  if (filter.from) query.where('v.visited_on', '>=', filter.from);
  if (filter.to) query.where('v.visited_on', '<=', filter.to);
  if (filter.enterpriseId) query.where('v.enterprise_id', filter.enterpriseId);
  return (await query).map(toView);
}

/** One visit in scope with its problems, or undefined. */
export async function findVisit(
  db: Knex,
  scope: 'all' | number[],
  id: number,
): Promise<(VisitView & { problems: VisitProblemView[] }) | undefined> {
  const row = await visitQuery(db, scope).where('v.id', id).first();
  if (!row) return undefined;
  const problems = await db('visit_problems as p')
    .leftJoin('submissions as s', 's.id', 'p.submission_id')
    .where('p.visit_id', id)
    .orderBy('p.id')
    .select('p.*', 's.status as submission_status');
  return {
    ...toView(row),
    problems: problems.map((p) => ({
      id: Number(p.id),
      kind: p.kind,
      category: p.category ?? null,
      description: String(p.description),
      submissionId: p.submission_id ?? null,
      submissionStatus: p.submission_status ?? null,
    })),
  };
}

/** Stores a visit and its problems; returns the new id. */
export async function insertVisit(trx: Knex.Transaction, cadreId: number, input: VisitInput, at: string): Promise<number> {
  const kinds = (input.problems ?? []).map((p) => p.kind);
  const [row] = await trx('visits')
    .insert({
      enterprise_id: input.enterpriseId,
      cadre_id: cadreId,
      visited_on: input.visitedOn,
      people_met: input.peopleMet.trim(),
      opinions_count: input.opinionsCount ?? 0,
      opinions: input.opinions?.trim() ?? '',
      solved_count: kinds.filter((kind) => kind === 'solved').length,
      coordinate_count: kinds.filter((kind) => kind === 'coordinate').length,
      created_at: at,
    })
    .returning('id');
  const id = Number((row as { id: number }).id);
  const problems = (input.problems ?? []).map((p) => ({
    visit_id: id,
    kind: p.kind,
    category: p.category ?? null,
    description: p.description.trim(),
  }));
  if (problems.length) await trx('visit_problems').insert(problems);
  await refreshVisitDay(trx, input.visitedOn);
  return id;
}
