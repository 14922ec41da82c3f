// The hotline_calls table: calls recorded, listed newest first, and the report each one became, with the few facts of
// other tables that recording and filing a call check (the category, the enterprise the report is filed for).
import type { Db, Knex } from './db-types';

/** A call as the API shows it (the caller's mobile masked or not by the route). */
export interface HotlineCall {
  id: number;
  callerName: string;
  callerMobile: string;
  enterpriseId: number;
  enterpriseName: string;
  category: string;
  problem: string;
  takenBy: { id: number; name: string };
  receivedAt: string;
  submission: { id: string; caseNumber: string | null; status: string } | null;
}

/** What recording a call needs. */
export interface NewHotlineCall {
  callerName: string;
  callerMobile: string;
  enterpriseId: number;
  category: string;
  problem: string;
  receivedAt: string;
}

type Row = Record<string, unknown>;

function toCall(row: Row): HotlineCall {
  return {
    id: Number(row.id),
    callerName: String(row.caller_name),
    callerMobile: String(row.caller_mobile),
    enterpriseId: Number(row.enterprise_id),
    enterpriseName: String(row.enterprise_name),
    category: String(row.category),
    problem: String(row.problem),
    takenBy: { id: Number(row.taken_by), name: String(row.taken_by_name) },
    receivedAt: String(row.received_at),
    submission:
      row.submission_id == null
        ? null
        : {
            id: String(row.submission_id),
            caseNumber: (row.case_number as string | null) ?? null,
            status: String(row.submission_status ?? 'received'),
          },
  };
}

function selectCalls(db: Db) {
  return db('hotline_calls as h')
    .join('enterprises as e', 'e.id', 'h.enterprise_id')
    .join('users as u', 'u.id', 'h.taken_by')
    .leftJoin('submissions as s', 's.id', 'h.submission_id')
    .select('h.*', 'e.name as enterprise_name', 'u.display_name as taken_by_name', 's.case_number', 's.status as submission_status');
}

/** Stores a call taken by `userId`; its id. */
export async function insertHotlineCall(db: Db, userId: number, call: NewHotlineCall, at: string): Promise<number> {
  const [row] = await db('hotline_calls')
    .insert({
      caller_name: call.callerName,
      caller_mobile: call.callerMobile,
      enterprise_id: call.enterpriseId,
      category: call.category,
      problem: call.problem,
      taken_by: userId,
      received_at: call.receivedAt,
      created_at: at,
    })
    .returning('id');
  return Number(typeof row === 'object' ? (row as { id: number }).id : row);
}

/** Calls newest first, a page at a time. */
export async function listHotlineCalls(
  db: Db,
  page: { limit: number; offset: number; enterpriseId?: number; category?: string; filed?: boolean },
): Promise<{ calls: HotlineCall[]; total: number }> {
  const narrow = (query: Knex.QueryBuilder) => {
    if (page.enterpriseId) query.where('h.enterprise_id', page.enterpriseId);
    if (page.category) query.where('h.category', page.category);
    if (page.filed !== undefined) query[page.filed ? 'whereNotNull' : 'whereNull']('h.submission_id');
    return query;
  };
  const rows = await narrow(selectCalls(db)).orderBy('h.received_at', 'desc').orderBy('h.id', 'desc').limit(page.limit).offset(page.offset);
  const count = await narrow(db('hotline_calls as h')).count({ n: '*' }).first();
  return { calls: rows.map(toCall), total: Number(count?.n ?? 0) };
}

/** One call. */
export async function findHotlineCall(db: Db, id: number): Promise<HotlineCall | undefined> {
  const row = await selectCalls(db).where('h.id', id).first();
  return row ? toCall(row) : undefined;
}

/** The submission id of the call's report: reserved now if it has none, so every later call of this returns the same. */
export async function reserveReportId(db: Db, id: number, fresh: string): Promise<{ submissionId: string; reserved: boolean }> {
  return db.transaction(async (trx) => {
    const reserved = await trx('hotline_calls').where({ id }).whereNull('submission_id').update({ submission_id: fresh });
    const row: { submission_id: string } | undefined = await trx('hotline_calls').where({ id }).first('submission_id');
    return { submissionId: String(row!.submission_id), reserved: reserved > 0 };
  });
}

/** Whether `key` names a difficulty category a call can be filed under. */
export async function difficultyCategoryExists(db: Db, key: string): Promise<boolean> {
  return Boolean(await db('difficulty_categories').where({ key }).first('key'));
}

/** Whom a call's report is filed for: the enterprise, its liaison, and the email of its first active account. */
export interface ReportingEnterprise {
  name: string;
  liaisonName: string | null;
  liaisonEmail: string | null;
  staffEmail: string | null;
}

/** The enterprise a call is about, as its report is filed on its behalf; undefined when there is no such enterprise. */
export async function reportingEnterprise(db: Db, enterpriseId: number): Promise<ReportingEnterprise | undefined> {
  const enterprise: Row | undefined = await db('enterprises').where({ id: enterpriseId }).first('name', 'liaison_name', 'liaison_email');
  const staff: Row | undefined = await db('users')
    .where({ enterprise_id: enterpriseId, role: 'enterprise', active: true })
    .orderBy('id')
    .first('email');
  if (!enterprise) return undefined;
  return {
    name: String(enterprise.name),
    liaisonName: enterprise.liaison_name == null ? null : String(enterprise.liaison_name),
    liaisonEmail: enterprise.liaison_email == null ? null : String(enterprise.liaison_email),
    staffEmail: staff?.email == null ? null : String(staff.email),
  };
}
