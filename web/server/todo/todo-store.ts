// What one enterprise owes now, read from the projections the workflows keep: today's report of each daily collection
// (from its round when the Schedule has opened one, else from the form's own deadline), open campaigns it has not
// answered, and cases that wait for its reply (returned for information) or its confirmation (resolved).
import type { Knex } from 'knex';
import { fromJson } from '#core/db';
import { caseSummary } from '#core/domain/case-summary';
import { atLocalTime, roundRunsOn, type CollectionParams } from '#core/domain/collection-plan';
import type { LocalizedText } from '#core/domain/locale';
import { addDays, localDate, startOfLocalDay, type CalendarDay } from '#core/domain/working-calendar';
import { listPublishedForms, type StoredForm } from '#forms/form-store';
import type { Page } from '#core/api/paging-types';
import { pageOfQuery, type PageQuery } from '#core/stores/page-of-query';

/** A report the enterprise owes (or has filed) today, or a campaign still waiting for its answer. */
export interface TodoReport {
  formKey: string;
  formTitle: LocalizedText;
  recurrence: 'daily' | 'once';
  deadlineAt: string;
  /** submitted; due (deadline ahead); overdue (deadline passed, nothing filed). */
  state: 'submitted' | 'due' | 'overdue';
  submittedAt: string | null;
  late: boolean;
  submissionId: string | null;
}

/** A case of the enterprise that waits for it. */
export interface TodoCase {
  id: string;
  caseNumber: string | null;
  formKey: string;
  formTitle: LocalizedText;
  summary: string | null;
  /** returned: information is asked for; resolved: the resolution awaits confirmation. */
  status: 'returned' | 'resolved';
  /** What the handler wrote: the question when returned, the resolution when resolved. */
  note: string | null;
  /** Until when the enterprise may confirm or reopen (silence confirms). */
  confirmBy: string | null;
  updatedAt: string;
}

/** The answer of GET /api/me/todo. */
export interface Todo {
  today: string;
  reports: TodoReport[];
  /** A page of the cases that wait for the enterprise, oldest first. */
  cases: TodoCase[];
  /** Where `cases` sits among all the waiting cases (the reports are few: one per collection form). */
  page: Page;
}

const DEFAULT_DEADLINE = '17:00';

function stateOf(submittedAt: string | null, deadlineAt: string, now: Date): TodoReport['state'] {
  if (submittedAt) return 'submitted';
  return Date.parse(deadlineAt) < now.getTime() ? 'overdue' : 'due';
}

async function targets(db: Knex, target: CollectionParams['target'] | undefined, enterpriseId: number): Promise<boolean> {
  const query = db('enterprises').where({ id: enterpriseId });
  if (target?.kind === 'type') query.whereIn('type', target.types ?? []);
  if (target?.kind === 'focus') query.where('focus', true);
  if (target?.kind === 'list') query.whereIn('id', target.enterpriseIds ?? []);
  return Boolean(await query.first('id'));
}

/** Today's report of one daily form: from its round, or, before the Schedule opened one, from the form's params. */
async function dailyReport(db: Knex, form: StoredForm, enterpriseId: number, today: string, timeZone: string, now: Date) {
  const round = await db('collection_rounds')
    .where({ form_key: form.key, local_date: today, recurrence: 'daily' })
    .first('id', 'deadline_at');
  const base = { formKey: form.key, formTitle: form.title, recurrence: 'daily' as const };
  if (round) {
    const row = await db('collection_reports').where({ round_id: round.id, enterprise_id: enterpriseId }).first();
    if (!row) return null;
    const submittedAt = (row.submitted_at as string | null) ?? null;
    return {
      ...base,
      deadlineAt: round.deadline_at as string,
      state: stateOf(submittedAt, round.deadline_at, now),
      submittedAt,
      late: row.status === 'late',
      submissionId: (row.submission_id as string | null) ?? null,
    };
  }
  const params = form.process.params as unknown as CollectionParams;
  const calendar: CalendarDay[] = await db('calendar_days').where({ date: today }).select('date', 'kind');
  if (!roundRunsOn(params, today, calendar) || !(await targets(db, params.target, enterpriseId))) return null;
  const deadlineAt = new Date(atLocalTime(today, params.deadline ?? DEFAULT_DEADLINE, timeZone)).toISOString();
  const first = await db('submissions')
    .where({ form_key: form.key, enterprise_id: enterpriseId })
    .where('created_at', '>=', new Date(startOfLocalDay(today, timeZone)).toISOString())
    .where('created_at', '<', new Date(startOfLocalDay(addDays(today, 1), timeZone)).toISOString())
    .orderBy('created_at')
    .first('id', 'created_at');
  const submittedAt = (first?.created_at as string | undefined) ?? null;
  return {
    ...base,
    deadlineAt,
    state: stateOf(submittedAt, deadlineAt, now),
    submittedAt,
    late: submittedAt !== null && submittedAt > deadlineAt,
    submissionId: (first?.id as string | undefined) ?? null,
  };
}

/** Campaigns (one-off rounds) the enterprise has not answered, the newest round of each form only. */
async function openCampaigns(db: Knex, forms: StoredForm[], enterpriseId: number, now: Date): Promise<TodoReport[]> {
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
  return rows.flatMap((row) => {
    const form = forms.find((f) => f.key === row.form_key);
    if (!form) return [];
    return [
      {
        formKey: form.key,
        formTitle: form.title,
        recurrence: 'once' as const,
        deadlineAt: row.deadline_at as string,
        state: stateOf(null, row.deadline_at, now),
        submittedAt: null,
        late: false,
        submissionId: null,
      },
    ];
  });
}

/** Cases of the enterprise that wait for its answer or its confirmation, oldest first. */
async function waitingCases(db: Knex, enterpriseId: number, paging: PageQuery): Promise<{ cases: TodoCase[]; page: Page }> {
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
  const cases = rows.map((row) => {
    const result = row.result == null ? {} : fromJson<Record<string, unknown>>(row.result);
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
    return {
      id: row.id as string,
      caseNumber: (row.case_number as string | null) ?? null,
      formKey: row.form_key as string,
      formTitle: fromJson<LocalizedText>(row.title),
      summary: caseSummary(fromJson<Record<string, unknown>>(row.data)),
      status: row.status as TodoCase['status'],
      note: row.status === 'resolved' ? (text(result.resolution) ?? text(result.note)) : text(result.note),
      confirmBy: row.status === 'resolved' ? text(result.confirmBy) : null,
      updatedAt: row.updated_at as string,
    };
  });
  return { cases, page };
}

/** Everything enterprise `enterpriseId` owes at `now`. */
export async function enterpriseTodo(db: Knex, enterpriseId: number, timeZone: string, now: Date, paging: PageQuery): Promise<Todo> {
  const today = localDate(now.toISOString(), timeZone);
  const forms = (await listPublishedForms(db, 'enterprise')).filter((form) => form.process.processType === 'collection');
  const daily = forms.filter((form) => (form.process.params as { recurrence?: string }).recurrence === 'daily');
  const reports: TodoReport[] = [];
  for (const form of daily) {
    const report = await dailyReport(db, form, enterpriseId, today, timeZone, now);
    if (report) reports.push(report);
  }
  reports.push(...(await openCampaigns(db, forms, enterpriseId, now)));
  return { today, reports, ...(await waitingCases(db, enterpriseId, paging)) };
}
