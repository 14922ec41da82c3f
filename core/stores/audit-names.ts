// The names a page of the audit log needs, read in one query per kind of record for the whole page (never per entry):
// people by display name, enterprises, projects, working groups and difficulty categories by name, forms by the title
// of their newest version, submissions and tasks by the case number, group robots and webhook subscriptions by the name the admin gave
// them, a created email template by the purpose it serves, an upload by its file's name and the case it is attached to, a hotline call by its enterprise and the case it became, a visit by its enterprise and day. Only what an admin already sees on other pages — never
// contacts, never a robot's or a subscription's address.
import type { LocalizedText } from '#core/domain/locale';
import { newestFormTitles } from './forms/form-store';
import type { Db } from './db-types';

/** The ids a page of the log mentions, by kind. */
export interface AuditRefs {
  users: number[];
  enterprises: number[];
  projects: number[];
  workingGroups: number[];
  forms: string[];
  submissions: string[];
  tasks: string[];
  robots: number[];
  webhooks: number[];
  /** Email template names; a created one is named by its purpose, a shipped one needs no read. */
  templates: string[];
  /** Upload ids (UUIDs). */
  uploads: string[];
  /** Difficulty category keys (`materials`). */
  categories: string[];
  /** Hotline call ids. */
  hotlineCalls: number[];
  /** Visit ids. */
  visits: number[];
}

/** A hotline call as the log names it: the enterprise it is about, when it came in, and the case number of the
 * difficulty report it was filed as (null while it is not filed, or the report not yet numbered). Never the caller. */
export interface HotlineCallName {
  enterpriseName: string;
  receivedAt: string;
  caseNumber: string | null;
}

/** A cadre's visit as the log names it: the enterprise visited and the day (YYYY-MM-DD). */
export interface VisitName {
  enterpriseName: string;
  visitedOn: string;
}

/** An upload as the log names it: its file's name, and the case number of the submission it is attached to. */
export interface UploadName {
  fileName: string;
  caseNumber: string | null;
}

/** The names found for `AuditRefs`; an id with no record (deleted, never existed) is absent. */
export interface AuditNames {
  users: Map<number, string>;
  enterprises: Map<number, string>;
  projects: Map<number, string>;
  workingGroups: Map<number, LocalizedText>;
  forms: Map<string, LocalizedText>;
  submissions: Map<string, string>;
  tasks: Map<string, string>;
  robots: Map<number, string>;
  webhooks: Map<number, string>;
  /** The purpose (a shipped template's name) of each created template. */
  templatePurposes: Map<string, string>;
  uploads: Map<string, UploadName>;
  /** A difficulty category's name, by its key. */
  categories: Map<string, LocalizedText>;
  hotlineCalls: Map<number, HotlineCallName>;
  visits: Map<number, VisitName>;
}

/** No refs yet; add to it, then `loadAuditNames`. */
export function emptyAuditRefs(): AuditRefs {
  return {
    users: [],
    enterprises: [],
    projects: [],
    workingGroups: [],
    forms: [],
    submissions: [],
    tasks: [],
    robots: [],
    webhooks: [],
    templates: [],
    uploads: [],
    categories: [],
    hotlineCalls: [],
    visits: [],
  };
}

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Uploads' file names, each with the case number of a numbered submission of its uploader's that names it (an upload
 * is attached by `upload:<id>` in the data: core/stores/uploads/upload-attachment.ts). */
async function uploadNames(db: Db, ids: string[]): Promise<Map<string, UploadName>> {
  if (!ids.length) return new Map();
  const attachedTo = db('submissions as s')
    .select('s.case_number')
    .whereRaw('s.user_id = u.user_id')
    .whereRaw(`s.data like ('%upload:' || u.id || '%')`)
    .whereNotNull('s.case_number')
    .orderBy('s.case_number')
    .limit(1)
    .as('case_number');
  const rows: Record<string, unknown>[] = await db('uploads as u').whereIn('u.id', ids).select('u.id', 'u.file_name', attachedTo);
  return new Map(
    rows.map((row) => [String(row.id), { fileName: String(row.file_name), caseNumber: (row.case_number as string | null) ?? null }]),
  );
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Visits by the enterprise visited and the day. */
async function visitNames(db: Db, ids: number[]): Promise<Map<number, VisitName>> {
  if (!ids.length) return new Map();
  const rows: Record<string, unknown>[] = await db('visits as v')
    .join('enterprises as e', 'e.id', 'v.enterprise_id')
    .whereIn('v.id', ids)
    .select('v.id', 'v.visited_on', 'e.name');
  return new Map(rows.map((row) => [Number(row.id), { enterpriseName: String(row.name), visitedOn: String(row.visited_on) }]));
}

/** Hotline calls by their enterprise, time and report's case number (never the caller's name or number). */
async function hotlineCallNames(db: Db, ids: number[]): Promise<Map<number, HotlineCallName>> {
  if (!ids.length) return new Map();
  const rows: Record<string, unknown>[] = await db('hotline_calls as h')
    .join('enterprises as e', 'e.id', 'h.enterprise_id')
    .leftJoin('submissions as s', 's.id', 'h.submission_id')
    .whereIn('h.id', ids)
    .select('h.id', 'h.received_at', 'e.name', 's.case_number');
  return new Map(
    rows.map((row) => [
      Number(row.id),
      { enterpriseName: String(row.name), receivedAt: String(row.received_at), caseNumber: (row.case_number as string | null) ?? null },
    ]),
  );
}
const pairs = <K>(rows: Record<string, unknown>[], key: (row: Record<string, unknown>) => K, name: string) =>
  new Map(rows.map((row) => [key(row), String(row[name])]));

/** Reads the names of `refs`, one query per kind that has any. */
export async function loadAuditNames(db: Db, refs: AuditRefs): Promise<AuditNames> {
  const ids = (values: number[]) => unique(values.filter((id) => Number.isSafeInteger(id) && id > 0));
  const read = async (table: string, values: number[], column: string): Promise<Record<string, unknown>[]> =>
    values.length ? db(table).whereIn('id', values).select('id', column) : [];
  const [
    users,
    enterprises,
    projects,
    groups,
    forms,
    submissions,
    tasks,
    robots,
    webhooks,
    templates,
    uploads,
    categories,
    hotlineCalls,
    visits,
  ] = await Promise.all([
    read('users', ids(refs.users), 'display_name'),
    read('enterprises', ids(refs.enterprises), 'name'),
    read('projects', ids(refs.projects), 'name'),
    ids(refs.workingGroups).length ? db('working_groups').whereIn('id', ids(refs.workingGroups)).select('id', 'name_zh', 'name_en') : [],
    newestFormTitles(db, unique(refs.forms)),
    refs.submissions.length
      ? db('submissions').whereIn('id', unique(refs.submissions)).whereNotNull('case_number').select('id', 'case_number')
      : [],
    refs.tasks.length
      ? db('tasks as t')
          .join('submissions as s', 's.id', 't.submission_id')
          .whereIn('t.id', unique(refs.tasks))
          .whereNotNull('s.case_number')
          .select('t.id', 's.case_number')
      : [],
    read('notification_robots', ids(refs.robots), 'name'),
    read('webhook_subscriptions', ids(refs.webhooks), 'name'),
    refs.templates.length ? db('email_template_purposes').whereIn('name', unique(refs.templates)).select('name', 'purpose') : [],
    uploadNames(db, unique(refs.uploads.map((id) => id.toLowerCase()).filter((id) => UPLOAD_ID.test(id)))),
    refs.categories.length ? db('difficulty_categories').whereIn('key', unique(refs.categories)).select('key', 'name_zh', 'name_en') : [],
    hotlineCallNames(db, ids(refs.hotlineCalls)),
    visitNames(db, ids(refs.visits)),
  ]);
  return {
    users: pairs(users, (row) => Number(row.id), 'display_name'),
    enterprises: pairs(enterprises, (row) => Number(row.id), 'name'),
    projects: pairs(projects, (row) => Number(row.id), 'name'),
    workingGroups: new Map(
      (groups as Record<string, unknown>[]).map((row) => [Number(row.id), { 'zh-CN': String(row.name_zh), en: String(row.name_en) }]),
    ),
    forms,
    submissions: pairs(submissions as Record<string, unknown>[], (row) => String(row.id), 'case_number'),
    tasks: pairs(tasks as Record<string, unknown>[], (row) => String(row.id), 'case_number'),
    robots: pairs(robots, (row) => Number(row.id), 'name'),
    webhooks: pairs(webhooks, (row) => Number(row.id), 'name'),
    templatePurposes: pairs(templates as Record<string, unknown>[], (row) => String(row.name), 'purpose'),
    uploads,
    categories: new Map(
      (categories as Record<string, unknown>[]).map((row) => [String(row.key), { 'zh-CN': String(row.name_zh), en: String(row.name_en) }]),
    ),
    hotlineCalls,
    visits,
  };
}
