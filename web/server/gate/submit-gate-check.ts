// A gate check from the phone: validated against the published definition, the signed commitment and signature
// checked, recorded as a submission of the gate-check form (whose monitoring workflow follows any quarantine), and
// decided at once so the officer can tell the worker where to go.
import type { Request } from 'express';
import { AppError } from '../../../core/errors';
import { localizeSchema } from '../../../forms/form-definition';
import { validateFormData } from '../../../forms/form-validator';
import { recordGateCheck, signedCurrentCommitment } from '../../../core/gate/record-gate-check';
import { laneOf } from '../../../core/domain/gate-rules';
import type { GateRecord, MonitoringParams } from '../../../core/domain/monitoring-params';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
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
  const upload = await deps.db('uploads').where({ id, user_id: user.id }).first('content_type');
  if (upload?.content_type !== 'image/png')
    throw invalid([{ path: '/data/signature', message: en ? 'sign on the screen again' : '请重新在屏幕上签名' }]);
}

/** Records one gate check for the officer's site; a repeat with the same check id answers the first result. */
export async function submitGateCheck(
  deps: AppDeps,
  req: Request,
  user: SessionUser,
  checkId: string,
  data: Record<string, unknown>,
): Promise<GateRecord> {
  const { db } = deps;
  const en = req.locale === 'en';
  const { form, params } = await gateForm(db);
  const project = await db('projects').where({ id: user.projectId }).first('id', 'enterprise_id');
  if (!project) throw new AppError(403, 'no_site', { 'zh-CN': '您的账号没有分配项目工地', en: 'Your account guards no project site' });
  const errors = validateFormData(en ? localizeSchema(form.schema, form.i18n.en) : form.schema, data, req.locale);
  if (errors.length) throw invalid(errors.map((e) => ({ path: `/data${e.path}`, message: e.message })));
  const lane = laneProblems(params, data, req.locale);
  if (lane.length) throw invalid(lane);
  await refuseBadSignature(deps, user, data, params, en);
  const repeat = await db('gate_checks').where({ id: checkId.toLowerCase() }).first('id');
  if (!repeat) {
    const inQuarantine = await db('site_workers as s')
      .join('workers as w', 'w.id', 's.worker_id')
      .where({ 's.project_id': project.id, 's.status': 'quarantined', 'w.resident_id': String(data.residentId).toUpperCase() })
      .first('s.id');
    if (inQuarantine)
      throw new AppError(409, 'in_quarantine', {
        'zh-CN': '该人员正在本工地隔离观察，请在登记台账中记录测温',
        en: 'This worker is in quarantine at this site: record check-ins in the register',
      });
  }
  // The submission belongs to the site's enterprise, so its cadre sees it; the workflow follows any quarantine.
  const { submission } = await submitForm(
    { db, temporal: deps.temporal, config: deps.config, now: deps.now ?? (() => new Date()) },
    {
      user: { ...user, enterpriseId: Number(project.enterprise_id) },
      formKey: form.key,
      submissionId: checkId,
      data,
      locale: req.locale,
      requestId: req.requestId,
    },
  );
  const record = await recordGateCheck(db, {
    checkId: submission.id,
    projectId: Number(project.id),
    officerId: user.id,
    formVersion: submission.formVersion,
    data,
    params,
    at: submission.createdAt,
  });
  if (!repeat)
    await auditRequest(
      db,
      req,
      'gate.check',
      { type: 'gate_check', id: submission.id },
      { outcome: record.outcome, workerId: record.workerId },
    );
  return record;
}
