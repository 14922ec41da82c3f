// What GET /api/gate/register takes: the project, filters on the workers (their standing, zone, an open check-in) and
// the page of them to answer. The figures and zones always count the whole site.
import type { RJSFSchema } from '@rjsf/utils';
import { SITE_ZONES } from '#core/domain/gate-rules';
import { PAGE_QUERY_PROPERTIES } from '../route-contract';
import { ID_QUERY } from '../query-formats';
import type { SiteStatus } from './site-register';

/** The register's query, checked by its contract. */
export interface RegisterQuery {
  projectId?: number;
  status?: SiteStatus;
  zone?: (typeof SITE_ZONES)[number];
  checkInOpen?: boolean;
  limit?: number;
  offset?: number;
}

/** The register's query schema. */
export const REGISTER_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    projectId: { ...ID_QUERY, title: "The project (the caller's first project when not given)" },
    status: { type: 'string', enum: ['admitted', 'quarantined', 'released', 'turned-back'], title: "The worker's standing" },
    zone: { type: 'string', enum: [...SITE_ZONES], title: 'The zone the worker is in' },
    checkInOpen: { type: 'boolean', title: 'Only workers in quarantine whose check-in is open now (true)' },
  },
  additionalProperties: false,
};

/** Whether a worker of the register passes the query's filters. */
export function registerFilter(query: RegisterQuery) {
  return (worker: { status: string; zone: string | null; quarantine: { openCheckIn: unknown } | null }): boolean =>
    (!query.status || worker.status === query.status) &&
    (!query.zone || worker.zone === query.zone) &&
    (query.checkInOpen === undefined || Boolean(worker.quarantine?.openCheckIn) === query.checkInOpen);
}

/** What GET /api/gate/projects takes: a name filter and the page of sites to answer. */
export interface SiteListQuery {
  q?: string;
  limit?: number;
  offset?: number;
}

/** The site list's query schema. */
export const SITE_LIST_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PAGE_QUERY_PROPERTIES,
    q: { type: 'string', minLength: 1, maxLength: 100, title: "Part of the project's or its enterprise's name" },
  },
  additionalProperties: false,
};

/** How many sites the register answers beside itself for its picker; more are found through GET /api/gate/projects. */
export const PICKER_SITES = 50;
