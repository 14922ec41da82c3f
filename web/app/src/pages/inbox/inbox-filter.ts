// The inbox's filter as data, and its two serialised forms: query parameters (saved filters, reload) and the API query.
import type { Role } from '#core/org/org-types';
import { zonedDayStart } from '../../format/server-time-zone';

/** Which inbox tab. */
export type InboxBox = 'mine' | 'groups' | 'done';
/** How the list is ordered. */
export type InboxSort = 'due' | 'priority';

/** Everything the inbox's filter bar can set; empty strings mean "any". */
export interface InboxFilter {
  box: InboxBox;
  enterpriseId: string;
  category: string;
  status: string;
  overdue: boolean;
  /** Only tasks of focus enterprises (重点企业). */
  focus: boolean;
  /** A local date (YYYY-MM-DD): tasks due on or before that day. */
  dueBefore: string;
  q: string;
  sort: InboxSort;
}

/** The filter of a fresh inbox. */
export const DEFAULT_FILTER: InboxFilter = Object.freeze({
  box: 'mine',
  enterpriseId: '',
  category: '',
  status: '',
  overdue: false,
  focus: false,
  dueBefore: '',
  q: '',
  sort: 'due',
});

/**
 * The tab an inbox opens on when its user has chosen none: where that user's work arrives. Working-group members
 * (special class, inspection bodies) and headquarters are offered their tasks as a group or a role, to claim; cadres and
 * the others are assigned theirs by name.
 */
export function defaultBox(role: Role): InboxBox {
  return role === 'special_class' || role === 'hq' ? 'groups' : 'mine';
}

const BOXES: readonly string[] = ['mine', 'groups', 'done'];
const STATUSES: readonly string[] = ['open', 'claimed', 'done', 'escalated', 'expired', 'cancelled'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  return (
    DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

/** The filter as query parameters, leaving out what equals the default (the tab is always kept). */
export function filterToParams(filter: InboxFilter): Record<string, string> {
  const params: Record<string, string> = { box: filter.box };
  if (filter.enterpriseId) params.enterpriseId = filter.enterpriseId;
  if (filter.category) params.category = filter.category;
  if (filter.status) params.status = filter.status;
  if (filter.overdue) params.overdue = '1';
  if (filter.focus) params.focus = '1';
  if (filter.dueBefore) params.dueBefore = filter.dueBefore;
  if (filter.q.trim()) params.q = filter.q.trim();
  if (filter.sort !== 'due') params.sort = filter.sort;
  return params;
}

/** A filter read back from query parameters; anything malformed falls back to the default (the tab to `fallbackBox`). */
export function filterFromParams(
  params: Readonly<Record<string, string | undefined>>,
  fallbackBox: InboxBox = DEFAULT_FILTER.box,
): InboxFilter {
  const pick = (name: string) => (typeof params[name] === 'string' ? params[name] : '');
  const box = pick('box');
  const status = pick('status');
  const enterpriseId = pick('enterpriseId');
  const dueBefore = pick('dueBefore');
  return {
    box: BOXES.includes(box) ? (box as InboxBox) : fallbackBox,
    enterpriseId: /^[1-9]\d{0,9}$/.test(enterpriseId) ? enterpriseId : '',
    category: pick('category').slice(0, 64),
    status: STATUSES.includes(status) ? status : '',
    overdue: pick('overdue') === '1',
    focus: pick('focus') === '1',
    dueBefore: validDate(dueBefore) ? dueBefore : '',
    q: pick('q').slice(0, 200),
    sort: pick('sort') === 'priority' ? 'priority' : 'due',
  };
}

/** Query parameters as a string without `?`. */
export function paramsToQueryString(params: Readonly<Record<string, string>>): string {
  return new URLSearchParams(params).toString();
}

/** A query string (with or without `?`) as parameters. */
export function queryStringToParams(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(query.replace(/^\?/, '')));
}

/** The start of the day after `date` in the server's zone, as an ISO instant. */
export function endOfLocalDay(date: string): string {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 24 * 3600_000).toISOString().slice(0, 10);
  return new Date(zonedDayStart(next)).toISOString();
}

/** The query string GET /api/tasks understands: the due date becomes an instant (due before the end of that day). */
export function filterToApiQuery(filter: InboxFilter): string {
  const params = filterToParams(filter);
  if (params.dueBefore) params.dueBefore = endOfLocalDay(params.dueBefore);
  return paramsToQueryString(params);
}

/** Whether a filter narrows the tab at all (for the empty state's wording and the "clear" button). */
export function isNarrowed(filter: InboxFilter): boolean {
  return Object.keys(filterToParams({ ...filter, sort: 'due' })).length > 1;
}
