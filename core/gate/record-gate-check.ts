// Writes a gate check once: the worker (found or registered by resident ID), the check with its signed commitment,
// the worker's standing at the site and, when quarantined, the quarantine. Called by the API for an answer at once
// and by the monitoring workflow's first activity; whichever comes second finds the check and changes nothing.
import { createHash } from 'node:crypto';
import { decideGateCheck, gateCheckFacts, type GateRuleSet } from '../domain/gate-check-decision';
import type { SiteZone } from '../domain/gate-rules';
import type { GateRecord, MonitoringParams } from '../domain/monitoring-params';
import { countAtGate } from '../stores/dashboard/gate-site-hours';
import type { Db } from '../stores/db-types';
import {
  findGateCheck,
  findWorker,
  insertGateCheck,
  insertQuarantine,
  insertWorker,
  keepWorker,
  saveSiteStanding,
  type CheckCapture,
} from '../stores/gate/gate-check-store';
import { enterpriseClearanceOfProject } from '../stores/project-clearance-store';
import { quarantinePeriod } from '../stores/quarantine-store';

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

/** What the officer took down at the check: the name, and the mobile when one was given. */
function checkCapture(data: Record<string, unknown>): CheckCapture {
  return { name: String(data.name), ...(typeof data.mobile === 'string' && data.mobile !== '' ? { mobile: data.mobile } : {}) };
}

// A worker's record (name, mobile) is kept by the site that registered them. A check at another site is recorded
// against the same worker (one person, one resident ID) but leaves that record as its keeper wrote it: a site may not
// rewrite what another site keeps. A record nobody keeps yet (made before sites kept records) is adopted by the site.
// What each site reads back is its own capture, kept beside its standing (saveSiteStanding), never this record.
async function upsertWorker(trx: Db, data: Record<string, unknown>, at: string, projectId: number): Promise<number> {
  const residentId = String(data.residentId).toUpperCase();
  const found = await findWorker(trx, residentId);
  const fields = checkCapture(data);
  if (found) {
    if (found.keptByProjectId === null || found.keptByProjectId === projectId) await keepWorker(trx, found.id, fields, projectId);
    return found.id;
  }
  return insertWorker(trx, { residentId, ...fields }, projectId, at);
}

/** The check recorded under `checkId`, as recordGateCheck answered it, or undefined. */
export async function storedGateCheck(db: Db, checkId: string): Promise<GateRecord | undefined> {
  const check = await findGateCheck(db, checkId);
  if (!check) return undefined;
  const quarantine = check.outcome === 'quarantined' ? await quarantinePeriod(db, checkId) : undefined;
  return {
    outcome: check.outcome,
    reasons: check.reasons,
    workerId: check.workerId,
    quarantine: quarantine
      ? {
          id: checkId,
          projectId: check.projectId,
          enterpriseId: check.enterpriseId,
          officerId: check.checkedBy,
          workerName: check.workerName,
          startedAt: quarantine.startedAt,
          endsAt: quarantine.endsAt,
        }
      : null,
  };
}

/** Records the check (idempotent by check id) and returns what it decided. */
export async function recordGateCheck(db: Db, input: GateCheckInput): Promise<GateRecord> {
  const before = await storedGateCheck(db, input.checkId);
  if (before) return before;
  const { data, params, at } = input;
  const decision = decideGateCheck(data, gateRuleSet(params));
  const assigned = (typeof data.zone === 'string' ? data.zone : 'construction') as SiteZone;
  await db.transaction(async (trx) => {
    const workerId = await upsertWorker(trx, data, at, input.projectId);
    // Seed 003 makes the town/street inspection, not the gate, the check on resumption: the gate keeps and tells it.
    const enterpriseClearance = await enterpriseClearanceOfProject(trx, input.projectId);
    const inserted = await insertGateCheck(trx, {
      id: input.checkId,
      projectId: input.projectId,
      workerId,
      channel: String(data.channel ?? 'people'),
      certificate: String(data.certificate),
      steps: data.steps ?? [],
      temperature: typeof data.temperature === 'number' ? data.temperature : null,
      recentTravel: typeof data.recentTravel === 'string' ? data.recentTravel : null,
      riskFlag: data.riskFlag === true,
      zone: assigned,
      outcome: decision.outcome,
      reasons: decision.reasons,
      signatureUploadId: typeof data.signature === 'string' ? data.signature.replace(/^upload:/, '') : null,
      commitmentSha256: typeof data.commitmentSha256 === 'string' ? data.commitmentSha256 : null,
      formVersion: input.formVersion,
      deviceTime: input.deviceTime ?? null,
      checkedBy: input.officerId,
      checkedAt: at,
      enterpriseClearance,
    });
    if (!inserted) return;
    const quarantined = decision.outcome === 'quarantined';
    await saveSiteStanding(
      trx,
      input.projectId,
      workerId,
      {
        status: decision.outcome === 'turned-back' ? 'turned-back' : decision.outcome,
        zone: decision.outcome === 'turned-back' ? null : quarantined ? 'isolation' : assigned,
        assignedZone: assigned,
        lastCheckId: input.checkId,
        quarantineId: quarantined ? input.checkId : null,
        updatedAt: at,
      },
      checkCapture(data),
    );
    // The dashboard's per-site counts (migration 0012).
    await countAtGate(trx, input.projectId, at, decision.outcome === 'turned-back' ? 'turned_back' : decision.outcome);
    if (quarantined) {
      const endsAt = new Date(Date.parse(at) + params.days * DAY_MS).toISOString();
      await insertQuarantine(trx, {
        id: input.checkId,
        projectId: input.projectId,
        workerId,
        officerId: input.officerId,
        startedAt: at,
        endsAt,
      });
    }
  });
  return (await storedGateCheck(db, input.checkId))!;
}
