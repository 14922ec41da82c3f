// The gate API: what the phone page needs, worker look-up by resident ID, the gate check itself, check-ins and
// end-date changes (sent to the quarantine's workflow as validated Updates, their audit entries held across a stopped
// process: audit/audited-update.ts), and the per-project register.
import type { RJSFSchema } from '@rjsf/utils';
import { Router, type Request } from 'express';
import { apiRouter } from '../api-router';
import { isResidentId } from '#core/domain/identifiers';
import { TEMPERATURE_RANGE } from '#core/domain/monitoring-params';
import { AppError, notFound } from '#core/errors';
import { FORMAT_MESSAGES } from '#forms/validation-messages';
import { findSiteStanding, findWorker } from '#core/stores/gate/gate-check-store';
import { findGateSite, listGateSites, type GateSite, type GateSiteScope } from '#core/stores/gate/gate-site-store';
import { registerWorker } from '#core/stores/gate/site-register-store';
import { workerAtSite } from '#core/stores/gate/site-capture';
import { findQuarantine } from '#core/stores/quarantine-store';
import { enterpriseClearanceStandingOfProject } from '#core/stores/project-clearance-store';
import { requireRole, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { sendAudited } from '../audit/audited-update';
import type { SessionUser } from '../request-context';
import { pageOfList, pageQuery } from '../paging';
import { accepts, bodyOf, invalidBody, queryOf } from '../route-contract';
import { GATE_WORKER_ANSWER } from '../openapi/answer-schemas';
import { OFFLINE_PROPERTIES, offlineFieldsOf } from '../offline/offline-item';
import { readerOf } from '#core/privacy/reader-of';
import { gateForm, gateSetup } from './gate-form';
import { gateMasker } from './gate-privacy';
import { PICKER_SITES, REGISTER_QUERY, registerFilter, SITE_LIST_QUERY, type RegisterQuery, type SiteListQuery } from './register-query';
import { siteRegister } from './site-register';
import { submitGateCheck, type GateCheckBody } from './submit-gate-check';
import { checkInUpdate } from '#workflows/monitoring-handlers';
import { sendEndChange } from '../monitoring/audited-end-change';
import { offlineQuarantineCheckIn } from './offline-quarantine-check-in';
import { quarantineOver as over, sendQuarantineUpdate as sendUpdate } from './quarantine-refusal';
import { isRecordId } from '../validate-body';
import { logCaseOf } from '../log-case';

const QUARANTINE = { 'zh-CN': '隔离记录', en: 'Quarantine' };
const PROJECT = { 'zh-CN': '项目', en: 'Project' };
const WORKER = { 'zh-CN': '本工地的人员记录', en: 'Worker at this site' };
const REGISTER_ROLES = ['gate', 'cadre', 'hq', 'admin'] as const;
const UUID_PATTERN = '^[0-9a-fA-F-]{36}$';
const CHECK_BODY: RJSFSchema = {
  type: 'object',
  required: ['data'],
  properties: {
    checkId: { type: 'string', pattern: UUID_PATTERN },
    // A check queued offline (issue 23): the client's id is the idempotency key, as checkId is online.
    clientId: { type: 'string', pattern: UUID_PATTERN },
    deviceTime: { type: 'string', format: 'date-time' },
    formVersion: { type: 'integer', minimum: 1 },
    deviceOutcome: { type: 'string', enum: ['admitted', 'quarantined', 'turned-back'] },
    data: { type: 'object' },
  },
  additionalProperties: false,
};
const CHECK_IN_BODY: RJSFSchema = {
  type: 'object',
  required: ['temperature'],
  properties: {
    temperature: { type: 'number', minimum: TEMPERATURE_RANGE.min, maximum: TEMPERATURE_RANGE.max },
    note: { type: 'string', maxLength: 500 },
    ...OFFLINE_PROPERTIES,
  },
  additionalProperties: false,
};
const END_BODY: RJSFSchema = {
  type: 'object',
  required: ['endsAt', 'reason'],
  properties: { endsAt: { type: 'string', format: 'date-time' }, reason: { type: 'string', minLength: 2, maxLength: 500 } },
  additionalProperties: false,
};
/** Routes under /api/gate. */
export function gateRoutes(deps: AppDeps): Router {
  const { db, temporal } = deps;
  const router = apiRouter();
  const now = deps.now ?? (() => new Date());
  /** Who a workflow's refusal is worded for. */
  const refusalReader = (req: Request) => ({ locale: req.locale, timeZone: deps.config.timeZone });

  /** The sites whose register `user` may open: a gate officer's own, a cadre's enterprises', everyone's. */
  const siteScope = async (user: SessionUser): Promise<GateSiteScope> =>
    user.role === 'gate' ? { projectId: user.projectId ?? 0 } : await visibleEnterprises(db, user);
  const siteOf = (p: GateSite) => ({ id: p.id, name: p.name, enterpriseName: p.enterpriseName });

  /** A quarantine the user may act on: gate officers at their own site only; HQ and admins anywhere. Only an active one
   * unless `ended` is allowed (a check-in queued offline is kept even after the quarantine ended). */
  async function loadQuarantine(req: Request, roles: readonly SessionUser['role'][], ended: 'ended-too' | 'active' = 'active') {
    const user = requireRole(req, roles);
    const row = await findQuarantine(db, String(req.params.id).toLowerCase());
    if (!row || (user.role === 'gate' && row.projectId !== user.projectId)) throw notFound(QUARANTINE);
    // A check-in or an end-date change acts on the gate check's case (MG-…): its log line names it, refused or not.
    await logCaseOf(db, req, row.workflowId);
    if (ended === 'active' && row.status !== 'active') throw over;
    return { user, row };
  }

  router.get('/api/gate/setup', async (req, res) => {
    const user = requireRole(req, ['gate']);
    const { form, params } = await gateForm(db);
    const project = await findGateSite(db, user.projectId ?? 0);
    res.json({
      // The queue limit rides with the setup, so an item made offline keeps the limit of the version it was made with.
      setup: { ...gateSetup(form, params), offlineQueueLimitHours: params.offlineQueueLimitHours ?? null },
      project: project ? siteOf(project) : null,
      // Whether the site's enterprise is cleared to resume (seed 003), so a check made offline tells the officer as the
      // online answer does; only the officer's own site's.
      enterpriseClearance: project ? await enterpriseClearanceStandingOfProject(db, project.id) : null,
      // When this was read: a phone offline shows its cached copy with this stamp (数据截至 …).
      asOf: now().toISOString(),
    });
  });

  const lookUp = accepts({
    summary: 'A worker this site keeps or has checked, by resident ID, with their standing at the site',
    pathParameters: {
      residentId: {
        type: 'string',
        pattern: '^[0-9]{17}[0-9Xx]$',
        description: '18-digit resident ID number with a valid check digit (a wrong one is answered 422)',
      },
    },
    answers: { 200: { description: 'The worker, the mobile as this officer may read it', schema: GATE_WORKER_ANSWER } },
  });
  router.get('/api/gate/workers/:residentId', lookUp, async (req, res) => {
    const user = requireRole(req, ['gate']);
    const residentId = String(req.params.residentId).toUpperCase();
    if (!isResidentId(residentId))
      throw new AppError(422, 'bad_resident_id', { 'zh-CN': '身份证号有误', en: 'Resident ID number is not valid' }, [
        {
          path: '/residentId',
          // Said as the gate form's own check says it (and as the page says it before asking).
          message: FORMAT_MESSAGES['resident-id']![req.locale ?? 'zh-CN'],
        },
      ]);
    // Only a worker this site knows: one it keeps the record of, or one with a standing here. Anyone else is a 404,
    // the same as a resident ID nobody has registered, so the look-up says nothing about other sites.
    const worker = await findWorker(db, residentId);
    const keeps = worker !== undefined && user.projectId !== null && worker.keptByProjectId === user.projectId;
    const standing = worker ? await findSiteStanding(db, user.projectId ?? 0, worker.id) : undefined;
    if (!worker || (!keeps && !standing)) throw notFound(WORKER);
    // The name and mobile are what this site took down at its own checks, never what another site recorded (a mobile
    // this site was never given, it asks for again), the mobile shown as the policy lets this officer read it; the
    // page does not copy a masked number into the form.
    const captured = workerAtSite(worker, standing, user.projectId ?? 0);
    const show = await gateMasker(db, readerOf(user, req.locale), user.projectId ?? 0, 'person');
    const mobile = captured.mobile ? (show('mobile', captured.mobile) as string) : null;
    // A worker in quarantine at this site is not checked at the gate again: the officer is told at once, with the end
    // the register shows this officer anyway. Only this site's quarantine, as the 404 above says nothing of others.
    const quarantine = standing?.quarantineId ? await findQuarantine(db, standing.quarantineId) : undefined;
    const quarantineEndsAt = quarantine?.status === 'active' && quarantine.projectId === user.projectId ? quarantine.endsAt : null;
    res.json({
      worker: { id: worker.id, name: captured.name, mobile, mobileMasked: mobile !== null && mobile !== captured.mobile },
      standing: standing ? { status: standing.status, zone: standing.zone, since: standing.updatedAt, quarantineEndsAt } : null,
    });
  });

  router.post('/api/gate/checks', accepts({ summary: 'Submit a gate check', body: CHECK_BODY }), async (req, res) => {
    const user = requireRole(req, ['gate']);
    const body = bodyOf<Omit<GateCheckBody, 'checkId'> & { checkId?: string; clientId?: string }>(req);
    const checkId = body.clientId ?? body.checkId;
    if (!checkId || (body.clientId && body.checkId && body.clientId.toLowerCase() !== body.checkId.toLowerCase()))
      throw new AppError(422, 'bad_check_id', { 'zh-CN': '缺少检查记录编号', en: 'The check needs one id' }, [
        { path: '/clientId', message: req.locale === 'en' ? 'send clientId (or checkId), once' : '请提供 clientId（或 checkId）' },
      ]);
    const { replayed, ...record } = await submitGateCheck(deps, req, user, { ...body, checkId });
    res.status(replayed ? 200 : 201).json({ check: { id: checkId.toLowerCase(), ...record }, replayed });
  });

  router.post(
    '/api/gate/quarantines/:id/check-ins',
    accepts({
      summary:
        'Record a quarantine check-in; with clientId (and deviceTime, formVersion) a check-in synced from a device queue: recorded once, kept as late after its slot closed, kept after the quarantine ended',
      body: CHECK_IN_BODY,
    }),
    async (req, res) => {
      const body = bodyOf<{ temperature: number; note?: string }>(req);
      const offline = offlineFieldsOf(body, req.locale);
      if (Array.isArray(offline)) throw invalidBody(offline);
      if (offline.clientId !== null) {
        const found = await loadQuarantine(req, ['gate'], 'ended-too');
        const item = { ...offline, clientId: offline.clientId };
        const reading = { temperature: body.temperature, note: body.note };
        const answer = await offlineQuarantineCheckIn(
          { db, temporal, now, timeZone: deps.config.timeZone },
          req,
          found.user,
          found.row,
          reading,
          item,
        );
        res.status(answer.status).json(answer.body);
        return;
      }
      const { user, row } = await loadQuarantine(req, ['gate']);
      const audited = {
        workflowId: row.workflowId,
        action: 'quarantine.check-in',
        target: { type: 'quarantine', id: row.id },
        summary: { temperature: body.temperature },
      };
      const receipt = await sendAudited(deps, req, audited, (updateId) =>
        sendUpdate(
          () =>
            temporal.workflow
              .getHandle(row.workflowId)
              .executeUpdate(checkInUpdate, { args: [{ temperature: body.temperature, note: body.note, by: user.id }], updateId }),
          refusalReader(req),
        ),
      );
      res.json({ checkIn: receipt });
    },
  );

  router.post('/api/gate/quarantines/:id/end', accepts({ summary: 'End a quarantine', body: END_BODY }), async (req, res) => {
    const { user, row } = await loadQuarantine(req, ['gate', 'hq', 'admin']);
    const body = bodyOf<{ endsAt: string; reason: string }>(req);
    const change = { action: 'quarantine.change-end', target: { type: 'quarantine', id: row.id }, workflowId: row.workflowId };
    const send = <T>(update: () => Promise<T>) => sendUpdate(update, refusalReader(req));
    const answer = await sendEndChange(deps, req, { ...change, endsBefore: row.endsAt, ...body, by: user.id }, send);
    res.json({ quarantine: { id: row.id, ...answer, previousEndsAt: row.endsAt } });
  });

  router.get(
    '/api/gate/projects',
    accepts({ summary: 'A page of the sites whose register the caller may open, by name', query: SITE_LIST_QUERY }),
    async (req, res) => {
      const user = requireRole(req, REGISTER_ROLES);
      const filter = queryOf<SiteListQuery>(req);
      const { rows, page } = await listGateSites(db, await siteScope(user), { q: filter.q }, pageQuery(filter));
      res.json({ projects: rows.map(siteOf), page });
    },
  );

  router.get(
    '/api/gate/register',
    accepts({ summary: "A site's register: its figures and a page of its workers", query: REGISTER_QUERY }),
    async (req, res) => {
      const user = requireRole(req, REGISTER_ROLES);
      const filter = queryOf<RegisterQuery>(req);
      const asked = filter.projectId ?? null;
      // The picker's first sites come along (a city has thousands: the rest are found by name through /api/gate/projects).
      const scope = await siteScope(user);
      const listed = await listGateSites(db, scope, {}, { limit: PICKER_SITES, offset: 0 });
      const projects = listed.rows.map(siteOf);
      // A site beyond the picker's first ones is looked up in the same scope.
      const beyond = async (id: number) => {
        const site = await findGateSite(db, id, scope);
        return site ? siteOf(site) : undefined;
      };
      const project = asked === null ? projects[0] : (projects.find((p) => p.id === asked) ?? (await beyond(asked)));
      if (asked !== null && !project) throw notFound(PROJECT);
      const show = project ? await gateMasker(db, readerOf(user, req.locale), project.id, 'list') : null;
      const register = project && show ? await siteRegister(db, project.id, now(), show) : null;
      const paged = register ? pageOfList(register.workers.filter(registerFilter(filter)), pageQuery(filter)) : null;
      res.json({
        projects,
        projectsTotal: listed.page.total,
        project: project ?? null,
        asOf: now().toISOString(),
        ...register,
        ...(paged && { workers: paged.rows, page: paged.page }),
      });
    },
  );

  // One worker of a site's register: where the site's gate officer reads the full resident ID and mobile (the list
  // keeps them masked); cadres, HQ and admins in scope see the same page masked.
  router.get('/api/gate/register/workers/:workerId', async (req, res) => {
    const user = requireRole(req, REGISTER_ROLES);
    const workerId = Number(req.params.workerId);
    const row = await registerWorker(db, isRecordId(workerId) ? workerId : 0, await siteScope(user));
    if (!row) throw notFound(WORKER);
    const show = await gateMasker(db, readerOf(user, req.locale), row.projectId, 'person');
    res.json({
      worker: {
        id: row.id,
        name: row.name,
        residentId: show('residentId', row.residentId),
        mobile: row.mobile ? show('mobile', row.mobile) : null,
        projectId: row.projectId,
        status: row.status,
        zone: row.zone,
        since: row.updatedAt,
      },
    });
  });

  return router;
}
