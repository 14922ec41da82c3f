// Each inbox user keeps named filter sets of their own.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { AppError, notFound } from '#core/errors';
import { requireRole } from '../access';
import type { AppDeps } from '../app-deps';
import { idParam } from '../validate-body';
import { accepts, bodyOf, queryOf } from '../route-contract';
import { auditRequest } from '../audit/audit-request';
import { pageQuery } from '../paging';
import { deleteSavedFilter, saveFilter, savedFilterCount, savedFilterPage } from '#core/stores/saved-filter-store';
import { PAGE_ONLY_QUERY } from '../query-formats';
import { TASKS_QUERY } from './tasks-query';

const INBOX_ROLES = ['cadre', 'special_class', 'hq', 'admin'] as const;

// A saved filter is the inbox's own query string, and each person keeps a list they can read at a glance: without
// these bounds one account could store any key and any number of filters, 256 KB at a time, until the disk filled.
/** The inbox query parameters a filter may hold (not its paging). */
const FILTER_KEYS = Object.keys(TASKS_QUERY.properties ?? {}).filter((key) => key !== 'limit' && key !== 'offset');
/** Filters one person may keep. */
export const MAX_SAVED_FILTERS = 50;

const tooManyFilters = new AppError(409, 'too_many_saved_filters', {
  'zh-CN': `最多保存 ${MAX_SAVED_FILTERS} 个筛选条件，请先删除不再使用的`,
  en: `You can keep at most ${MAX_SAVED_FILTERS} saved filters; delete one you no longer use first`,
});

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
          query: {
            type: 'object',
            properties: Object.fromEntries(FILTER_KEYS.map((key) => [key, { type: 'string', maxLength: 200 }])),
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      const user = requireRole(req, INBOX_ROLES);
      const body = bodyOf<{ name: string; query: Record<string, string> }>(req);
      const kept = await savedFilterCount(db, user.id, body.name);
      if (!kept.named && kept.count >= MAX_SAVED_FILTERS) throw tooManyFilters;
      const id = await saveFilter(db, user.id, body.name, body.query);
      await auditRequest(db, req, 'saved_filter.save', { type: 'saved_filter', id }, { name: body.name, query: body.query });
      res.status(201).json({ filter: { id, name: body.name, query: body.query } });
    },
  );

  router.delete('/api/saved-filters/:id', async (req, res) => {
    const user = requireRole(req, INBOX_ROLES);
    const id = idParam(req);
    const deleted = await deleteSavedFilter(db, user.id, id);
    if (!deleted) throw notFound({ 'zh-CN': '筛选条件', en: 'Saved filter' });
    await auditRequest(db, req, 'saved_filter.delete', { type: 'saved_filter', id }, { name: deleted.name });
    res.status(204).end();
  });

  return router;
}
