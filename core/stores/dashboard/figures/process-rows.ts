// The processes an administrator publishes (and the shipped ones without a section of their own) as the rows the
// processes group adds up: which forms are live, their cases of the period by status, their ladders' open tasks per
// rung, and their collections' reports against those expected. Every count reads existing indexes: the submissions'
// figures index (form key, created at, …, status), the tasks' (submission id, status) and the rounds' per-day totals.
import type { Db, Knex } from '../../db-types';
import { fromJson } from '../../../db';
import type { LocalizedText } from '#core/domain/locale';
import { FINAL_SUBMISSION_STATUSES } from '#core/domain/submission-status';
import type { FigureRange, FigureScope } from '#core/dashboard/figure-group';
import { OPEN_STATUSES } from '../../task-store';
import { instantRange, localDay } from '../figure-sql';
import { ownStatusNames } from '#core/domain/own-status-names';
import { WAITING_ON_ENTERPRISE } from './difficulty-rows';

/** Statuses in which a case waits on the enterprise, not on a rung (as in the difficulty section). */
const WAITING = Object.keys(WAITING_ON_ENTERPRISE);

/** A live process: the newest released version's key, title, process type and ladder rungs (stage names, in order);
 * `retired` when an administrator retired the form and it is listed only for the cases it still has open. */
export interface LiveProcess {
  key: string;
  title: LocalizedText;
  processType: string;
  stages: string[];
  retired: boolean;
  /** The statuses its process words its own way (a readiness inspection's 不予通过). */
  statusNames: Partial<Record<string, LocalizedText>>;
}

/** Which forms the group leaves out, and which process types count (those that start a workflow). */
export interface ProcessSelection {
  ownSections: readonly string[];
  workflowTypes: readonly string[];
}

const FINAL = [...FINAL_SUBMISSION_STATUSES];

/** Form versions of `status` with no newer one of that status, outside the group's own sections (alias `f`). */
function newestOf(db: Db, selection: ProcessSelection, status: 'published' | 'retired'): Knex.QueryBuilder {
  return db('form_definitions as f')
    .where('f.status', status)
    .whereNotIn('f.key', [...selection.ownSections])
    .whereNotExists(db('form_definitions as n').whereRaw('n.key = f.key').where('n.status', status).whereRaw('n.version > f.version'));
}

/**
 * The newest published version of every form that starts a workflow and has no section of its own, by key; and a
 * retired form's newest version while it has a case open within the scope (its running cases carry on after
 * retirement, and HQ must still see where they stand). The open case is looked up by the figures index (form key, …,
 * status), one form at a time, stopping at the first.
 */
export async function liveProcesses(db: Db, selection: ProcessSelection, scope: FigureScope): Promise<LiveProcess[]> {
  const openCase = db('submissions as s').whereRaw('s.form_key = f.key').whereNotIn('s.status', FINAL);
  const retired = newestOf(db, selection, 'retired')
    .whereNotExists(db('form_definitions as p').whereRaw('p.key = f.key').where('p.status', 'published'))
    .whereExists(scope === 'all' ? openCase : openCase.whereIn('s.enterprise_id', scope));
  const [published, stillOpen] = await Promise.all([
    newestOf(db, selection, 'published').select('f.key', 'f.title', 'f.process') as Promise<Record<string, unknown>[]>,
    retired.select('f.key', 'f.title', 'f.process') as Promise<Record<string, unknown>[]>,
  ]);
  const toProcess = (row: Record<string, unknown>, isRetired: boolean): LiveProcess => {
    const process = fromJson<{ processType: string; params?: { stages?: { name: string }[] } }>(row.process);
    const statusNames = ownStatusNames({ processType: process.processType, params: process.params ?? {} });
    return {
      key: String(row.key),
      title: fromJson<LocalizedText>(row.title),
      processType: process.processType,
      stages: (process.params?.stages ?? []).map((stage) => stage.name),
      retired: isRetired,
      statusNames,
    };
  };
  return [...published.map((row) => toProcess(row, false)), ...stillOpen.map((row) => toProcess(row, true))]
    .filter((process) => selection.workflowTypes.includes(process.processType))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Submissions of the forms `keys` names made in the period, within the scope (alias `s`). */
export function periodCases(db: Db, keys: string[], scope: FigureScope, range: FigureRange): Knex.QueryBuilder {
  const { start, end } = instantRange(range);
  const query = db('submissions as s').whereIn('s.form_key', keys).where('s.created_at', '>=', start).where('s.created_at', '<', end);
  return scope === 'all' ? query : query.whereIn('s.enterprise_id', scope);
}

const openCase = `case when s.status in (${FINAL.map(() => '?').join(', ')}) then 0 else 1 end`;

/** Per form key: cases submitted in the period, those still open now, those settled. */
export async function caseCounts(db: Db, keys: string[], scope: FigureScope, range: FigureRange): Promise<Record<string, unknown>[]> {
  if (!keys.length) return [];
  return periodCases(db, keys, scope, range)
    .groupBy('s.form_key')
    .select('s.form_key')
    .count({ submitted: '*' })
    .select(db.raw(`sum(${openCase}) as open`, FINAL))
    .select(db.raw(`sum(case when s.status = 'settled' then 1 else 0 end) as settled`));
}

/** Open tasks of the period's ladder cases per form, rung and task title (the form's and the rung's), and how many are
 * past due at `now`; a case waiting on the enterprise is counted by `waitingCounts` instead, as the difficulty section does. */
export async function rungCounts(
  db: Db,
  keys: string[],
  scope: FigureScope,
  range: FigureRange,
  now: string,
): Promise<Record<string, unknown>[]> {
  if (!keys.length) return [];
  return periodCases(db, keys, scope, range)
    .whereNotIn('s.status', WAITING)
    .join('tasks as t', 't.submission_id', 's.id')
    .whereIn('t.status', [...OPEN_STATUSES])
    .groupBy('s.form_key', 't.step', 't.title')
    .select('s.form_key', 't.step', 't.title')
    .count({ open: '*' })
    .select(db.raw('sum(case when t.due_at < ? then 1 else 0 end) as overdue', [now]));
}

/** Per ladder form and status: the period's cases waiting on the enterprise (resolved awaiting its confirmation, or
 * returned for its information), which no rung holds. */
export async function waitingCounts(db: Db, keys: string[], scope: FigureScope, range: FigureRange): Promise<Record<string, unknown>[]> {
  if (!keys.length) return [];
  return periodCases(db, keys, scope, range)
    .whereIn('s.status', WAITING)
    .groupBy('s.form_key', 's.status')
    .select('s.form_key', 's.status')
    .count({ open: '*' });
}

/** Per collection form: reports expected of the rounds dated in the period, and those filed (on time or late). */
export async function reportCounts(db: Db, keys: string[], scope: FigureScope, range: FigureRange): Promise<Record<string, unknown>[]> {
  if (!keys.length) return [];
  // City-wide: the per-round totals kept on write (migration 0012), one row per round.
  if (scope === 'all')
    return db('collection_day_totals')
      .whereIn('form_key', keys)
      .whereBetween('local_date', [range.from, range.to])
      .groupBy('form_key')
      .select('form_key')
      .select(db.raw('sum(targeted) as expected'), db.raw('sum(on_time + late) as reported'));
  return db('collection_reports as r')
    .join('collection_rounds as k', 'k.id', 'r.round_id')
    .whereIn('k.form_key', keys)
    .whereBetween('k.local_date', [range.from, range.to])
    .whereIn('r.enterprise_id', scope)
    .groupBy('k.form_key')
    .select({ form_key: 'k.form_key' })
    .count({ expected: '*' })
    .select(db.raw(`sum(case when r.status in ('on_time', 'late') then 1 else 0 end) as reported`));
}

/** The period's cases, newest first: id, form, day, status, enterprise, and their newest open task's title (`rung`) and
 * due time (`rung_due`). Not wrapped: the newest cases are read from the index and the limit stops the scan. */
export function caseRecords(db: Db, keys: string[], scope: FigureScope, range: FigureRange): Knex.QueryBuilder {
  const open = [...OPEN_STATUSES];
  // Both read the case's own tasks by the (submission id, created at) index: a test of the due time inside the lookup
  // let SQLite walk every overdue task of the city instead.
  const newestOpen = (column: string, alias: string) =>
    db.raw(
      `(select rt.${column} from tasks rt where rt.submission_id = s.id and rt.status in (${open.map(() => '?').join(', ')}) order by rt.created_at desc, rt.id desc limit 1) as ${alias}`,
      open,
    );
  return periodCases(db, keys, scope, range)
    .leftJoin('enterprises as e', 'e.id', 's.enterprise_id')
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id')
    .select('s.id', 's.form_key', 's.status', 'e.name as enterprise_name')
    .select(db.raw('? as day', [localDay(db, 's.created_at', range)]))
    .select(newestOpen('title', 'rung'), newestOpen('due_at', 'rung_due'));
}
