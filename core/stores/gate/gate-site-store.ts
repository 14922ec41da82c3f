// The project sites as the gate pages see them: each site with its enterprise's name, found one by one or listed a page
// at a time by name, always within the sites the caller may open (a gate officer's own, a cadre's enterprises', all).
import type { Page } from '../../api/paging-types';
import type { Db, Knex } from '../db-types';
import { pageOfQuery, type PageQuery } from '../page-of-query';
import { whereContains } from '../like-pattern';

/** A site with its enterprise. */
export interface GateSite {
  id: number;
  name: string;
  enterpriseId: number;
  enterpriseName: string;
}

/** The sites a caller may open: one site (a gate officer's), or the sites of these enterprises (or of all). */
export type GateSiteScope = { projectId: number } | 'all' | number[];

function siteQuery(db: Db, scope: GateSiteScope): Knex.QueryBuilder {
  const query = db('projects as p')
    .join('enterprises as e', 'e.id', 'p.enterprise_id')
    .orderBy('p.id')
    .select('p.id', 'p.name', 'p.enterprise_id', 'e.name as enterprise_name');
  if (Array.isArray(scope)) query.whereIn('p.enterprise_id', scope);
  else if (scope !== 'all') query.where('p.id', scope.projectId);
  return query;
}

function toSite(row: Record<string, unknown>): GateSite {
  return {
    id: Number(row.id),
    name: String(row.name),
    enterpriseId: Number(row.enterprise_id),
    enterpriseName: String(row.enterprise_name),
  };
}

/** Site `id` if it is in scope, or undefined. */
export async function findGateSite(db: Db, id: number, scope: GateSiteScope = 'all'): Promise<GateSite | undefined> {
  const row: Record<string, unknown> | undefined = await siteQuery(db, scope).where('p.id', id).first();
  return row ? toSite(row) : undefined;
}

/** One page of the sites in scope, by id; with `q`, only those whose name or enterprise's name contains it. */
export async function listGateSites(
  db: Db,
  scope: GateSiteScope,
  filter: { q?: string },
  paging: PageQuery,
): Promise<{ rows: GateSite[]; page: Page }> {
  const query = siteQuery(db, scope);
  if (filter.q) {
    const text = filter.q;
    query.where((w) => {
      whereContains(w, 'p.name', text).orWhere((o) => {
        whereContains(o, 'e.name', text);
      });
    });
  }
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return { rows: rows.map(toSite), page };
}
