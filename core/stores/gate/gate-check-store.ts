// The gate's writes and reads of one check: the worker (kept per site), the check with its signed commitment, the
// worker's standing at the site with what the site took down about them, and the quarantine a fever starts.
// core/gate/record-gate-check.ts decides what to write and holds the transaction; each function here is one statement
// (or a read and its write) and joins the `db` it gets.
import { fromJson, toJson } from '../../db';
import type { GateOutcome, ValueRule } from '../../domain/gate-rules';
import type { Db } from '../db-types';
import { captureColumns, capturedAtSite } from './site-capture';

/** A worker as the gate finds them by resident ID: their name and mobile, who keeps their record (null: nobody yet). */
export interface FoundWorker {
  id: number;
  name: string;
  mobile: string | null;
  keptByProjectId: number | null;
}

/** A check as stored, with the worker's name as its site took it down and the site's enterprise. */
export interface GateCheckRow {
  outcome: GateOutcome;
  reasons: ValueRule[];
  workerId: number;
  projectId: number;
  enterpriseId: number;
  checkedBy: number;
  workerName: string;
}

/** A new check's columns (what the check decided, the form data it was decided on). */
export interface NewGateCheck {
  id: string;
  projectId: number;
  workerId: number;
  channel: string;
  certificate: string;
  steps: unknown;
  temperature: number | null;
  recentTravel: string | null;
  riskFlag: boolean;
  zone: string;
  outcome: string;
  reasons: unknown;
  signatureUploadId: string | null;
  commitmentSha256: string | null;
  formVersion: number;
  deviceTime: string | null;
  checkedBy: number;
  checkedAt: string;
  /** Whether the site's enterprise was cleared to resume at the check (P2; the gate is told, not stopped). */
  enterpriseClearance: string | null;
}

/** A worker's standing at a site after a check. */
export interface SiteStanding {
  status: string;
  zone: string | null;
  assignedZone: string;
  lastCheckId: string;
  quarantineId: string | null;
  updatedAt: string;
}

/** What the site's officer took down at a check: the name, and the mobile when one was given. */
export interface CheckCapture {
  name: string;
  mobile?: string;
}

/** A worker's standing at a site as stored (the row's id, to move it later), with the site's own capture: the name of
 * its latest check and the latest mobile given there (null for a standing written before sites kept their capture). */
export interface StoredSiteStanding extends SiteStanding {
  id: number;
  name: string | null;
  mobile: string | null;
}

/** When a check was recorded, on which site, with which definition version and the device's clock. */
export interface GateCheckReceipt {
  projectId: number;
  /** The officer who sent the check (its id is theirs: the idempotency key of their phone's queue). */
  checkedBy: number;
  checkedAt: string;
  deviceTime: string | null;
  formVersion: number;
  /** Whether the site's enterprise was cleared to resume at the check (null: checked before this was kept). */
  enterpriseClearance: string | null;
}

/** A new quarantine, started by check `id`. */
export interface NewQuarantine {
  id: string;
  projectId: number;
  workerId: number;
  officerId: number;
  startedAt: string;
  endsAt: string;
}

/** The worker with this resident ID (as stored: upper case), or undefined. */
export async function findWorker(db: Db, residentId: string): Promise<FoundWorker | undefined> {
  const found = await db('workers').where({ resident_id: residentId }).first('id', 'name', 'mobile', 'kept_by_project_id');
  if (!found) return undefined;
  return {
    id: Number(found.id),
    name: String(found.name),
    mobile: found.mobile == null ? null : String(found.mobile),
    keptByProjectId: found.kept_by_project_id == null ? null : Number(found.kept_by_project_id),
  };
}

/** Rewrites the worker's name (and mobile, when given) and makes `projectId` their keeper. */
export async function keepWorker(db: Db, workerId: number, fields: { name: string; mobile?: string }, projectId: number): Promise<void> {
  await db('workers')
    .where({ id: workerId })
    .update({ ...fields, kept_by_project_id: projectId });
}

/** Registers a worker kept by `projectId`; answers the new id, or the id of the same resident registered meanwhile
 * (a gate check is recorded by the web request and by its workflow's activity, which may race: on PostgreSQL both
 * read no worker, and the second insert waited for the first and met its unique resident ID — a 500 at the gate). */
export async function insertWorker(
  db: Db,
  worker: { residentId: string; name: string; mobile?: string },
  projectId: number,
  at: string,
): Promise<number> {
  const { residentId, ...fields } = worker;
  const [row] = await db('workers')
    .insert({ resident_id: residentId, ...fields, kept_by_project_id: projectId, created_at: at })
    .onConflict('resident_id')
    .ignore()
    .returning('id');
  if (row) return Number((row as { id: number }).id);
  const found = await db('workers').where({ resident_id: residentId }).first('id');
  return Number(found.id);
}

/** The check stored under `checkId` with its worker's name (as its site took it down) and site's enterprise, or undefined. */
export async function findGateCheck(db: Db, checkId: string): Promise<GateCheckRow | undefined> {
  const check = await db('gate_checks as g')
    .join('workers as w', 'w.id', 'g.worker_id')
    .join('projects as p', 'p.id', 'g.project_id')
    .leftJoin('site_workers as s', (on) => on.on('s.project_id', 'g.project_id').andOn('s.worker_id', 'g.worker_id'))
    .where('g.id', checkId)
    .first('g.*', 'p.enterprise_id', ...captureColumns('s', 'w'));
  if (!check) return undefined;
  return {
    outcome: check.outcome as GateOutcome,
    reasons: fromJson<ValueRule[]>(check.reasons),
    workerId: Number(check.worker_id),
    projectId: Number(check.project_id),
    enterpriseId: Number(check.enterprise_id),
    checkedBy: Number(check.checked_by),
    workerName: capturedAtSite(check, Number(check.project_id)).name,
  };
}

/** When, where and by whom the check under `checkId` was recorded, or undefined. */
export async function gateCheckReceipt(db: Db, checkId: string): Promise<GateCheckReceipt | undefined> {
  const row = await db('gate_checks')
    .where({ id: checkId })
    .first('project_id', 'checked_by', 'checked_at', 'device_time', 'form_version', 'enterprise_clearance');
  if (!row) return undefined;
  return {
    projectId: Number(row.project_id),
    checkedBy: Number(row.checked_by),
    checkedAt: String(row.checked_at),
    deviceTime: row.device_time == null ? null : String(row.device_time),
    formVersion: Number(row.form_version),
    enterpriseClearance: (row.enterprise_clearance as string | null) ?? null,
  };
}

/** Writes the device's clock on a check recorded without it (the workflow's first activity may have written the row). */
export async function fillGateCheckDeviceTime(db: Db, checkId: string, deviceTime: string): Promise<void> {
  await db('gate_checks').where({ id: checkId }).whereNull('device_time').update({ device_time: deviceTime });
}

/** Writes the check once; answers false when a check with its id was there already. */
export async function insertGateCheck(db: Db, check: NewGateCheck): Promise<boolean> {
  const inserted = await db('gate_checks')
    .insert({
      id: check.id,
      project_id: check.projectId,
      worker_id: check.workerId,
      channel: check.channel,
      certificate: check.certificate,
      steps: toJson(check.steps),
      temperature: check.temperature,
      recent_travel: check.recentTravel,
      risk_flag: check.riskFlag,
      zone: check.zone,
      outcome: check.outcome,
      reasons: toJson(check.reasons),
      signature_upload_id: check.signatureUploadId,
      commitment_sha256: check.commitmentSha256,
      form_version: check.formVersion,
      device_time: check.deviceTime,
      checked_by: check.checkedBy,
      checked_at: check.checkedAt,
      enterprise_clearance: check.enterpriseClearance,
    })
    .onConflict('id')
    .ignore()
    .returning('id');
  return inserted.length > 0;
}

/** Writes (or overwrites) the worker's standing at the site with what the site's check took down: the name always, the
 * mobile when one was given (a check without one keeps the mobile given at the site before). */
export async function saveSiteStanding(
  db: Db,
  projectId: number,
  workerId: number,
  standing: SiteStanding,
  capture: CheckCapture,
): Promise<void> {
  const columns = {
    name: capture.name,
    ...(capture.mobile ? { mobile: capture.mobile } : {}),
    status: standing.status,
    zone: standing.zone,
    assigned_zone: standing.assignedZone,
    last_check_id: standing.lastCheckId,
    quarantine_id: standing.quarantineId,
    updated_at: standing.updatedAt,
  };
  await db('site_workers')
    .insert({ project_id: projectId, worker_id: workerId, ...columns })
    .onConflict(['project_id', 'worker_id'])
    .merge(columns);
}

/** The worker's standing at the site, or undefined when the site has never checked them. */
export async function findSiteStanding(db: Db, projectId: number, workerId: number): Promise<StoredSiteStanding | undefined> {
  const row = await db('site_workers').where({ project_id: projectId, worker_id: workerId }).first();
  if (!row) return undefined;
  return {
    id: Number(row.id),
    status: String(row.status),
    zone: row.zone == null ? null : String(row.zone),
    assignedZone: String(row.assigned_zone),
    lastCheckId: String(row.last_check_id),
    quarantineId: row.quarantine_id == null ? null : String(row.quarantine_id),
    updatedAt: String(row.updated_at),
    name: row.name == null ? null : String(row.name),
    mobile: row.mobile == null ? null : String(row.mobile),
  };
}

/** Moves the standing `standingId` to a new status and zone (a release: the worker goes to the zone assigned at the gate). */
export async function moveSiteStanding(
  db: Db,
  standingId: number,
  move: { status: string; zone: string | null; updatedAt: string },
): Promise<void> {
  await db('site_workers').where({ id: standingId }).update({ status: move.status, zone: move.zone, updated_at: move.updatedAt });
}

/** Starts a quarantine, active, its workflow the check's submission's. */
export async function insertQuarantine(db: Db, quarantine: NewQuarantine): Promise<void> {
  await db('quarantines').insert({
    id: quarantine.id,
    workflow_id: `submission-${quarantine.id}`,
    project_id: quarantine.projectId,
    worker_id: quarantine.workerId,
    officer_id: quarantine.officerId,
    status: 'active',
    started_at: quarantine.startedAt,
    ends_at: quarantine.endsAt,
    end_changes: '[]',
  });
}
