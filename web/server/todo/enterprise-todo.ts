// What one enterprise owes now, read from the projections the workflows keep: today's report of each daily collection
// (from its round when the Schedule has opened one, else from the form's own deadline), open campaigns it has not
// answered, and cases that wait for its reply (returned for information) or its confirmation (resolved).
import { caseSummary } from '#core/domain/case-summary';
import { atLocalTime, roundRunsOn, type CollectionParams } from '#core/domain/collection-plan';
import type { LocalizedText } from '#core/domain/locale';
import { addDays, localDate, startOfLocalDay } from '#core/domain/working-calendar';
import type { Db } from '#core/stores/db-types';
import { listPublishedForms, type StoredForm } from '#core/stores/forms/form-store';
import {
  calendarDaysOn,
  collectionTargets,
  dailyRoundOn,
  clearanceSuspension,
  firstClearance,
  firstSubmissionBetween,
  newestCaseOf,
  roundReportOf,
  unansweredCampaigns,
  waitingCaseRows,
} from '#core/stores/todo/todo-store';
import type { Page, PageQuery } from '../paging';

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

/** Whether the enterprise may resume (P2; seed 003 "达到要求才能复工"), and where its readiness inspection stands. */
export interface TodoResumption {
  /** The readiness form to file, and the rung whose pass clears it to resume (the town/street team). */
  formKey: string;
  formTitle: LocalizedText;
  clearingStage: LocalizedText | null;
  /** Its first clearance: when, by which body; null while no project is cleared. */
  cleared: { at: string; body: LocalizedText | null } | null;
  /** While no clearance is in force: its suspension by a later level's fail — when, by which body, on which case (null:
   * none). A new pass by the clearing rung lifts it. */
  suspended: { at: string; body: LocalizedText | null; caseId: string | null; caseNumber: string | null } | null;
  /** Its newest readiness case: its status and the rung it waits at (null when no task is open there). */
  check: { id: string; caseNumber: string | null; status: string; stage: LocalizedText | null } | null;
}

/** The answer of GET /api/me/todo. */
export interface Todo {
  today: string;
  /** Null when no published form clears to resume. */
  resumption: TodoResumption | null;
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

/** Today's report of one daily form: from its round, or, before the Schedule opened one, from the form's params. */
async function dailyReport(db: Db, form: StoredForm, enterpriseId: number, today: string, timeZone: string, now: Date) {
  const round = await dailyRoundOn(db, form.key, today);
  const base = { formKey: form.key, formTitle: form.title, recurrence: 'daily' as const };
  if (round) {
    const report = await roundReportOf(db, round.id, enterpriseId);
    if (!report) return null;
    return {
      ...base,
      deadlineAt: round.deadlineAt,
      state: stateOf(report.submittedAt, round.deadlineAt, now),
      submittedAt: report.submittedAt,
      late: report.status === 'late',
      submissionId: report.submissionId,
    };
  }
  const params = form.process.params as unknown as CollectionParams;
  const calendar = await calendarDaysOn(db, today);
  if (!roundRunsOn(params, today, calendar) || !(await collectionTargets(db, params.target, enterpriseId))) return null;
  const deadlineAt = new Date(atLocalTime(today, params.deadline ?? DEFAULT_DEADLINE, timeZone)).toISOString();
  const first = await firstSubmissionBetween(
    db,
    form.key,
    enterpriseId,
    new Date(startOfLocalDay(today, timeZone)).toISOString(),
    new Date(startOfLocalDay(addDays(today, 1), timeZone)).toISOString(),
  );
  const submittedAt = first?.createdAt ?? null;
  return {
    ...base,
    deadlineAt,
    state: stateOf(submittedAt, deadlineAt, now),
    submittedAt,
    late: submittedAt !== null && submittedAt > deadlineAt,
    submissionId: first?.id ?? null,
  };
}

/** Campaigns (one-off rounds) the enterprise has not answered, the newest round of each form only. */
async function openCampaigns(db: Db, forms: StoredForm[], enterpriseId: number, now: Date): Promise<TodoReport[]> {
  const rounds = await unansweredCampaigns(db, enterpriseId);
  return rounds.flatMap((round) => {
    const form = forms.find((f) => f.key === round.formKey);
    if (!form) return [];
    return [
      {
        formKey: form.key,
        formTitle: form.title,
        recurrence: 'once' as const,
        deadlineAt: round.deadlineAt,
        state: stateOf(null, round.deadlineAt, now),
        submittedAt: null,
        late: false,
        submissionId: null,
      },
    ];
  });
}

/** Cases of the enterprise that wait for its answer or its confirmation, oldest first. */
async function waitingCases(db: Db, enterpriseId: number, paging: PageQuery): Promise<{ cases: TodoCase[]; page: Page }> {
  const { rows, page } = await waitingCaseRows(db, enterpriseId, paging);
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  const cases = rows.map((row) => ({
    id: row.id,
    caseNumber: row.caseNumber,
    formKey: row.formKey,
    formTitle: row.formTitle,
    summary: caseSummary(row.data),
    status: row.status,
    note: row.status === 'resolved' ? (text(row.result.resolution) ?? text(row.result.note)) : text(row.result.note),
    confirmBy: row.status === 'resolved' ? text(row.result.confirmBy) : null,
    updatedAt: row.updatedAt,
  }));
  return { cases, page };
}

interface ClearingStage {
  name: string;
  title: LocalizedText;
  clearsToResume?: boolean;
}

/** The published ladder that clears to resume (by a rung's pass, or by its final approval), with the enterprise's state. */
async function resumption(db: Db, published: StoredForm[], enterpriseId: number): Promise<TodoResumption | null> {
  const form = published.find((f) => {
    const params = f.process.params as { stages?: ClearingStage[]; effects?: { clearToResume?: boolean } };
    return f.process.processType === 'ladder' && (params.effects?.clearToResume === true || params.stages?.some((s) => s.clearsToResume));
  });
  if (!form) return null;
  const stages = (form.process.params as { stages: ClearingStage[] }).stages;
  const clearing = stages.find((s) => s.clearsToResume) ?? stages[stages.length - 1];
  const [clearance, suspension, newest] = await Promise.all([
    firstClearance(db, enterpriseId),
    clearanceSuspension(db, enterpriseId),
    newestCaseOf(db, enterpriseId, form.key),
  ]);
  return {
    formKey: form.key,
    formTitle: form.title,
    clearingStage: clearing?.title ?? null,
    cleared: clearance ? { at: clearance.at, body: clearance.body } : null,
    suspended:
      !clearance && suspension
        ? { at: suspension.at, body: suspension.body, caseId: suspension.submissionId, caseNumber: suspension.caseNumber }
        : null,
    check: newest && {
      id: newest.id,
      caseNumber: newest.caseNumber,
      status: newest.status,
      stage: stages.find((s) => s.name === newest.openStep)?.title ?? null,
    },
  };
}

/** Everything enterprise `enterpriseId` owes at `now`. */
export async function enterpriseTodo(db: Db, enterpriseId: number, timeZone: string, now: Date, paging: PageQuery): Promise<Todo> {
  const today = localDate(now.toISOString(), timeZone);
  const published = await listPublishedForms(db, { role: 'enterprise', inspectionBody: false });
  const forms = published.filter((form) => form.process.processType === 'collection');
  const daily = forms.filter((form) => (form.process.params as { recurrence?: string }).recurrence === 'daily');
  const reports: TodoReport[] = [];
  for (const form of daily) {
    const report = await dailyReport(db, form, enterpriseId, today, timeZone, now);
    if (report) reports.push(report);
  }
  reports.push(...(await openCampaigns(db, forms, enterpriseId, now)));
  return { today, resumption: await resumption(db, published, enterpriseId), reports, ...(await waitingCases(db, enterpriseId, paging)) };
}
