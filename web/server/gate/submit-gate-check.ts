// A gate check from the phone: validated against the published definition, the signed commitment and signature
// checked, recorded as a submission of the gate-check form (whose monitoring workflow follows any quarantine), and
// decided at once so the officer can tell the worker where to go — and whether the site's enterprise is cleared to
// resume (seed 003: the town/street inspection is the check on that; the gate is told and the check keeps it, the
// entry is decided as ever).
import type { Request } from 'express';
import { AppError } from '#core/errors';
import { GATE_OUTCOME_NAMES } from '#core/domain/glossary';
import type { LocalizedText } from '#core/domain/locale';
import { localizeSchema } from '#forms/form-definition';
import { validateFormData } from '#forms/form-validator';
import { recordGateCheck, signedCurrentCommitment, storedGateCheck } from '#core/gate/record-gate-check';
import { laneOf } from '#core/domain/gate-rules';
import { maskName } from '#core/privacy/mask';
import type { GateRecord, MonitoringParams } from '#core/domain/monitoring-params';
import type { AppDeps } from '../app-deps';
import type { TaskSpec } from '#core/domain/human-task';
import { fillGateCheckDeviceTime, gateCheckReceipt, type GateCheckReceipt } from '#core/stores/gate/gate-check-store';
import { findGateSite } from '#core/stores/gate/gate-site-store';
import { activeQuarantineSites } from '#core/stores/quarantine-store';
import { ownUploadContentType } from '#core/stores/uploads/own-upload-store';
import { newTaskRecord } from '#core/stores/task-row';
import { openTask } from '#core/stores/task-store';
import { auditEntryOf, auditRequest } from '../audit/audit-request';
import { recordAuditOnce } from '#core/stores/audit-store';
import { clientIdTaken } from '../offline/offline-item';
import type { SessionUser } from '../request-context';
import { submitForm } from '../submissions/submission-service';
import { gateForm } from './gate-form';
import { laneProblems } from './gate-lanes';

const invalid = (details: { path: string; message: string }[]) =>
  new AppError(422, 'invalid_form', { 'zh-CN': '检查记录有误，请按提示修改', en: 'Some fields need attention' }, details);

/** Checks what JSON Schema cannot: the commitment signed is the current one, the signature is this officer's PNG. */
async function refuseBadSignature(
  deps: AppDeps,
  user: SessionUser,
  data: Record<string, unknown>,
  params: MonitoringParams,
  en: boolean,
): Promise<void> {
  if (data.certificate === 'none') return;
  // A lane whose entrants sign nothing (the supply-truck lane) has no signature to check.
  if (!laneOf(params.lanes, String(data.channel ?? 'people')).steps.includes('commitment')) return;
  if (!signedCurrentCommitment(params, data.commitmentSha256)) {
    throw invalid([
      {
        path: '/data/commitmentSha256',
        message: en ? 'the commitment text has changed: reload and sign again' : '承诺书内容已更新，请刷新后重新签名',
      },
    ]);
  }
  const id = String(data.signature ?? '').replace(/^upload:/, '');
  if ((await ownUploadContentType(deps.db, id, user.id)) !== 'image/png')
    throw invalid([{ path: '/data/signature', message: en ? 'sign on the screen again' : '请重新在屏幕上签名' }]);
}

/** A gate check as the phone sends it; the offline fields come with a check queued without signal. */
export interface GateCheckBody {
  checkId: string;
  data: Record<string, unknown>;
  /** The phone's clock when the check was made (ISO 8601); kept on the record, the server's time counts. */
  deviceTime?: string;
  /** The definition version the check was made with: the check is validated and decided by that version. */
  formVersion?: number;
  /** What the phone decided offline; a different decision here opens a task for HQ instead of changing either. */
  deviceOutcome?: GateRecord['outcome'];
}

/** Refuses a worker in quarantine at this site (check-ins go to the register) or at another one (no entry at all). */
async function refuseQuarantined(deps: AppDeps, req: Request, projectId: number, checkId: string, data: Record<string, unknown>) {
  const active = await activeQuarantineSites(deps.db, String(data.residentId).toUpperCase());
  if (active.includes(projectId))
    throw new AppError(409, 'in_quarantine', {
      'zh-CN': '该人员正在本工地隔离观察，请在登记台账中记录测温',
      en: 'This worker is in quarantine at this site: record check-ins in the register',
    });
  if (!active.length) return;
  const named = typeof data.name === 'string' ? data.name.trim() : '';
  // Quarantined at another site (perhaps while this gate was offline): no entry here. The refusal is on the record,
  // with its site and the worker's masked name: nothing else is kept of the check to name it by in the log.
  await auditRequest(
    deps.db,
    req,
    'gate.check-refused',
    { type: 'gate_check', id: checkId },
    { reason: 'quarantined_elsewhere', projectId, ...(named ? { workerName: maskName(named) } : {}) },
  );
  throw new AppError(409, 'quarantined_elsewhere', {
    'zh-CN': '该人员正在其他工地隔离观察，不得进场：请让其离开入口，并报告项目负责人',
    en: 'This worker is in quarantine at another site and may not enter: send them away from the gate and tell the site manager',
  });
}

/** Opens a task for HQ when the server's decision differs from the one the phone made offline (nothing is changed). */
async function raiseDisagreement(deps: AppDeps, checkId: string, enterpriseId: number, device: string, record: GateRecord) {
  // The outcomes in the gate's own words (the gate page, the register and every list say them so).
  const named = (outcome: string) => (GATE_OUTCOME_NAMES as Record<string, LocalizedText>)[outcome] ?? { 'zh-CN': outcome, en: outcome };
  const { 'zh-CN': zhDevice, en: enDevice } = named(device);
  const { 'zh-CN': zhServer, en: enServer } = named(record.outcome);
  const at = (deps.now ?? (() => new Date()))();
  const spec: TaskSpec = {
    taskId: `submission-${checkId}/offline-review`,
    step: 'offline-review',
    processType: 'monitoring',
    title: {
      'zh-CN': `门岗离线判定「${zhDevice}」与系统复核「${zhServer}」不一致，请核实`,
      en: `The gate decided "${enDevice}" offline but the server's check says "${enServer}": please verify`,
    },
    submissionId: checkId,
    enterpriseId,
    assignee: { kind: 'role', role: 'hq' },
    priority: 2,
    dueAt: new Date(at.getTime() + 86_400_000).toISOString(),
    allowedActions: [],
    completionSchema: {},
    breachStatus: 'expired',
  };
  await openTask(deps.db, newTaskRecord(spec, { assigneeUserId: null, candidateRole: 'hq', candidateGroupId: null }, '', at.toISOString()));
}

/** What the route answers of a gate check. */
type GateCheckAnswer = GateRecord & {
  replayed: boolean;
  checkedAt: string;
  deviceTime: string | null;
  formVersion: number;
  enterpriseClearance: string | null;
};

/** The check's `gate.check` entry, written once whichever sending gets there first: the check's own, a twin sent at
 * the same time, or a resend after the server stopped between recording the check and auditing it — which left the
 * check unaudited for good, its resend answered as a repeat. */
async function auditGateCheck(db: AppDeps['db'], req: Request, record: GateRecord & { checkId: string }, facts: AuditedFacts) {
  const { checkId, outcome, workerId } = record;
  const { enterpriseClearance, deviceTime, deviceOutcome } = facts;
  const summary = { outcome, workerId, enterpriseClearance, ...(deviceTime ? { deviceTime, deviceOutcome: deviceOutcome ?? null } : {}) };
  await recordAuditOnce(db, auditEntryOf(req, 'gate.check', { type: 'gate_check', id: checkId }, summary), `gate.check:${checkId}`);
}

/** What a check's audit entry says beside its decision. */
interface AuditedFacts {
  enterpriseClearance: string | null;
  deviceTime: string | null;
  deviceOutcome?: string;
}

/** The first answer again, for a repeat of the check recorded as `receipt` (audited now if the first sending was not). */
async function answerAgain(db: AppDeps['db'], req: Request, checkId: string, receipt: GateCheckReceipt, body: GateCheckBody) {
  const { checkedAt, deviceTime, formVersion, enterpriseClearance } = receipt;
  const record = (await storedGateCheck(db, checkId))!;
  await auditGateCheck(db, req, { ...record, checkId }, { enterpriseClearance, deviceTime, deviceOutcome: body.deviceOutcome });
  return { ...record, replayed: true, checkedAt, deviceTime, formVersion, enterpriseClearance };
}

/** Records one gate check for the officer's site; a repeat with the same check id answers the first result. */
export async function submitGateCheck(deps: AppDeps, req: Request, user: SessionUser, body: GateCheckBody): Promise<GateCheckAnswer> {
  const { db } = deps;
  const { data } = body;
  const checkId = body.checkId.toLowerCase();
  const en = req.locale === 'en';
  const project = user.projectId === null ? undefined : await findGateSite(db, user.projectId);
  if (!project) throw new AppError(403, 'no_site', { 'zh-CN': '您的账号没有分配项目工地', en: 'Your account guards no project site' });
  // The client id is the idempotency key of the officer's queue: their check already recorded answers as it did the
  // first time (wherever they guard now); anyone else's id is refused without saying what it named, as a check-in's is
  // (offline-item.ts) — a colleague at the same site got the first officer's check back as their own, with `replayed`,
  // and their phone dropped the check it had queued.
  const stored = await gateCheckReceipt(db, checkId);
  if (stored && stored.checkedBy !== user.id) throw clientIdTaken;
  if (stored) return answerAgain(db, req, checkId, stored, body);
  const { form, params } = await gateForm(db, body.formVersion);
  const errors = validateFormData(en ? localizeSchema(form.schema, form.i18n.en) : form.schema, data, req.locale);
  if (errors.length) throw invalid(errors.map((e) => ({ path: `/data${e.path}`, message: e.message })));
  const lane = laneProblems(params, data, req.locale);
  if (lane.length) throw invalid(lane);
  await refuseBadSignature(deps, user, data, params, en);
  await refuseQuarantined(deps, req, project.id, checkId, data);
  // The submission belongs to the site's enterprise, so its cadre sees it; the workflow follows any quarantine.
  const { submission, created } = await submitForm(
    { db, temporal: deps.temporal, config: deps.config, now: deps.now ?? (() => new Date()) },
    {
      user: { ...user, enterpriseId: project.enterpriseId },
      formKey: form.key,
      form,
      submissionId: checkId,
      data,
      locale: req.locale,
      requestId: req.requestId,
    },
  );
  // The request's log line names the case, like any submission's (a support question quotes its MG- number).
  req.logContext = { workflowId: submission.workflowId, caseNumber: submission.caseNumber };
  const deviceTime = body.deviceTime ? new Date(body.deviceTime).toISOString() : null;
  const record = await recordGateCheck(db, {
    checkId: submission.id,
    projectId: project.id,
    officerId: user.id,
    formVersion: submission.formVersion,
    data,
    params,
    at: submission.createdAt,
    deviceTime,
  });
  // The workflow's first activity may have written the row first; the device time still belongs on it.
  if (deviceTime) await fillGateCheckDeviceTime(db, submission.id, deviceTime);
  // As the row keeps it, whichever wrote it.
  const enterpriseClearance = (await gateCheckReceipt(db, submission.id))?.enterpriseClearance ?? null;
  // The same check sent twice at once (a retry while the first sending was still under way) passes the repeat test
  // above twice: the entry is written once, and the twin that did not record the submission answers as a repeat.
  // (The task below is opened once however often asked.)
  await auditGateCheck(
    db,
    req,
    { ...record, checkId: submission.id },
    { enterpriseClearance, deviceTime, deviceOutcome: body.deviceOutcome },
  );
  if (body.deviceOutcome && body.deviceOutcome !== record.outcome)
    await raiseDisagreement(deps, submission.id, project.enterpriseId, body.deviceOutcome, record);
  return {
    ...record,
    replayed: !created,
    checkedAt: submission.createdAt,
    deviceTime,
    formVersion: submission.formVersion,
    enterpriseClearance,
  };
}
