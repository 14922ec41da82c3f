// The dedicated telephone line (000 §III.3): the special class (and HQ) log each call — caller, enterprise, problem,
// category — and turn a call into a difficulty report on the enterprise's behalf in one click. The report is marked
// as taken by phone, climbs the same ladder from the enterprise's cadre, and its emails go to the enterprise's
// liaison. Only those who answer the line read the log — the service working groups and HQ, not the inspection bodies
// (who are working groups too, but inspect sites and take no calls); the caller's mobile is shown masked to admins.
import { randomUUID } from 'node:crypto';
import type { RJSFSchema } from '@rjsf/utils';
import type { MessageOverrides } from '#forms/localize-validation-errors';
import { VISIBLE_TEXT_PATTERN } from '#forms/validation-messages';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { recordAudit } from '#core/stores/audit-store';
import { FIELD_NAMES } from '#core/domain/glossary';
import { AppError, notFound } from '#core/errors';
import { maskMobile } from '#core/privacy/mask';
import { requireServiceRole } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { DIFFICULTY_FORM } from '#core/stores/dashboard/figures/difficulty-rows';
import type { SessionUser } from '../request-context';
import { submitForm } from '../submissions/submission-service';
import { idParam } from '../validate-body';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf, withEnglishTitles } from '../route-contract';
import { pageQuery } from '../paging';
import { ID_QUERY, RECORD_ID } from '../query-formats';
import {
  difficultyCategoryExists,
  findHotlineCall,
  insertHotlineCall,
  listHotlineCalls,
  reportingEnterprise,
  reserveReportId,
  type HotlineCall,
  type NewHotlineCall,
} from '#core/stores/hotline-store';
import { enterpriseExists } from '#core/stores/org/enterprise-store';

/** Who answers the line and may file what a caller reports (of the working groups, the service groups only). */
export const HOTLINE_TAKERS = ['special_class', 'hq'] as const;
const READERS = [...HOTLINE_TAKERS, 'admin'] as const;

const CALL = { 'zh-CN': '来电记录', en: 'Call' };
// The page sends a field left empty as '', which fails minLength rather than required: AJV's "at least 7 characters"
// read as if something had been typed. Each says what to fill in, and the category is chosen, not typed.
const SHORT_NUMBER = { 'zh-CN': '请填写来电号码，至少 7 位', en: 'Enter the caller’s number, at least 7 digits' };
const CATEGORY = FIELD_NAMES.category;
const CHOOSE_CATEGORY = { 'zh-CN': `请选择「${CATEGORY['zh-CN']}」`, en: `Choose “${CATEGORY.en}”` };
const SHORT_PROBLEM = { 'zh-CN': '请填写反映的问题，至少 5 个字', en: 'Describe the problem, in at least 5 characters' };
/** `field` with its own validation messages (forms/localize-validation-errors.ts reads `x-messages`). */
const withMessages = (field: RJSFSchema, messages: MessageOverrides): RJSFSchema => Object.assign({}, field, { 'x-messages': messages });
const CALL_SCHEMA: RJSFSchema = withEnglishTitles(
  {
    type: 'object',
    required: ['callerName', 'callerMobile', 'enterpriseId', 'category', 'problem'],
    properties: {
      callerName: { type: 'string', title: '来电人', minLength: 1, maxLength: 50, pattern: VISIBLE_TEXT_PATTERN },
      callerMobile: withMessages(
        // `*`, not `+`: an empty number is minLength's to report, once.
        { type: 'string', title: '来电号码', minLength: 7, maxLength: 20, pattern: '^[0-9+\\-]*$' },
        { minLength: SHORT_NUMBER, pattern: { 'zh-CN': '来电号码只能填写数字、+ 和 -', en: 'Use digits, + and - only' } },
      ),
      enterpriseId: { ...RECORD_ID, title: '所涉企业' },
      category: withMessages(
        { type: 'string', title: CATEGORY['zh-CN'], minLength: 1, maxLength: 64 },
        { required: CHOOSE_CATEGORY, minLength: CHOOSE_CATEGORY },
      ),
      problem: withMessages(
        { type: 'string', title: '反映的问题', minLength: 5, maxLength: 2000, pattern: VISIBLE_TEXT_PATTERN },
        { minLength: SHORT_PROBLEM, pattern: SHORT_PROBLEM },
      ),
      receivedAt: { type: 'string', title: '来电时间', format: 'date-time' },
    },
    additionalProperties: false,
  },
  {
    '/callerName': 'Caller',
    '/callerMobile': 'Caller’s number',
    '/enterpriseId': 'Enterprise concerned',
    '/category': CATEGORY.en,
    '/problem': 'Problem reported',
    '/receivedAt': 'Time of the call',
  },
);

/** The earliest call the log takes. */
const EARLIEST_CALL = '2020-01-01T00:00:00.000Z';

const invalid = (path: string, message: { 'zh-CN': string; en: string }, locale: 'zh-CN' | 'en') =>
  new AppError(422, 'invalid_body', { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' }, [
    { path, message: message[locale] },
  ]);

const HOTLINE_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    enterpriseId: { ...ID_QUERY, title: 'Only calls about this enterprise' },
    category: { type: 'string', maxLength: 64, title: 'Only calls of this difficulty category' },
    filed: { type: 'boolean', title: 'Only calls filed as a difficulty report (1), or not yet (0)' },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};

/** Routes under /api/hotline. */
export function hotlineRoutes(deps: AppDeps): Router {
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());
  const router = apiRouter();
  // Those who call back see the number; an administrator reading the log sees it masked.
  const shown = (call: HotlineCall, user: SessionUser): HotlineCall =>
    user.role === 'admin' ? { ...call, callerMobile: maskMobile(call.callerMobile) } : call;

  router.get(
    '/api/hotline',
    accepts({
      summary: 'Hotline calls, newest first, by enterprise, category and whether a difficulty report was filed',
      query: HOTLINE_QUERY,
    }),
    async (req, res) => {
      const user = requireServiceRole(req, READERS);
      const filter = queryOf<{ enterpriseId?: number; category?: string; filed?: boolean; limit?: number; offset?: number }>(req);
      const paging = pageQuery(filter);
      const { calls, total } = await listHotlineCalls(db, { ...filter, ...paging });
      res.json({ calls: calls.map((call) => shown(call, user)), page: { ...paging, total } });
    },
  );

  router.post('/api/hotline', accepts({ summary: 'Record a hotline call', body: CALL_SCHEMA }), async (req, res) => {
    const user = requireServiceRole(req, HOTLINE_TAKERS);
    const body = bodyOf<Omit<NewHotlineCall, 'receivedAt'> & { receivedAt?: string }>(req);
    if (!(await enterpriseExists(db, body.enterpriseId)))
      throw invalid('/enterpriseId', { 'zh-CN': '没有这家企业', en: 'No such enterprise' }, req.locale);
    if (!(await difficultyCategoryExists(db, body.category)))
      throw invalid('/category', { 'zh-CN': '没有这个问题类别', en: 'No such category' }, req.locale);
    const at = now().toISOString();
    const receivedAt = body.receivedAt ? new Date(body.receivedAt).toISOString() : at;
    if (receivedAt > at)
      throw invalid('/receivedAt', { 'zh-CN': '来电时间不能晚于现在', en: 'The call cannot be in the future' }, req.locale);
    // The line was set up for the return to work in 2020: a call from year 0001 is a typing slip, not a record.
    if (receivedAt < EARLIEST_CALL)
      throw invalid('/receivedAt', { 'zh-CN': '来电时间不能早于 2020 年', en: 'The call cannot be before 2020' }, req.locale);
    const id = await db.transaction(async (trx) => {
      const newId = await insertHotlineCall(trx, user.id, { ...body, callerName: body.callerName.trim(), receivedAt }, at);
      await auditRequest(
        trx,
        req,
        'hotline.record',
        { type: 'hotline_call', id: newId },
        { enterpriseId: body.enterpriseId, category: body.category },
      );
      return newId;
    });
    res.status(201).json({ call: await findHotlineCall(db, id) });
  });

  router.post('/api/hotline/:id/difficulty', async (req, res) => {
    const user = requireServiceRole(req, HOTLINE_TAKERS);
    const call = await findHotlineCall(db, idParam(req));
    if (!call) throw notFound(CALL);
    const { submissionId } = await reserveReportId(db, call.id, randomUUID());
    // A call names an existing enterprise (checked when it was recorded; enterprises are never deleted).
    const enterprise = (await reportingEnterprise(db, call.enterpriseId))!;
    // Filed as the enterprise's own report; its receipt and progress emails reach the enterprise's liaison.
    const onBehalf: SessionUser = {
      ...user,
      role: 'enterprise',
      enterpriseId: call.enterpriseId,
      enterpriseName: enterprise.name,
      displayName: enterprise.liaisonName ?? enterprise.name,
      email: enterprise.liaisonEmail ?? enterprise.staffEmail,
    };
    const prefix = req.locale === 'en' ? '[By phone] ' : '【电话反映】';
    const { submission, created } = await submitForm(
      { db, temporal: deps.temporal, config, now },
      {
        user: onBehalf,
        formKey: DIFFICULTY_FORM,
        submissionId,
        data: { category: call.category, summary: `${prefix}${call.problem}`.slice(0, 2000), urgent: false },
        locale: req.locale,
        requestId: req.requestId,
      },
    );
    req.logContext = { workflowId: submission.workflowId, caseNumber: submission.caseNumber };
    if (created)
      await recordAudit(db, {
        actorId: user.id,
        actorRole: user.role,
        action: 'hotline.filed',
        targetType: 'hotline_call',
        targetId: String(call.id),
        summary: { submissionId, enterpriseId: call.enterpriseId },
        requestId: req.requestId,
      });
    res.status(created ? 201 : 200).json({ submissionId, created, call: shown((await findHotlineCall(db, call.id))!, user) });
  });

  return router;
}
