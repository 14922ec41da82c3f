// Daily reporting and campaigns: the compliance grid, stored bulletins, and an admin opening a one-off campaign (P1)
// with its deadline. Daily rounds (P3) are opened by their Temporal Schedule, not through here.
import { randomUUID } from 'node:crypto';
import type { RJSFSchema } from '@rjsf/utils';
import { Router } from 'express';
import { publicId } from '#core/domain/public-id';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '#core/errors';
import { atLocalTime } from '#core/domain/collection-plan';
import { isCalendarDate } from '#core/domain/zoned-time';
import { addDays, localDate } from '#core/domain/working-calendar';
import type { Role } from '#core/org/org-types';
import { activeUsersInRoles } from '#core/stores/user-store';
import { roundPage } from '#core/stores/collections/round-list-store';
import { requireRole, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { accepts, bodyOf, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';
import { pageQuery } from '../paging';
import { backwardsPeriod, DATE_QUERY, ID_QUERY } from '../query-formats';
import { readerOf } from '#core/privacy/reader-of';
import { findBulletin, listBulletins } from '#core/stores/collections/bulletin-store';
import { collectionForms, complianceGrid } from '#core/stores/collections/compliance-grid';

const GRID_READERS: Role[] = ['admin', 'hq', 'special_class', 'cadre', 'enterprise'];
const BULLETIN_READERS: Role[] = ['admin', 'hq', 'special_class', 'cadre', 'enterprise'];
const BULLETIN = { 'zh-CN': '通报', en: 'Bulletin' };
const FORM = { 'zh-CN': '征集表单', en: 'Collection form' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 62;

const COMPLIANCE_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    formKey: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,62}$', title: 'The collection form (the daily report when left out)' },
    from: { ...DATE_QUERY, title: 'First local date (six days before `to` when left out)' },
    to: { ...DATE_QUERY, title: 'Last local date (today when left out)' },
    cadreId: { ...ID_QUERY, title: "Only this cadre's enterprises" },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};
const BULLETINS_QUERY: RJSFSchema = {
  type: 'object',
  properties: { formKey: { type: 'string', maxLength: 64, title: 'Only bulletins of this form' }, ...PAGE_QUERY_PROPERTIES },
  additionalProperties: false,
};
const ROUNDS_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    formKey: { type: 'string', maxLength: 64, title: 'Only rounds of this form' },
    status: { type: 'string', maxLength: 16, title: "Only rounds in this status (the round's own word: open, closed)" },
    ...PAGE_QUERY_PROPERTIES,
  },
  additionalProperties: false,
};

/** A form key that names no published collection form: refused, not answered with another form's grid. */
function unknownForm(key: string): AppError {
  return new AppError(404, 'unknown_form', {
    'zh-CN': `没有名为“${key}”的在用征集表单（可能已停用或不是征集表单）`,
    en: `No collection form "${key}" is in use (it may have been retired, or it is not a collection form)`,
  });
}

/** Routes under /api/collections. */
export function collectionRoutes(deps: AppDeps): Router {
  const router = apiRouter();
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());

  router.get(
    '/api/collections/compliance',
    accepts({
      summary: 'The compliance grid: a page of enterprises × the days (or campaigns) of one collection form, within the caller’s scope',
      query: COMPLIANCE_QUERY,
    }),
    async (req, res) => {
      const user = requireRole(req, GRID_READERS);
      const query = queryOf<{ formKey?: string; from?: string; to?: string; cadreId?: number; limit?: number; offset?: number }>(req);
      const paging = pageQuery(query);
      const today = localDate(now().toISOString(), config.timeZone);
      const to = query.to ?? today;
      let from = query.from ?? addDays(to, -6);
      if (from > to) throw backwardsPeriod(req.locale, from);
      if (from < addDays(to, -(MAX_DAYS - 1))) from = addDays(to, -(MAX_DAYS - 1));
      const grid = await complianceGrid(db, {
        formKey: query.formKey ?? null,
        from,
        to,
        cadreId: query.cadreId ?? null,
        scope: await visibleEnterprises(db, user),
        ...paging,
      });
      if (!grid) throw unknownForm(query.formKey!);
      const cadres =
        user.role === 'cadre' || user.role === 'enterprise'
          ? []
          : (await activeUsersInRoles(db, ['cadre'])).map((cadre) => ({ id: cadre.id, name: cadre.displayName }));
      res.json({ ...grid, cadres, page: { ...paging, total: grid.totalEnterprises } });
    },
  );

  // Any of these roles may ask; each bulletin is shown only to the readers its round's params name (404 otherwise).
  router.get(
    '/api/collections/bulletins',
    accepts({ summary: 'The bulletins of collection rounds the caller may read, newest first', query: BULLETINS_QUERY }),
    async (req, res) => {
      const user = requireRole(req, BULLETIN_READERS);
      const query = queryOf<{ formKey?: string; limit?: number; offset?: number }>(req);
      const paging = pageQuery(query);
      const { bulletins, total } = await listBulletins(db, user, req.locale, { formKey: query.formKey, ...paging });
      res.json({ bulletins, page: { ...paging, total } });
    },
  );

  router.get(
    '/api/collections/bulletins/:formKey/:date',
    accepts({ summary: "One form's bulletin of a local date (YYYY-MM-DD; the newest, when campaigns of that form closed twice that day)" }),
    async (req, res) => {
      const user = requireRole(req, BULLETIN_READERS);
      const date = String(req.params.date);
      if (!DATE.test(date)) throw notFound(BULLETIN);
      const bulletin = await findBulletin(db, user, { formKey: String(req.params.formKey), date }, readerOf(user, req.locale));
      if (!bulletin) throw notFound(BULLETIN);
      res.json({ bulletin });
    },
  );

  router.get(
    '/api/collections/rounds',
    accepts({ summary: 'Collection rounds, newest first, with how many of the enterprises asked have reported', query: ROUNDS_QUERY }),
    async (req, res) => {
      requireRole(req, ['admin', 'hq']);
      const query = queryOf<{ formKey?: string; status?: string; limit?: number; offset?: number }>(req);
      const { rounds, page } = await roundPage(db, { formKey: query.formKey, status: query.status }, pageQuery(query));
      res.json({
        forms: await collectionForms(db),
        rounds: rounds.map((round) => ({
          id: publicId(round.id),
          roundKey: round.id,
          formKey: round.formKey,
          recurrence: round.recurrence,
          date: round.localDate,
          deadlineAt: round.deadlineAt,
          status: round.status,
          expected: round.expected,
          reported: round.reported,
          liaisonList: round.liaisonList,
        })),
        page,
      });
    },
  );

  router.post(
    '/api/collections/campaigns',
    accepts({
      summary: 'Start a collection campaign',
      body: {
        type: 'object',
        required: ['formKey', 'deadline'],
        properties: {
          formKey: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,62}$' },
          deadline: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d$' },
        },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      requireRole(req, ['admin']);
      const body = bodyOf<{ formKey: string; deadline: string }>(req);
      const form = (await collectionForms(db)).find((f) => f.key === body.formKey && f.recurrence === 'once');
      if (!form) throw notFound(FORM);
      const [date, time] = body.deadline.split('T') as [string, string];
      // The pattern lets 2027-02-31 (which would open a round due on 3 March) and 2027-13-45 (a 500) through.
      if (!isCalendarDate(date))
        throw new AppError(422, 'invalid_body', { 'zh-CN': '提交的内容有误，请按提示修改', en: 'Some fields need attention' }, [
          { path: '/deadline', message: req.locale === 'en' ? 'no such date on the calendar' : '日历上没有这一天' },
        ]);
      const deadlineMs = atLocalTime(date, time, config.timeZone);
      if (deadlineMs <= now().getTime()) {
        throw new AppError(422, 'deadline_passed', { 'zh-CN': '截止时间应晚于现在', en: 'The deadline must be in the future' }, [
          { path: '/deadline', message: req.locale === 'en' ? 'must be in the future' : '应晚于现在' },
        ]);
      }
      const roundId = `${form.key}/campaign-${date}-${randomUUID().slice(0, 8)}`;
      const deadline = new Date(deadlineMs).toISOString();
      const workflowId = `collection-round-${roundId}`;
      // The round is a workflow of its own (no case number): the request's log line names it, as a submission's does.
      req.logContext = { workflowId };
      await deps.temporal.workflow.start('collectionRoundWorkflow', {
        workflowId,
        taskQueue: config.temporal.taskQueue,
        args: [{ formKey: form.key, campaign: { roundId, deadline, openedBy: req.user!.id } }],
      });
      await auditRequest(db, req, 'collection.campaign.open', { type: 'collection_round', id: roundId }, { formKey: form.key, deadline });
      res.status(202).json({ round: { id: publicId(roundId), roundKey: roundId, formKey: form.key, deadlineAt: deadline } });
    },
  );

  return router;
}
