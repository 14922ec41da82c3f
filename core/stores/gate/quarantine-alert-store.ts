// What a quarantine's texts, robot alerts (issue 22) and e-mails are written from: the quarantine with its site, worker
// and gate officer (the mobile and resident ID read at send time, so they never enter a workflow's history), and the
// group robots that hear by default. The name and mobile are the ones given at the quarantining site's gate.
import type { Db } from '../db-types';
import { captureColumns, capturedAtSite } from './site-capture';

/** A quarantine with what its notices say: the site's name and enterprise, the worker's name and mobile as the site took
 * them down, their resident ID, and the gate officer who checked the worker. */
export interface QuarantineNoticeFacts {
  id: string;
  officerId: number;
  startedAt: string;
  endsAt: string;
  projectName: string;
  enterpriseId: number;
  workerName: string;
  mobile: string | null;
  residentId: string;
}

/** The quarantine under `quarantineId` with its site and worker, or undefined. */
export async function quarantineNoticeFacts(db: Db, quarantineId: string): Promise<QuarantineNoticeFacts | undefined> {
  const q = await db('quarantines as q')
    .join('projects as p', 'p.id', 'q.project_id')
    .join('workers as w', 'w.id', 'q.worker_id')
    .leftJoin('site_workers as s', (on) => on.on('s.project_id', 'q.project_id').andOn('s.worker_id', 'q.worker_id'))
    .where('q.id', quarantineId)
    .first(
      'q.id',
      'q.officer_id',
      'q.started_at',
      'q.ends_at',
      'q.project_id',
      'p.name as project_name',
      'p.enterprise_id',
      'w.resident_id',
      ...captureColumns('s', 'w'),
    );
  if (!q) return undefined;
  const captured = capturedAtSite(q, Number(q.project_id));
  return {
    id: String(q.id),
    officerId: Number(q.officer_id),
    startedAt: String(q.started_at),
    endsAt: String(q.ends_at),
    projectName: String(q.project_name),
    enterpriseId: Number(q.enterprise_id),
    workerName: captured.name,
    mobile: captured.mobile,
    residentId: String(q.resident_id),
  };
}

/** The keys of HQ's active robots, in order. */
export async function hqRobotKeys(db: Db): Promise<string[]> {
  const rows = await db('notification_robots').where({ audience: 'hq', active: true }).orderBy('id').select('key');
  return rows.map((r) => String(r.key));
}

/** The keys of the active robots of the cadres assigned now to `enterpriseId`, in order. */
export async function cadreRobotKeys(db: Db, enterpriseId: number): Promise<string[]> {
  const cadres = db('cadre_assignments').where({ enterprise_id: enterpriseId }).whereNull('ended_at').select('cadre_id');
  const rows = await db('notification_robots').where({ audience: 'cadre', active: true }).whereIn('cadre_user_id', cadres).orderBy('id');
  return rows.map((r) => String(r.key));
}

/** A gate check with what its fever alert says when the worker was turned back (no quarantine to read it from). */
export interface GateCheckNoticeFacts {
  id: string;
  officerId: number;
  checkedAt: string;
  projectName: string;
  enterpriseId: number;
  workerName: string;
  residentId: string;
  temperature: number | null;
}

/** The gate check under `checkId` with its site and worker, or undefined. */
export async function gateCheckNoticeFacts(db: Db, checkId: string): Promise<GateCheckNoticeFacts | undefined> {
  const g = await db('gate_checks as g')
    .join('projects as p', 'p.id', 'g.project_id')
    .join('workers as w', 'w.id', 'g.worker_id')
    .leftJoin('site_workers as s', (on) => on.on('s.project_id', 'g.project_id').andOn('s.worker_id', 'g.worker_id'))
    .where('g.id', checkId)
    .first(
      'g.id',
      'g.checked_by',
      'g.checked_at',
      'g.temperature',
      'g.project_id',
      'p.name as project_name',
      'p.enterprise_id',
      'w.resident_id',
      ...captureColumns('s', 'w'),
    );
  if (!g) return undefined;
  return {
    id: String(g.id),
    officerId: Number(g.checked_by),
    checkedAt: String(g.checked_at),
    projectName: String(g.project_name),
    enterpriseId: Number(g.enterprise_id),
    workerName: capturedAtSite(g, Number(g.project_id)).name,
    residentId: String(g.resident_id),
    temperature: g.temperature == null ? null : Number(g.temperature),
  };
}
