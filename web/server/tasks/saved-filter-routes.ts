// Each inbox user keeps named filter sets of their own.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { notFound } from '#core/errors';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { idParam } from '../validate-body';
import { accepts, bodyOf, queryOf } from '../route-contract';
import { pageQuery } from '../paging';
import { deleteSavedFilter, saveFilter, savedFilterPage } from '#core/stores/saved-filter-store';
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
      const { filters, page } = await savedFilterPage(db, user.id, pageQuery(queryOf(req)));
      res.json({ filters, page });
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
      const id = await saveFilter(db, user.id, body.name, body.query);
      res.status(201).json({ filter: { id, name: body.name, query: body.query } });
    },
  );

  router.delete('/api/saved-filters/:id', async (req, res) => {
    const user = requireRole(req, INBOX_ROLES);
    if (!(await deleteSavedFilter(db, user.id, idParam(req)))) throw notFound({ 'zh-CN': '筛选条件', en: 'Saved filter' });
    res.status(204).end();
  });

  return router;
}
