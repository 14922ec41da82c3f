// Rows for the inbox and enterprise-home browser tests, written straight into a bare app's seeded database: the
// cases, tasks and rounds the workflows would have left, so the pages can be read without running a process.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { toJson } from '#core/db';
import { localDate } from '#core/domain/working-calendar';

/** Today's local date in Beijing. */
export const beijingToday = () => localDate(new Date().toISOString(), 'Asia/Shanghai');
/** The instant `HH:MM` Beijing time on today's local date. */
export const beijingAt = (time: string) => new Date(`${beijingToday()}T${time}:00+08:00`).toISOString();

/** The enterprise id and user id of a demo account, and its display name. */
export async function account(db: Knex, username: string) {
  const row = await db('users').where({ username }).first('id', 'enterprise_id', 'display_name');
  return {
    userId: Number(row.id),
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    name: row.display_name as string,
  };
}

/** A difficulty report of `username`'s enterprise in `status`, numbered `caseNumber`; returns its id. */
export async function difficultyCase(
  db: Knex,
  username: string,
  fields: { summary: string; caseNumber: string; status: string; result?: Record<string, unknown>; minutesAgo?: number },
): Promise<string> {
  const who = await account(db, username);
  const id = randomUUID();
  const at = new Date(Date.now() - (fields.minutesAgo ?? 0) * 60_000).toISOString();
  const version = (await db('form_definitions').where({ key: 'difficulty-report' }).max('version as v').first())!.v;
  await db('submissions').insert({
    id,
    form_key: 'difficulty-report',
    form_version: version,
    enterprise_id: who.enterpriseId,
    user_id: who.userId,
    data: toJson({ category: 'personnel_return', summary: fields.summary, urgent: false }),
    status: fields.status,
    result: fields.result ? toJson(fields.result) : null,
    workflow_id: `fixture-${id}`,
    case_number: fields.caseNumber,
    created_at: at,
    updated_at: at,
  });
  return id;
}

/**
 * Inserts a ladder task row about `submissionId` with the columns every fixture task shares (a personnel-return case,
 * opened an hour ago, due in `dueInHours`, a note as its form) and the step's own in `columns`; answers its id.
 */
async function insertLadderTask(
  db: Knex,
  step: string,
  fields: { submissionId: string; enterpriseId: number; dueInHours: number },
  columns: Record<string, unknown>,
): Promise<string> {
  const id = `fixture-${randomUUID()}/${step}`;
  await db('tasks').insert({
    id,
    workflow_id: id.split('/')[0],
    submission_id: fields.submissionId,
    enterprise_id: fields.enterpriseId,
    process_type: 'ladder',
    step,
    category: 'personnel_return',
    priority: 0,
    due_at: new Date(Date.now() + fields.dueInHours * 3600_000).toISOString(),
    created_at: new Date(Date.now() - 3600_000).toISOString(),
    completion_schema: toJson({ type: 'object', properties: { note: { type: 'string' } } }),
    ...columns,
  });
  return id;
}

/** A cadre-rung task on `submissionId`, assigned to `assignee`; closed ones carry how they ended. */
export async function cadreTask(
  db: Knex,
  fields: {
    submissionId: string;
    enterpriseId: number;
    assigneeId: number;
    dueInHours: number;
    closed?: { status: 'done' | 'escalated' | 'expired'; action?: string; decidedBy?: number; closedAt: string };
  },
): Promise<string> {
  const closed = fields.closed;
  return insertLadderTask(db, 'cadre', fields, {
    title: toJson({ 'zh-CN': '困难问题反映 · 包挂干部办理', en: 'Difficulty report · Cadre' }),
    assignee_user_id: fields.assigneeId,
    status: closed?.status ?? 'open',
    allowed_actions: toJson(['resolve', 'escalate', 'return', 'reject']),
    outcome: closed
      ? toJson(
          closed.action
            ? { kind: 'decided', action: closed.action, data: {}, comment: '', decidedBy: closed.decidedBy, decidedAt: closed.closedAt }
            : { kind: 'breached', at: closed.closedAt },
        )
      : null,
    decided_by: closed?.decidedBy ?? null,
    closed_at: closed?.closedAt ?? null,
    close_reason: closed ? (closed.action ? `decided:${closed.action}` : closed.status) : null,
    search_text: '困难问题反映 · 包挂干部办理',
  });
}

/** An open task on `submissionId` offered to a role (and a working group of it), as a ladder's group or HQ rung is. */
export async function offeredTask(
  db: Knex,
  fields: {
    submissionId: string;
    enterpriseId: number;
    role: 'special_class' | 'hq';
    groupKey?: string;
    title: { 'zh-CN': string; en: string };
    dueInHours: number;
  },
): Promise<string> {
  const group = fields.groupKey ? await db('working_groups').where({ key: fields.groupKey }).first('id') : null;
  return insertLadderTask(db, fields.role === 'hq' ? 'hq' : 'group', fields, {
    title: toJson(fields.title),
    candidate_role: fields.role,
    candidate_group_id: group ? Number(group.id) : null,
    status: 'open',
    allowed_actions: toJson(['resolve', 'escalate']),
    search_text: fields.title['zh-CN'],
  });
}

/** Today's daily-report round with its deadline, and one report row per enterprise given (status, filed at). */
export async function dailyRound(db: Knex, deadlineAt: string, reports: { enterpriseId: number; submittedAt: string | null }[]) {
  const roundId = `daily-report/${beijingToday()}`;
  const at = new Date().toISOString();
  await db('collection_rounds').insert({
    id: roundId,
    form_key: 'daily-report',
    form_version: 1,
    recurrence: 'daily',
    local_date: beijingToday(),
    params: '{}',
    opens_at: beijingAt('00:05'),
    deadline_at: deadlineAt,
    status: 'open',
    workflow_id: `collection-round-${roundId}`,
    expected_count: reports.length,
    created_at: at,
  });
  for (const report of reports) {
    await db('collection_reports').insert({
      round_id: roundId,
      enterprise_id: report.enterpriseId,
      status: report.submittedAt ? 'on_time' : 'expected',
      submission_id: report.submittedAt ? randomUUID() : null,
      submitted_at: report.submittedAt,
      updated_at: at,
    });
  }
}
