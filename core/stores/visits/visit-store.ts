// Reading and writing the visit log; every read is narrowed to the enterprises the caller may see. A visit keeps the
// version of the visit-log definition it was made with and its form data; the columns the dashboard sums are written
// from the fields the definition's params name.
import type { Knex } from 'knex';
import { refreshVisitDay } from '../dashboard/visit-day-totals';
import { fromJson, toJson } from '../../db';
import type { RecordParams } from '#forms/record-references';
import type { Page } from '#core/api/paging-types';
import { pageOfQuery, type PageQuery } from '#core/stores/page-of-query';
import type { Db } from '../db-types';

/** A stored visit: its columns and its form data as recorded (the server masks and presents it before it leaves). */
export interface VisitRow {
  id: number;
  enterpriseId: number;
  enterpriseName: string;
  cadreId: number;
  cadreName: string;
  visitedOn: string;
  opinionsCount: number;
  solvedCount: number;
  coordinateCount: number;
  formVersion: number;
  data: Record<string, unknown>;
  createdAt: string;
  /** For a visit synced from a device's queue: when it was made there, when it arrived, and whether the device's
   * clock looked wrong; null for a visit recorded online. */
  offline: VisitOfflineFacts | null;
}

/** When a queued visit was made on the device and when it arrived (issue 23). */
export interface VisitOfflineFacts {
  deviceTime: string;
  receivedAt: string;
  clockSkewed: boolean;
}

/** The offline columns a visit is written with. */
export interface VisitOfflineColumns {
  clientId: string | null;
  deviceTime: string | null;
  receivedAt: string;
  clockSkewed: boolean;
}

/** A stored problem of a visit, with the difficulty report it became (if any) and that report's status. */
export interface VisitProblemRow {
  id: number;
  kind: 'solved' | 'coordinate';
  category: string | null;
  description: string;
  submissionId: string | null;
  submissionStatus: string | null;
}

/** The visit-log definition version a visit is made with, and its params: which fields the summed columns come from. */
export interface VisitLogVersion {
  version: number;
  params: RecordParams;
}

/** Filters of a visit list. */
export interface VisitFilter {
  from?: string;
  to?: string;
  enterpriseId?: number;
}

function visitQuery(db: Db, scope: 'all' | number[]): Knex.QueryBuilder {
  const query = db('visits as v')
    .join('enterprises as e', 'e.id', 'v.enterprise_id')
    .join('users as u', 'u.id', 'v.cadre_id')
    .select('v.*', 'e.name as enterprise_name', 'u.display_name as cadre_name');
  return scope === 'all' ? query : query.whereIn('v.enterprise_id', scope);
}

function toRow(row: Record<string, unknown>): VisitRow {
  return {
    id: Number(row.id),
    enterpriseId: Number(row.enterprise_id),
    enterpriseName: String(row.enterprise_name),
    cadreId: Number(row.cadre_id),
    cadreName: String(row.cadre_name),
    visitedOn: String(row.visited_on),
    opinionsCount: Number(row.opinions_count),
    solvedCount: Number(row.solved_count),
    coordinateCount: Number(row.coordinate_count),
    formVersion: Number(row.form_version),
    data: row.data ? fromJson<Record<string, unknown>>(row.data) : {},
    createdAt: String(row.created_at),
    offline: row.device_time
      ? { deviceTime: String(row.device_time), receivedAt: String(row.received_at), clockSkewed: Boolean(row.clock_skewed) }
      : null,
  };
}

/** Visits in scope, newest first. */
export async function listVisits(
  db: Db,
  scope: 'all' | number[],
  filter: VisitFilter,
  paging: PageQuery,
): Promise<{ rows: VisitRow[]; page: Page }> {
  const query = visitQuery(db, scope).orderBy('v.visited_on', 'desc').orderBy('v.id', 'desc');
  if (filter.from) query.where('v.visited_on', '>=', filter.from);
  if (filter.to) query.where('v.visited_on', '<=', filter.to);
  if (filter.enterpriseId) query.where('v.enterprise_id', filter.enterpriseId);
  const { rows, page } = await pageOfQuery(db, query, paging);
  return { rows: rows.map(toRow), page };
}

/** One visit in scope with its problems, or undefined. */
export async function findVisit(
  db: Db,
  scope: 'all' | number[],
  id: number,
): Promise<(VisitRow & { problems: VisitProblemRow[] }) | undefined> {
  const row = await visitQuery(db, scope).where('v.id', id).first();
  if (!row) return undefined;
  const problems = await db('visit_problems as p')
    .leftJoin('submissions as s', 's.id', 'p.submission_id')
    .where('p.visit_id', id)
    .orderBy('p.id')
    .select('p.*', 's.status as submission_status');
  return {
    ...toRow(row),
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

/** The visit a device's queue sent under `clientId` and the cadre who sent it, or undefined. */
export async function visitOfClientId(db: Db, clientId: string): Promise<{ id: number; cadreId: number } | undefined> {
  const row = await db('visits').where({ client_id: clientId }).first('id', 'cadre_id');
  return row ? { id: Number(row.id), cadreId: Number(row.cadre_id) } : undefined;
}

/** The enterprises a cadre is assigned to now (whose visits the cadre reads as their handler). */
export async function assignedEnterpriseIds(db: Db, cadreId: number): Promise<number[]> {
  const rows = await db('cadre_assignments').where({ cadre_id: cadreId }).whereNull('ended_at').pluck('enterprise_id');
  return rows.map(Number);
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Stores a visit made with the visit-log definition version `form` (checked beforehand) and its problems; returns the
 * new id. */
export async function insertVisit(
  trx: Db,
  cadreId: number,
  data: object,
  at: string,
  form: VisitLogVersion,
  offline?: VisitOfflineColumns,
): Promise<number> {
  const { params } = form;
  const visit = data as Record<string, unknown>;
  const listed = visit[params.problems.field];
  const problems = (Array.isArray(listed) ? listed : []) as Record<string, unknown>[];
  const kinds = problems.map((p) => p[params.problems.kindField]);
  const visitedOn = String(visit[params.dateField]);
  const [row] = await trx('visits')
    .insert({
      enterprise_id: Number(visit[params.enterpriseField]),
      cadre_id: cadreId,
      visited_on: visitedOn,
      people_met: text(visit[params.columns.peopleMet]),
      opinions_count: Number(visit[params.columns.opinionsCount] ?? 0) || 0,
      opinions: params.columns.opinions ? text(visit[params.columns.opinions]) : '',
      solved_count: kinds.filter((kind) => kind === 'solved').length,
      coordinate_count: kinds.filter((kind) => kind === 'coordinate').length,
      created_at: at,
      form_version: form.version,
      data: toJson(data),
      client_id: offline?.clientId ?? null,
      device_time: offline?.deviceTime ?? null,
      received_at: offline?.receivedAt ?? at,
      clock_skewed: offline?.clockSkewed ?? false,
    })
    .returning('id');
  const id = Number((row as { id: number }).id);
  const rows = problems.map((p) => ({
    visit_id: id,
    kind: String(p[params.problems.kindField]),
    category: text(p[params.problems.categoryField]) || null,
    description: text(p[params.problems.descriptionField]),
  }));
  if (rows.length) await trx('visit_problems').insert(rows);
  await refreshVisitDay(trx, visitedOn);
  return id;
}
