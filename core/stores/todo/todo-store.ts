// The reads behind an enterprise's to-do list (web/server/todo/enterprise-todo.ts), from the projections the workflows
// keep: today's collection round of a form and the enterprise's report in it, the calendar, whether a collection
// targets the enterprise, its first submission of a day, the campaigns it has not answered, and its cases that wait
// for it.
import { pageOfQuery, type PageQuery } from '#core/stores/page-of-query';
import type { Page } from '../../api/paging-types';
import { fromJson } from '../../db';
import type { CollectionParams } from '../../domain/collection-plan';
import type { LocalizedText } from '../../domain/locale';
import type { CalendarDay } from '../../domain/working-calendar';
import type { Db } from '../db-types';

/** A collection round: its id and deadline. */
export interface TodoRound {
  id: string;
  deadlineAt: string;
}

/** The round of a daily form opened for `localDate`, or undefined before the Schedule opened one. */
export async function dailyRoundOn(db: Db, formKey: string, localDate: string): Promise<TodoRound | undefined> {
  const round = await db('collection_rounds')
    .where({ form_key: formKey, local_date: localDate, recurrence: 'daily' })
    .first('id', 'deadline_at');
  return round ? { id: String(round.id), deadlineAt: String(round.deadline_at) } : undefined;
}

/** An enterprise's report in a round. */
export interface TodoRoundReport {
  submittedAt: string | null;
  status: string;
  submissionId: string | null;
}

/** The enterprise's report in round `roundId`, or undefined when the round does not expect one from it. */
export async function roundReportOf(db: Db, roundId: string, enterpriseId: number): Promise<TodoRoundReport | undefined> {
  const row = await db('collection_reports').where({ round_id: roundId, enterprise_id: enterpriseId }).first();
  if (!row) return undefined;
  return {
    submittedAt: (row.submitted_at as string | null) ?? null,
    status: String(row.status),
    submissionId: (row.submission_id as string | null) ?? null,
  };
}

/** The calendar's entries for one date (a working day moved, a holiday). */
export async function calendarDaysOn(db: Db, date: string): Promise<CalendarDay[]> {
  return db('calendar_days').where({ date }).select('date', 'kind');
}

/** True when a collection's target takes in the enterprise (every enterprise when it names none). */
export async function collectionTargets(db: Db, target: CollectionParams['target'] | undefined, enterpriseId: number): Promise<boolean> {
  const query = db('enterprises').where({ id: enterpriseId });
  if (target?.kind === 'type') query.whereIn('type', target.types ?? []);
  if (target?.kind === 'focus') query.where('focus', true);
  if (target?.kind === 'list') query.whereIn('id', target.enterpriseIds ?? []);
  return Boolean(await query.first('id'));
}

/** The enterprise's first submission of a form in [from, until), or undefined. */
export async function firstSubmissionBetween(
  db: Db,
  formKey: string,
  enterpriseId: number,
  from: string,
  until: string,
): Promise<{ id: string; createdAt: string } | undefined> {
  const first = await db('submissions')
    .where({ form_key: formKey, enterprise_id: enterpriseId })
    .where('created_at', '>=', from)
    .where('created_at', '<', until)
    .orderBy('created_at')
    .first('id', 'created_at');
  return first ? { id: String(first.id), createdAt: String(first.created_at) } : undefined;
}

/** Campaigns (one-off rounds) the enterprise has not answered, the newest round of each form only, by deadline. */
export async function unansweredCampaigns(db: Db, enterpriseId: number): Promise<{ formKey: string; deadlineAt: string }[]> {
  const rows = await db('collection_reports as r')
    .join('collection_rounds as k', 'k.id', 'r.round_id')
    .where({ 'r.enterprise_id': enterpriseId, 'k.recurrence': 'once' })
    .whereIn('r.status', ['expected', 'missed'])
    .whereNotExists(
      db('collection_rounds as newer')
        .whereRaw('newer.form_key = k.form_key')
        .andWhere('newer.recurrence', 'once')
        .andWhereRaw('newer.opens_at > k.opens_at'),
    )
    .orderBy('k.deadline_at')
    .select('k.form_key', 'k.deadline_at');
  return rows.map((row) => ({ formKey: String(row.form_key), deadlineAt: String(row.deadline_at) }));
}

/** A case of the enterprise waiting for it, as stored. */
export interface WaitingCaseRow {
  id: string;
  caseNumber: string | null;
  formKey: string;
  formTitle: LocalizedText;
  status: 'returned' | 'resolved';
  data: Record<string, unknown>;
  result: Record<string, unknown>;
  updatedAt: string;
}

/** A page of the enterprise's cases that wait for its answer (returned) or confirmation (resolved), oldest first. */
export async function waitingCaseRows(db: Db, enterpriseId: number, paging: PageQuery): Promise<{ rows: WaitingCaseRow[]; page: Page }> {
  const query = db('submissions as s')
    .join('form_definitions as f', function joinForm() {
      this.on('f.key', 's.form_key').andOn('f.version', 's.form_version');
    })
    .where('s.enterprise_id', enterpriseId)
    .whereIn('s.status', ['returned', 'resolved'])
    .orderBy('s.updated_at')
    .orderBy('s.id')
    .select('s.id', 's.case_number', 's.form_key', 's.status', 's.data', 's.result', 's.updated_at', 'f.title');
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return {
    rows: rows.map((row) => ({
      id: row.id as string,
      caseNumber: (row.case_number as string | null) ?? null,
      formKey: row.form_key as string,
      formTitle: fromJson<LocalizedText>(row.title),
      status: row.status as WaitingCaseRow['status'],
      data: fromJson<Record<string, unknown>>(row.data),
      result: row.result == null ? {} : fromJson<Record<string, unknown>>(row.result),
      updatedAt: row.updated_at as string,
    })),
    page,
  };
}

/** The enterprise's first clearance to resume in force (P2; a suspended one is not): when, and the inspection body's
 * names (null: none named). */
export async function firstClearance(
  db: Db,
  enterpriseId: number,
): Promise<{ at: string; body: LocalizedText | null; submissionId: string | null } | null> {
  const row = await db('projects as p')
    .leftJoin('working_groups as g', 'g.id', 'p.cleared_by_group_id')
    .where('p.enterprise_id', enterpriseId)
    .whereNotNull('p.cleared_at')
    .whereNull('p.suspended_at')
    .orderBy('p.cleared_at')
    .orderBy('p.id')
    .first('p.cleared_at', 'p.cleared_submission_id', 'g.name_zh', 'g.name_en');
  if (!row) return null;
  return {
    at: String(row.cleared_at),
    body: row.name_zh ? { 'zh-CN': String(row.name_zh), en: String(row.name_en) } : null,
    submissionId: (row.cleared_submission_id as string | null) ?? null,
  };
}

/** The suspension of the enterprise's clearance to resume (a later level failed it): when, the failing body's names
 * (null: none named) and the case it failed; null when nothing is suspended. */
export async function clearanceSuspension(
  db: Db,
  enterpriseId: number,
): Promise<{ at: string; body: LocalizedText | null; submissionId: string | null; caseNumber: string | null } | null> {
  const row = await db('projects as p')
    .leftJoin('working_groups as g', 'g.id', 'p.suspended_by_group_id')
    .leftJoin('submissions as s', 's.id', 'p.suspended_submission_id')
    .where('p.enterprise_id', enterpriseId)
    .whereNotNull('p.suspended_at')
    .orderBy('p.suspended_at', 'desc')
    .orderBy('p.id')
    .first('p.suspended_at', 'p.suspended_submission_id', 'g.name_zh', 'g.name_en', 's.case_number');
  if (!row) return null;
  return {
    at: String(row.suspended_at),
    body: row.name_zh ? { 'zh-CN': String(row.name_zh), en: String(row.name_en) } : null,
    submissionId: (row.suspended_submission_id as string | null) ?? null,
    caseNumber: (row.case_number as string | null) ?? null,
  };
}

/** The enterprise's newest case of form `formKey`, with the step of its open task (null: none open). */
export async function newestCaseOf(
  db: Db,
  enterpriseId: number,
  formKey: string,
): Promise<{ id: string; caseNumber: string | null; status: string; openStep: string | null } | null> {
  const row = await db('submissions')
    .where({ enterprise_id: enterpriseId, form_key: formKey })
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .first('id', 'case_number', 'status');
  if (!row) return null;
  const task = await db('tasks')
    .where({ submission_id: row.id })
    .whereIn('status', ['open', 'claimed'])
    .orderBy('created_at', 'desc')
    .first('step');
  return {
    id: String(row.id),
    caseNumber: (row.case_number as string | null) ?? null,
    status: String(row.status),
    openStep: task ? String(task.step) : null,
  };
}
