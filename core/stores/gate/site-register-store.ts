// The rows of a site's register: each worker's standing with their last check and quarantine, the quarantines'
// check-ins that count (done, open, missed), and how many quarantines the site has ever started.
// web/server/gate/site-register.ts makes the register of them. One worker's page reads their latest standing. Names and
// mobiles are what each site took down at its own checks (site-capture.ts), never another site's record.
import { fromJson } from '../../db';
import type { EndChange } from '../../domain/monitoring-params';
import type { Db } from '../db-types';
import type { GateSiteScope } from './gate-site-store';
import { captureColumns, capturedAtSite } from './site-capture';

/** A worker's standing at the site, with their last check and their quarantine (if any). */
export interface SiteWorkerRow {
  workerId: number;
  status: string;
  zone: string | null;
  name: string;
  residentId: string;
  channel: string;
  gateTemperature: number | null;
  checkedAt: string;
  quarantine: {
    id: string;
    startedAt: string;
    endsAt: string;
    endChanges: EndChange[];
    fever: boolean;
    releasedAt: string | null;
  } | null;
}

/** A quarantine check-in that counts on the register. */
export interface RegisterCheckInRow {
  quarantineId: string;
  slotAt: string;
  opensAt: string;
  dueAt: string;
  status: 'done' | 'open' | 'missed';
  temperature: number;
}

/** The site's workers, the most recently changed first (at most 5000). */
export async function siteWorkerRows(db: Db, projectId: number): Promise<SiteWorkerRow[]> {
  const rows = await db('site_workers as s')
    .join('workers as w', 'w.id', 's.worker_id')
    .join('gate_checks as g', 'g.id', 's.last_check_id')
    .leftJoin('quarantines as q', 'q.id', 's.quarantine_id')
    .where('s.project_id', projectId)
    .orderBy('s.updated_at', 'desc')
    .limit(5000)
    .select(
      's.worker_id',
      's.status',
      's.zone',
      's.updated_at',
      ...captureColumns('s', 'w'),
      'w.resident_id',
      'g.channel',
      'g.temperature as gate_temperature',
      'g.checked_at',
      'q.id as quarantine_id',
      'q.started_at',
      'q.ends_at',
      'q.end_changes',
      'q.fever',
      'q.released_at',
    );
  return rows.map((r) => ({
    workerId: Number(r.worker_id),
    status: String(r.status),
    zone: (r.zone as string | null) ?? null,
    name: capturedAtSite(r, projectId).name,
    residentId: r.resident_id as string,
    channel: r.channel as string,
    gateTemperature: r.gate_temperature === null ? null : Number(r.gate_temperature),
    checkedAt: r.checked_at as string,
    quarantine: r.quarantine_id
      ? {
          id: r.quarantine_id as string,
          startedAt: r.started_at as string,
          endsAt: r.ends_at as string,
          endChanges: r.end_changes ? fromJson<EndChange[]>(r.end_changes) : [],
          fever: Boolean(r.fever),
          releasedAt: (r.released_at as string | null) ?? null,
        }
      : null,
  }));
}

/** The done, open and missed check-ins of these quarantines, oldest first. */
export async function registerCheckIns(db: Db, quarantineIds: string[]): Promise<RegisterCheckInRow[]> {
  if (!quarantineIds.length) return [];
  const rows = await db('quarantine_checkins')
    .whereIn('quarantine_id', quarantineIds)
    .whereIn('status', ['done', 'open', 'missed'])
    .orderBy('slot_at')
    .select('quarantine_id', 'slot_at', 'opens_at', 'due_at', 'status', 'temperature');
  return rows.map((r) => ({
    quarantineId: r.quarantine_id as string,
    slotAt: r.slot_at as string,
    opensAt: r.opens_at as string,
    dueAt: r.due_at as string,
    status: r.status as RegisterCheckInRow['status'],
    temperature: Number(r.temperature),
  }));
}

/** How many quarantines the site has ever started. */
export async function quarantinesStarted(db: Db, projectId: number): Promise<number> {
  const row = await db('quarantines').where({ project_id: projectId }).count<{ n: number }[]>({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** A worker's latest standing at a site in scope, with their resident ID, and the name and mobile that site took down. */
export interface RegisterWorkerRow {
  id: number;
  name: string;
  residentId: string;
  mobile: string | null;
  projectId: number;
  status: string;
  zone: string | null;
  updatedAt: string;
}

/** The worker's most recently changed standing at a site in scope, or undefined. */
export async function registerWorker(db: Db, workerId: number, scope: GateSiteScope): Promise<RegisterWorkerRow | undefined> {
  const query = db('site_workers as s')
    .join('projects as p', 'p.id', 's.project_id')
    .join('workers as w', 'w.id', 's.worker_id')
    .where('s.worker_id', workerId)
    .orderBy('s.updated_at', 'desc')
    .first('s.project_id', 's.status', 's.zone', 's.updated_at', 'w.id', 'w.resident_id', ...captureColumns('s', 'w'));
  if (Array.isArray(scope)) query.whereIn('p.enterprise_id', scope);
  else if (scope !== 'all') query.where('s.project_id', scope.projectId);
  const row: Record<string, unknown> | undefined = await query;
  if (!row) return undefined;
  const captured = capturedAtSite(row, Number(row.project_id));
  return {
    id: Number(row.id),
    name: captured.name,
    residentId: String(row.resident_id),
    mobile: captured.mobile,
    projectId: Number(row.project_id),
    status: String(row.status),
    zone: (row.zone as string | null) ?? null,
    updatedAt: String(row.updated_at),
  };
}
