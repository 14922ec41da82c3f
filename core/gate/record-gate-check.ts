// Writes a gate check once: the worker (found or registered by resident ID), the check with its signed commitment,
// the worker's standing at the site and, when quarantined, the quarantine. Called by the API for an answer at once
// and by the monitoring workflow's first activity; whichever comes second finds the check and changes nothing.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { fromJson, toJson } from '../db';
import { decideGateCheck, gateCheckFacts, type GateRuleSet } from '../domain/gate-check-decision';
import type { SiteZone } from '../domain/gate-rules';
import type { GateRecord, MonitoringParams } from '../domain/monitoring-params';
import { countAtGate } from '../stores/dashboard/gate-site-hours';

const DAY_MS = 86_400_000;

/** SHA-256 (hex) of a commitment text, as stored beside the signature. */
export function commitmentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Whether `sha256` is the hash of the commitment text in either language. */
export function signedCurrentCommitment(params: MonitoringParams, sha256: unknown): boolean {
  return typeof sha256 === 'string' && Object.values(params.commitment).some((text) => commitmentHash(text) === sha256);
}

/** Everything a gate check needs to be recorded. */
export interface GateCheckInput {
  checkId: string;
  projectId: number;
  officerId: number;
  formVersion: number;
  data: Record<string, unknown>;
  params: MonitoringParams;
  at: string;
  /** The phone's clock when the check was made offline (kept for the record; `at`, the server's, is what counts). */
  deviceTime?: string | null;
}

/** Whether `sha256` is the hash of the notice text (告知书) in either language. */
export function receivedCurrentNotice(params: MonitoringParams, sha256: unknown): boolean {
  return typeof sha256 === 'string' && Object.values(params.notice ?? {}).some((text) => commitmentHash(text) === sha256);
}

/** The definition's rules with the commitment's hashes, as the shared decision reads them. */
export function gateRuleSet(params: MonitoringParams): GateRuleSet {
  return { entryRules: params.entryRules, lanes: params.lanes, commitmentHashes: Object.values(params.commitment).map(commitmentHash) };
}

/** The facts the entry rules read (core/domain/gate-check-decision.ts, shared with the phone). */
export function gateFacts(data: Record<string, unknown>, params: MonitoringParams): Record<string, unknown> {
  return gateCheckFacts(data, gateRuleSet(params));
}

// A worker's record (name, mobile) is kept by the site that registered them. A check at another site is recorded
// against the same worker (one person, one resident ID) but leaves that record as its keeper wrote it: a site may not
// rewrite what another site keeps. A record nobody keeps yet (made before sites kept records) is adopted by the site.
async function upsertWorker(trx: Knex.Transaction, data: Record<string, unknown>, at: string, projectId: number): Promise<number> {
  const residentId = String(data.residentId).toUpperCase();
  const found = await trx('workers').where({ resident_id: residentId }).first('id', 'kept_by_project_id');
  const fields = { name: String(data.name), ...(typeof data.mobile === 'string' ? { mobile: data.mobile } : {}) };
  if (found) {
    const keeper = found.kept_by_project_id == null ? null : Number(found.kept_by_project_id);
    if (keeper === null || keeper === projectId)
      await trx('workers')
        .where({ id: found.id })
        .update({ ...fields, kept_by_project_id: projectId });
    return Number(found.id);
  }
  const [row] = await trx('workers')
    .insert({ resident_id: residentId, ...fields, kept_by_project_id: projectId, created_at: at })
    .returning('id');
  return Number((row as { id: number }).id);
}

/** The check recorded under `checkId`, as recordGateCheck answered it, or undefined. */
export async function storedGateCheck(db: Knex, checkId: string): Promise<GateRecord | undefined> {
  const check = await db('gate_checks as g')
    .join('workers as w', 'w.id', 'g.worker_id')
    .join('projects as p', 'p.id', 'g.project_id')
    .where('g.id', checkId)
    .first('g.*', 'w.name as worker_name', 'p.enterprise_id');
  if (!check) return undefined;
  const quarantine = check.outcome === 'quarantined' ? await db('quarantines').where({ id: checkId }).first() : undefined;
  return {
    outcome: check.outcome,
    reasons: fromJson(check.reasons),
    workerId: Number(check.worker_id),
    quarantine: quarantine
      ? {
          id: checkId,
          projectId: Number(check.project_id),
          enterpriseId: Number(check.enterprise_id),
          officerId: Number(check.checked_by),
          workerName: check.worker_name,
          startedAt: quarantine.started_at,
          endsAt: quarantine.ends_at,
        }
      : null,
  };
}

/** Records the check (idempotent by check id) and returns what it decided. */
export async function recordGateCheck(db: Knex, input: GateCheckInput): Promise<GateRecord> {
  const before = await storedGateCheck(db, input.checkId);
  if (before) return before;
  const { data, params, at } = input;
  const decision = decideGateCheck(data, gateRuleSet(params));
  const assigned = (typeof data.zone === 'string' ? data.zone : 'construction') as SiteZone;
  await db.transaction(async (trx) => {
    const workerId = await upsertWorker(trx, data, at, input.projectId);
    const inserted = await trx('gate_checks')
      .insert({
        id: input.checkId,
        project_id: input.projectId,
        worker_id: workerId,
        channel: String(data.channel ?? 'people'),
        certificate: String(data.certificate),
        steps: toJson(data.steps ?? []),
        temperature: typeof data.temperature === 'number' ? data.temperature : null,
        recent_travel: typeof data.recentTravel === 'string' ? data.recentTravel : null,
        risk_flag: data.riskFlag === true,
        zone: assigned,
        outcome: decision.outcome,
        reasons: toJson(decision.reasons),
        signature_upload_id: typeof data.signature === 'string' ? data.signature.replace(/^upload:/, '') : null,
        commitment_sha256: typeof data.commitmentSha256 === 'string' ? data.commitmentSha256 : null,
        form_version: input.formVersion,
        device_time: input.deviceTime ?? null,
        checked_by: input.officerId,
        checked_at: at,
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (!inserted.length) return;
    const quarantined = decision.outcome === 'quarantined';
    const standing = {
      status: decision.outcome === 'turned-back' ? 'turned-back' : decision.outcome,
      zone: decision.outcome === 'turned-back' ? null : quarantined ? 'isolation' : assigned,
      assigned_zone: assigned,
      last_check_id: input.checkId,
      quarantine_id: quarantined ? input.checkId : null,
      updated_at: at,
    };
    await trx('site_workers')
      .insert({ project_id: input.projectId, worker_id: workerId, ...standing })
      .onConflict(['project_id', 'worker_id'])
      .merge(standing);
    // The dashboard's per-site counts (migration 0012).
    await countAtGate(trx, input.projectId, at, decision.outcome === 'turned-back' ? 'turned_back' : decision.outcome);
    if (quarantined) {
      const endsAt = new Date(Date.parse(at) + params.days * DAY_MS).toISOString();
      await trx('quarantines').insert({
        id: input.checkId,
        workflow_id: `submission-${input.checkId}`,
        project_id: input.projectId,
        worker_id: workerId,
        officer_id: input.officerId,
        status: 'active',
        started_at: at,
        ends_at: endsAt,
        end_changes: '[]',
      });
    }
  });
  return (await storedGateCheck(db, input.checkId))!;
}
