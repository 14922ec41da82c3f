// Each inbox user keeps named filter sets of their own.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { fromJson, toJson } from '#core/db';
import { notFound } from '#core/errors';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { idParam } from '../validate-body';
import { accepts, bodyOf, queryOf } from '../route-contract';
import { pageOfQuery } from '#core/stores/page-of-query';
import { pageQuery } from '../paging';
import { PAGE_ONLY_QUERY } from '../query-formats';

const INBOX_ROLES = ['cadre', 'special_class', 'hq', 'admin'] as const;

/** Routes under /api/saved-filters. */
export function savedFilterRoutes({ db }: AppDeps): Router {
  const router = apiRouter();

  router.get(
    '/api/saved-filters',
    accepts({ summary: "The caller's saved inbox filters, by name", query: PAGE_ONLY_QUERY }),
    async (req, res) => {
      const user = requireRole(req, INBOX_ROLES);
      const { rows, page } = await pageOfQuery<Record<string, unknown>>(
        db,
        db('saved_filters').where({ user_id: user.id }).orderBy('name').orderBy('id'),
        pageQuery(queryOf(req)),
      );
      res.json({ filters: rows.map((row) => ({ id: Number(row.id), name: row.name, query: fromJson(row.query as string) })), page });
    },
  );

  router.post(
    '/api/saved-filters',
    accepts({
      summary: 'Save an inbox filter',
      body: {
        type: 'object',
        required: ['name', 'query'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 100 },
          query: { type: 'object', additionalProperties: { type: 'string', maxLength: 200 } },
        },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      const user = requireRole(req, INBOX_ROLES);
      const body = bodyOf<{ name: string; query: Record<string, string> }>(req);
      await db('saved_filters')
        .insert({ user_id: user.id, name: body.name, query: toJson(body.query) })
        .onConflict(['user_id', 'name'])
        .merge();
      const row = await db('saved_filters').where({ user_id: user.id, name: body.name }).first();
      res.status(201).json({ filter: { id: Number(row.id), name: row.name, query: body.query } });
    },
  );

  router.delete('/api/saved-filters/:id', async (req, res) => {
    const user = requireRole(req, INBOX_ROLES);
    if (
      !(await db('saved_filters')
        .where({ id: idParam(req), user_id: user.id })
        .delete())
    )
      throw notFound({ 'zh-CN': '筛选条件', en: 'Saved filter' });
    res.status(204).end();
  });

  return router;
}
