// SQL access to submissions and the emails sent about them. (A list is narrowed to the reader's scope by
// web/server/access.ts, which still builds that narrowing as a knex query.)
import { scopedSubmissions, type SubmissionScope } from './submission-scope';
import type { ProcessBinding } from '#forms/form-definition';
import { fromJson } from '../../db';
import { pickLocale, type LocalizedText } from '../../domain/locale';
import { shownRecipient } from '../../notify/sms-address';
import { robotTitleAsRead } from '../../notify/markdown-plain-text';
import type { Db } from '../db-types';
import { whereContains } from '../like-pattern';
import { withReplyFiles } from '../../domain/reply-files';
import { caseRepliesOf } from './case-reply-store';

/** A submission as the API returns it. */
export interface SubmissionView {
  id: string;
  /** The number people use (`KN-20261204-0007`); null only for rows written around the API (tests, drills). */
  caseNumber: string | null;
  formKey: string;
  formVersion: number;
  formTitle: LocalizedText;
  enterpriseId: number | null;
  enterpriseName: string | null;
  userId: number;
  status: string;
  data: Record<string, unknown>;
  result: Record<string, unknown> | null;
  workflowId: string;
  createdAt: string;
  updatedAt: string;
}

function baseQuery(db: Db) {
  return db('submissions as s')
    .join('form_definitions as f', function joinForm() {
      this.on('f.key', 's.form_key').andOn('f.version', 's.form_version');
    })
    .leftJoin('enterprises as e', 'e.id', 's.enterprise_id')
    .select('s.*', 'f.title as form_title', 'e.name as enterprise_name');
}

function toView(row: Record<string, unknown>): SubmissionView {
  return {
    id: row.id as string,
    caseNumber: (row.case_number as string | null) ?? null,
    formKey: row.form_key as string,
    formVersion: Number(row.form_version),
    formTitle: fromJson(row.form_title),
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    enterpriseName: (row.enterprise_name as string | null) ?? null,
    userId: Number(row.user_id),
    status: row.status as string,
    data: fromJson(row.data),
    result: row.result == null ? null : fromJson(row.result),
    workflowId: row.workflow_id as string,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

/** One submission by id or by case number (`KN-20261204-0007`, any case), whatever its scope (callers check access). */
export async function findSubmission(db: Db, id: string): Promise<SubmissionView | undefined> {
  const byNumber = /^[a-z]{2,4}-\d{8}-\d{4,}$/i.test(id);
  const row = await baseQuery(db)
    .where(byNumber ? 's.case_number' : 's.id', byNumber ? id.toUpperCase() : id)
    .first();
  return row ? toView(row) : undefined;
}

/** One submission by its id alone (never read as a case number), whatever its scope (callers check access). */
export async function submissionById(db: Db, id: string): Promise<SubmissionView | undefined> {
  const row = await baseQuery(db).where('s.id', id).first();
  return row ? toView(row) : undefined;
}

/** What a submissions list may be narrowed by. */
export interface SubmissionFilter {
  /** Part of the case number, whatever its case. */
  q?: string;
  formKey?: string;
  status?: string;
  enterpriseId?: number;
  /** Created at or after / before these instants. */
  since?: string;
  until?: string;
  limit: number;
  offset: number;
}

/** A page of the submissions in `scope`, newest first, and how many match in all. */
export async function listSubmissions(
  db: Db,
  scope: SubmissionScope,
  filter: SubmissionFilter,
): Promise<{ submissions: SubmissionView[]; total: number }> {
  const query = scopedSubmissions(db, baseQuery(db), scope);
  const text = filter.q?.trim().toUpperCase();
  if (text) whereContains(query, 's.case_number', text);
  if (filter.formKey) query.where('s.form_key', filter.formKey);
  if (filter.status) query.where('s.status', filter.status);
  if (filter.enterpriseId) query.where('s.enterprise_id', filter.enterpriseId);
  if (filter.since) query.where('s.created_at', '>=', new Date(filter.since).toISOString());
  if (filter.until) query.where('s.created_at', '<', new Date(filter.until).toISOString());
  const [count] = await query.clone().clearSelect().clearOrder().count({ n: '*' });
  const rows = await query.orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').limit(filter.limit).offset(filter.offset);
  return { submissions: rows.map(toView), total: Number(count?.n ?? 0) };
}

/** The case number of a submission, or null when it has none (or there is no such submission). */
export async function caseNumberOf(db: Db, submissionId: string): Promise<string | null> {
  const row: { case_number: string | null } | undefined = await db('submissions').where({ id: submissionId }).first('case_number');
  return row?.case_number ?? null;
}

/** The process column of the definition version a submission was made with, or undefined (no such submission). */
export async function processOfSubmission(db: Db, submissionId: string): Promise<ProcessBinding | undefined> {
  const row = await db('submissions as s')
    .join('form_definitions as f', function sameVersion() {
      this.on('f.key', 's.form_key').andOn('f.version', 's.form_version');
    })
    .where('s.id', submissionId)
    .first('f.process');
  return row ? fromJson<ProcessBinding>(row.process) : undefined;
}

/** The outbox channels a case page tells apart: group robots of any provider read the same to people. */
export type MessageKind = 'email' | 'sms' | 'robot';

/** The kind of message an outbox row of `channel` is. */
export function messageKindOf(channel: string): MessageKind {
  return channel === 'sms' ? 'sms' : channel.endsWith('-robot') ? 'robot' : 'email';
}

/** The messages recorded for a submission (emails, texts, group-robot posts), oldest first, each with its channel, its
 * recipient as a case page names it (shownRecipient: a text's number masked, a robot by its name), what it was for
 * (`purpose`: the shipped template it came from, an admin's created template by the one it was made from) and the
 * language its subject was written in (its recipient's), so a reader of another language is told what it was in theirs. */
export async function emailsOf(db: Db, submissionId: string) {
  const rows = await db('outbox as o')
    .leftJoin('notification_robots as r', 'r.id', 'o.robot_id')
    .leftJoin('email_template_purposes as p', 'p.name', 'o.template')
    .where('o.submission_id', submissionId)
    .orderBy('o.id')
    .select('o.id', 'o.channel', 'o.to_address', 'o.subject', 'o.status', 'o.created_at', 'o.template', 'o.locale')
    .select('r.name as robot_name', 'p.purpose as created_from');
  return rows.map((row) => ({
    id: Number(row.id),
    channel: row.channel as string,
    to: shownRecipient(row.channel as string, row.to_address as string, row.robot_name as string | null),
    // A robot message's title as its group read it (one recorded before titles were stored plain kept escapes: 欧\*\*\*).
    subject:
      messageKindOf(row.channel as string) === 'robot'
        ? robotTitleAsRead(row.subject as string, pickLocale(row.locale as string))
        : (row.subject as string),
    purpose: (row.created_from ?? row.template) as string,
    subjectLocale: row.locale as string,
    status: row.status as string,
    createdAt: row.created_at as string,
  }));
}

/** What happened to a submission, oldest first: status changes recorded by the workflow (the enterprise's answers to a
 * return with the files they carried), its human tasks opening and closing (who had to act and what they decided), and
 * messages sent (kind `email`, `sms` or `robot`). */
export async function timelineOf(db: Db, submissionId: string) {
  const events = await db('submission_events').where({ submission_id: submissionId }).orderBy('id').select('kind', 'detail', 'at');
  const replies = events.some((event) => event.kind === 'ladder.reply') ? await caseRepliesOf(db, submissionId) : [];
  const emails = await emailsOf(db, submissionId);
  const tasks = await db('tasks')
    .where({ submission_id: submissionId })
    .orderBy('created_at')
    .select('step', 'title', 'due_at', 'created_at', 'status', 'outcome', 'closed_at');
  const stored = events.map((event) => ({
    at: event.at as string,
    kind: event.kind as string,
    detail: fromJson<Record<string, unknown>>(event.detail),
  }));
  return [
    ...withReplyFiles(stored, replies),
    ...tasks.flatMap((task) => taskEvents(task)),
    ...emails.map((email) => ({
      at: email.createdAt,
      kind: messageKindOf(email.channel) as string,
      detail: {
        channel: email.channel,
        to: email.to,
        subject: email.subject,
        purpose: email.purpose,
        subjectLocale: email.subjectLocale,
        status: email.status,
      },
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
}

function taskEvents(row: Record<string, unknown>) {
  const base = { step: row.step as string, title: fromJson<LocalizedText>(row.title) };
  const opened = { at: row.created_at as string, kind: 'task.opened', detail: { ...base, dueAt: row.due_at as string } };
  if (!row.closed_at) return [opened];
  const outcome = row.outcome == null ? null : fromJson<{ kind?: string; action?: string }>(row.outcome);
  return [
    opened,
    {
      at: row.closed_at as string,
      kind: 'task.closed',
      detail: { ...base, status: row.status as string, action: outcome?.action ?? null },
    },
  ];
}
