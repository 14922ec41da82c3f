// Reference data: the working groups, the difficulty category → working group map, and admin settings.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { notFound } from '../../../core/errors';
import { readSettings, writeSettings, type Settings } from '../../../core/org/settings';
import { requireRole, requireUser } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { validBody } from '../validate-body';

const CATEGORY = { 'zh-CN': '困难类别', en: 'Category' };

/** Routes under /api/working-groups, /api/difficulty-categories and /api/settings. */
export function referenceRoutes({ db }: AppDeps): Router {
  const router = apiRouter();

  router.get('/api/working-groups', async (req, res) => {
    requireUser(req);
    const rows = await db('working_groups').orderBy('id');
    res.json({ workingGroups: rows.map((row) => ({ id: Number(row.id), key: row.key, name: { 'zh-CN': row.name_zh, en: row.name_en } })) });
  });

  router.get('/api/difficulty-categories', async (req, res) => {
    requireUser(req);
    const rows = await db('difficulty_categories as c')
      .join('working_groups as g', 'g.id', 'c.working_group_id')
      .orderBy('c.sort')
      .select('c.*', 'g.key as group_key');
    res.json({
      categories: rows.map((row) => ({
        key: row.key,
        name: { 'zh-CN': row.name_zh, en: row.name_en },
        workingGroupId: Number(row.working_group_id),
        workingGroupKey: row.group_key,
      })),
    });
  });

  router.put('/api/difficulty-categories/:key', async (req, res) => {
    requireRole(req, ['admin']);
    const { workingGroupId } = validBody<{ workingGroupId: number }>(req, {
      type: 'object',
      required: ['workingGroupId'],
      properties: { workingGroupId: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    });
    const category = await db('difficulty_categories').where({ key: req.params.key }).first();
    if (!category) throw notFound(CATEGORY);
    if (!(await db('working_groups').where({ id: workingGroupId }).first('id'))) throw notFound({ 'zh-CN': '工作组', en: 'Working group' });
    await db.transaction(async (trx) => {
      await trx('difficulty_categories').where({ key: category.key }).update({ working_group_id: workingGroupId });
      await auditRequest(
        trx,
        req,
        'category.route',
        { type: 'difficulty_category', id: category.key },
        { before: { workingGroupId: category.working_group_id }, after: { workingGroupId } },
      );
    });
    res.json({ category: { key: category.key, workingGroupId } });
  });

  router.get('/api/settings', async (req, res) => {
    requireRole(req, ['admin']);
    res.json({ settings: await readSettings(db) });
  });

  router.put('/api/settings', async (req, res) => {
    requireRole(req, ['admin']);
    const body = validBody<Partial<Settings>>(req, {
      type: 'object',
      properties: { maxEnterprisesPerCadre: { type: 'integer', minimum: 1, maximum: 100 } },
      additionalProperties: false,
      minProperties: 1,
    });
    const before = await readSettings(db);
    await writeSettings(db, body);
    await auditRequest(
      db,
      req,
      'settings.update',
      { type: 'settings', id: 'global' },
      { before: Object.fromEntries(Object.keys(body).map((k) => [k, before[k as keyof Settings]])), after: body },
    );
    res.json({ settings: await readSettings(db) });
  });

  return router;
}
