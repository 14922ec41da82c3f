// The enterprises a nominator may name on a form (a commendation's nominee, an article's enterprise), by name: what the
// credit-code picker of a form offers. The scope is the one the submission's check uses (subject-enterprise.ts:
// the caller's visible enterprises), and each enterprise shows its name and credit code only — no contacts, no cadre.
import type { RJSFSchema } from '@rjsf/utils';
import type { Router } from 'express';
import type { Role } from '#core/org/org-types';
import { enterpriseNamePage } from '#core/stores/org/enterprise-store';
import { requireRole, visibleEnterprises } from '../access';
import { apiRouter } from '../api-router';
import type { AppDeps } from '../app-deps';
import { pageQuery } from '../paging';
import { accepts, PAGE_QUERY_PROPERTIES, queryOf } from '../route-contract';

/** The roles that name an enterprise on a form instead of filing for their own: an enterprise never needs the list. */
export const NOMINATING_ROLES: readonly Role[] = ['cadre', 'special_class', 'hq', 'admin'];

const NAMES_QUERY: RJSFSchema = {
  type: 'object',
  properties: { q: { type: 'string', maxLength: 100, title: 'Part of the name' }, ...PAGE_QUERY_PROPERTIES },
  additionalProperties: false,
};

/** GET /api/enterprise-names. */
export function enterpriseNameRoutes({ db }: AppDeps): Router {
  const router = apiRouter();
  router.get(
    '/api/enterprise-names',
    accepts({ summary: 'The names and credit codes of the enterprises the caller may name on a form, by name', query: NAMES_QUERY }),
    async (req, res) => {
      const user = requireRole(req, NOMINATING_ROLES);
      const filter = queryOf<{ q?: string; limit?: number; offset?: number }>(req);
      const { rows, page } = await enterpriseNamePage(db, await visibleEnterprises(db, user), filter.q?.trim(), pageQuery(filter));
      res.json({ enterprises: rows, page });
    },
  );
  return router;
}
