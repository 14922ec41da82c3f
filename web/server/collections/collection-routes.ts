// Daily reporting and campaigns: the compliance grid, stored bulletins, and an admin opening a one-off campaign (P1)
// with its deadline. Daily rounds (P3) are opened by their Temporal Schedule, not through here.
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '../../../core/errors';
import { atLocalTime } from '../../../core/domain/collection-plan';
import { addDays, localDate } from '../../../core/domain/working-calendar';
import type { Role } from '../../../core/org/org-types';
import { requireRole, visibleEnterprises } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { accepts, bodyOf } from '../route-contract';
import { readerOf } from '../../../core/privacy/reader-of';
import { findBulletin, listBulletins } from './bulletin-store';
import { collectionForms, complianceGrid } from './compliance-grid';

const GRID_READERS: Role[] = ['admin', 'hq', 'special_class', 'cadre', 'enterprise'];
const BULLETIN_READERS: Role[] = ['admin', 'hq', 'special_class', 'cadre', 'enterprise'];
const BULLETIN = { 'zh-CN': '通报', en: 'Bulletin' };
const FORM = { 'zh-CN': '征集表单', en: 'Collection form' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 62;

function dateQuery(value: unknown, fallback: string): string {
  const text = String(value ?? '');
  return DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? text : fallback;
}

/** Routes under /api/collections. */
export function collectionRoutes(deps: AppDeps): Router {
  const router = apiRouter();
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());

  router.get('/api/collections/compliance', async (req, res) => {
    const user = requireRole(req, GRID_READERS);
    const today = localDate(now().toISOString(), config.timeZone);
    const to = dateQuery(req.query.to, today);
    let from = dateQuery(req.query.from, addDays(to, -6));
    if (from > to)
      throw new AppError(
        422,
        'invalid_range',
        { 'zh-CN': '开始日期不能晚于结束日期', en: 'The start date must not be after the end date' },
        [{ path: '/from', message: from }],
      );
    if (from < addDays(to, -(MAX_DAYS - 1))) from = addDays(to, -(MAX_DAYS - 1));
    const cadreId = /^\d{1,12}$/.test(String(req.query.cadreId ?? '')) ? Number(req.query.cadreId) : null;
    const page = /^\d{1,6}$/.test(String(req.query.page ?? '')) ? Number(req.query.page) : 0;
    const grid = await complianceGrid(db, {
      formKey: typeof req.query.formKey === 'string' ? req.query.formKey : null,
      from,
      to,
      cadreId,
      scope: await visibleEnterprises(db, user),
      limit: 200,
      offset: page * 200,
    });
    const cadres =
      user.role === 'cadre' || user.role === 'enterprise'
        ? []
        : await db('users').where({ role: 'cadre', active: true }).orderBy('display_name').select('id', 'display_name as name');
    res.json({ ...grid, cadres, page, pageSize: 200 });
  });

  // Any of these roles may ask; each bulletin is shown only to the readers its round's params name (404 otherwise).
  router.get('/api/collections/bulletins', async (req, res) => {
    const user = requireRole(req, BULLETIN_READERS);
    res.json({ bulletins: await listBulletins(db, user, req.locale) });
  });

  router.get('/api/collections/bulletins/:formKey/:round', async (req, res) => {
    const user = requireRole(req, BULLETIN_READERS);
    const bulletin = await findBulletin(db, user, `${req.params.formKey}/${req.params.round}`, readerOf(user, req.locale));
    if (!bulletin) throw notFound(BULLETIN);
    res.json({ bulletin });
  });

  router.get('/api/collections/rounds', async (req, res) => {
    requireRole(req, ['admin', 'hq']);
    const rows = await db('collection_rounds as k')
      .leftJoin('collection_reports as r', 'r.round_id', 'k.id')
      .groupBy('k.id', 'k.form_key', 'k.recurrence', 'k.local_date', 'k.deadline_at', 'k.status', 'k.opens_at', 'k.expected_count')
      .orderBy('k.opens_at', 'desc')
      .limit(50)
      .select(
        'k.id',
        'k.form_key',
        'k.recurrence',
        'k.local_date',
        'k.deadline_at',
        'k.status',
        'k.expected_count',
        db.raw('sum(case when r.submission_id is not null then 1 else 0 end) as reported'),
      );
    res.json({
      forms: await collectionForms(db),
      rounds: rows.map((row) => ({
        id: row.id,
        formKey: row.form_key,
        recurrence: row.recurrence,
        date: row.local_date,
        deadlineAt: row.deadline_at,
        status: row.status,
        expected: Number(row.expected_count),
        reported: Number(row.reported ?? 0),
      })),
    });
  });

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
      const deadlineMs = atLocalTime(date, time, config.timeZone);
      if (deadlineMs <= now().getTime()) {
        throw new AppError(422, 'deadline_passed', { 'zh-CN': '截止时间应晚于现在', en: 'The deadline must be in the future' }, [
          { path: '/deadline', message: req.locale === 'en' ? 'must be in the future' : '应晚于现在' },
        ]);
      }
      const roundId = `${form.key}/campaign-${date}-${randomUUID().slice(0, 8)}`;
      const deadline = new Date(deadlineMs).toISOString();
      await deps.temporal.workflow.start('collectionRoundWorkflow', {
        workflowId: `collection-round-${roundId}`,
        taskQueue: config.temporal.taskQueue,
        args: [{ formKey: form.key, campaign: { roundId, deadline, openedBy: req.user!.id } }],
      });
      await auditRequest(db, req, 'collection.campaign.open', { type: 'collection_round', id: roundId }, { formKey: form.key, deadline });
      res.status(202).json({ round: { id: roundId, formKey: form.key, deadlineAt: deadline } });
    },
  );

  return router;
}
