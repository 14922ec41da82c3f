// Quarantines decided at a gate: their period, and what the offline check-ins and the channel notices need of them (the
// check that starts one writes it through core/stores/gate/gate-check-store.ts); then what the monitoring workflow's
// activities and the gate routes do to one: read it, flag a fever, move its end date, release it.
import { fromJson, toJson } from '../db';
import type { EndChange } from '../domain/monitoring-params';
import type { Db } from './db-types';
import { captureColumns, capturedAtSite } from './gate/site-capture';

/** The gate-check version the quarantine was decided with (its submission's); 1 when unknown. */
export async function quarantineFormVersion(db: Db, quarantineId: string): Promise<number> {
  const row = await db('submissions').where({ id: quarantineId }).first('form_version');
  return Number(row?.form_version ?? 1);
}

/** An active quarantine as the cadre's morning digest lists it (the name as the quarantining site took it down). */
export interface EndingQuarantine {
  workerName: string;
  projectName: string;
  startedAt: string;
  endsAt: string;
}

/** Active quarantines at the sites of the enterprises a cadre is assigned to now that end by `horizon`, soonest first. */
export async function quarantinesEndingBy(db: Db, cadreId: number, horizon: string): Promise<EndingQuarantine[]> {
  const enterprises = db('cadre_assignments').where({ cadre_id: cadreId }).whereNull('ended_at').select('enterprise_id');
  const rows: Record<string, unknown>[] = await db('quarantines as q')
    .join('projects as p', 'p.id', 'q.project_id')
    .join('workers as w', 'w.id', 'q.worker_id')
    .leftJoin('site_workers as s', (on) => on.on('s.project_id', 'q.project_id').andOn('s.worker_id', 'q.worker_id'))
    .where('q.status', 'active')
    .whereIn('p.enterprise_id', enterprises)
    .andWhere('q.ends_at', '<=', horizon)
    .orderBy('q.ends_at')
    .select('q.project_id', 'p.name as project_name', 'q.started_at', 'q.ends_at', ...captureColumns('s', 'w'));
  return rows.map((row) => ({
    workerName: capturedAtSite(row, Number(row.project_id)).name,
    projectName: String(row.project_name),
    startedAt: String(row.started_at),
    endsAt: String(row.ends_at),
  }));
}

/** When the quarantine ended: its release, else its planned end; null when neither is known. */
export async function quarantineEndedAt(db: Db, quarantineId: string): Promise<string | null> {
  const row = await db('quarantines').where({ id: quarantineId }).first('released_at', 'ends_at');
  const at = row?.released_at ?? row?.ends_at ?? null;
  return at === null ? null : String(at);
}

/** When the quarantine started and when it is to end, or undefined when there is none under `quarantineId`. */
export async function quarantinePeriod(db: Db, quarantineId: string): Promise<{ startedAt: string; endsAt: string } | undefined> {
  const row = await db('quarantines').where({ id: quarantineId }).first('started_at', 'ends_at');
  return row ? { startedAt: String(row.started_at), endsAt: String(row.ends_at) } : undefined;
}

/** A quarantine as stored. */
export interface QuarantineRow {
  id: string;
  workflowId: string;
  projectId: number;
  workerId: number;
  officerId: number;
  status: string;
  startedAt: string;
  endsAt: string;
  fever: boolean;
  releasedAt: string | null;
}

/** The quarantine stored under `id`, or undefined. */
export async function findQuarantine(db: Db, id: string): Promise<QuarantineRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('quarantines').where({ id }).first();
  if (!row) return undefined;
  return {
    id: String(row.id),
    workflowId: String(row.workflow_id),
    projectId: Number(row.project_id),
    workerId: Number(row.worker_id),
    officerId: Number(row.officer_id),
    status: String(row.status),
    startedAt: String(row.started_at),
    endsAt: String(row.ends_at),
    fever: Boolean(row.fever),
    releasedAt: row.released_at == null ? null : String(row.released_at),
  };
}

/** The sites where the worker with this resident ID (as stored: upper case) is in an active quarantine. */
export async function activeQuarantineSites(db: Db, residentId: string): Promise<number[]> {
  const rows = await db('quarantines as q')
    .join('workers as w', 'w.id', 'q.worker_id')
    .where({ 'q.status': 'active', 'w.resident_id': residentId })
    .select('q.project_id');
  return rows.map((q) => Number(q.project_id));
}

/** Marks the quarantine as having seen a fever. */
export async function markQuarantineFever(db: Db, quarantineId: string): Promise<void> {
  await db('quarantines').where({ id: quarantineId }).update({ fever: true });
}

/** Every change of the quarantine's end date so far, oldest first. */
export async function quarantineEndChanges(db: Db, quarantineId: string): Promise<EndChange[]> {
  const row = await db('quarantines').where({ id: quarantineId }).first('end_changes');
  return fromJson<EndChange[]>(row.end_changes);
}

/** Writes the quarantine's end date and the changes that led to it. */
export async function setQuarantineEnd(db: Db, quarantineId: string, endsAt: string, changes: EndChange[]): Promise<void> {
  await db('quarantines')
    .where({ id: quarantineId })
    .update({ ends_at: endsAt, end_changes: toJson(changes) });
}

/** Releases the quarantine if still active; answers whether this call released it. */
export async function releaseActiveQuarantine(db: Db, quarantineId: string, at: string): Promise<boolean> {
  const released = await db('quarantines').where({ id: quarantineId, status: 'active' }).update({ status: 'released', released_at: at });
  return released > 0;
}
