// The dashboard API: figures within the caller's scope (HQ city-wide, a cadre its enterprises, an enterprise itself),
// and the same figures as XLSX (every table) or CSV (one table).
import { Router, type Request } from 'express';
import { apiRouter } from '../api-router';
import type { Locale } from '#core/domain/locale';
import { taskSubmissionIds } from '#core/stores/submissions/submission-scope';
import { requireRole, visibleEnterprises, visibleSubmissions } from '../access';
import type { AppDeps } from '../app-deps';
import { dashboardFigures, groupKeys, noSuchKey } from './dashboard-figures';
import { FIGURE_GROUPS } from './figure-providers';
import { dashboardWorkbook, tableCsv } from './export-workbook';
import type { RecordFilter } from '#core/dashboard/figure-group';
import { figureRange } from './figure-range';
import { focusScope } from '#core/stores/dashboard/focus-scope';
import { localizeGroup, type LocalFigureGroup } from './localize-group';
import { accepts, invalidBody, queryOf } from '../route-contract';
import { expectedOneOf } from '../query-words';
import { DASHBOARD_QUERY, TABLE_CSV_QUERY, WORKBOOK_QUERY, type DashboardQuery } from './dashboard-query';

/** Who has a dashboard: everyone but gate officers, each within their scope. */
export const DASHBOARD_ROLES = ['admin', 'hq', 'special_class', 'cadre', 'enterprise'] as const;
/** Records a list shows on screen; the exports carry up to EXPORT_ROWS. */
export const SCREEN_ROWS = 200;
const EXPORT_ROWS = 100_000;

/** Routes under /api/dashboard. */
export function dashboardRoutes({ db, config, now = () => new Date() }: AppDeps): Router {
  const router = apiRouter();

  /** The figures the query asks for; `groupsIn` names the parameter listing the groups (`groups` on screen, `group` in an export). */
  async function figures(req: Request, rowLimit: number, groupsIn: 'groups' | 'group') {
    const user = requireRole(req, DASHBOARD_ROLES);
    const asked = queryOf<DashboardQuery>(req);
    const focus = asked.focus === true;
    const scope = await focusScope(db, await visibleEnterprises(db, user), focus);
    const range = figureRange({ from: asked.from, to: asked.to }, now(), config.timeZone, rowLimit, req.locale);
    // Working-group members see the city's figures, but only the records of their own tasks.
    const records: RecordFilter | undefined =
      (await visibleSubmissions(db, user)).kind === 'tasks'
        ? (query, column) => query.whereIn(column, taskSubmissionIds(db, user))
        : undefined;
    const found = await dashboardFigures(db, scope, range, groupKeys(asked[groupsIn], groupsIn, req.locale), records);
    return { range, scope, focus, groups: found.map((group) => localizeGroup(group, req.locale)) };
  }

  const screen = accepts({ summary: "The figures within the caller's scope for a period, by group", query: DASHBOARD_QUERY });
  router.get('/api/dashboard', screen, async (req, res) => {
    const { range, scope, focus, groups } = await figures(req, SCREEN_ROWS, 'groups');
    res.json({
      range: { from: range.from, to: range.to },
      scope: scope === 'all' ? { all: true, enterprises: null, focus } : { all: false, enterprises: scope.length, focus },
      groups,
    });
  });

  const workbook = accepts({ summary: 'The figures as an XLSX workbook: the totals, then one sheet per table', query: WORKBOOK_QUERY });
  router.get('/api/dashboard/export.xlsx', workbook, async (req, res) => {
    const { range, groups } = await figures(req, EXPORT_ROWS, 'group');
    const chosen = onlyTable(groups, queryOf<DashboardQuery>(req).table, req.locale);
    const bytes = await dashboardWorkbook(chosen, range, req.locale, config.publicUrl);
    res
      .attachment(`dashboard-${range.from}-${range.to}.xlsx`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(bytes);
  });

  const csv = accepts({
    summary: 'One table of figures as CSV (UTF-8 with a BOM), with a link back to each record',
    query: TABLE_CSV_QUERY,
  });
  router.get('/api/dashboard/export.csv', csv, async (req, res) => {
    // Who is asking before what: an anonymous caller meets 401 whatever its query says.
    requireRole(req, DASHBOARD_ROLES);
    const { group, table: tableKey } = queryOf<DashboardQuery>(req);
    const everyGroup = FIGURE_GROUPS.map((one) => one.key);
    if (!group) throw invalidBody([{ path: '?group', message: required(everyGroup, req.locale) }]);
    const { range, groups } = await figures(req, EXPORT_ROWS, 'group');
    if (!tableKey) throw invalidBody([{ path: '?table', message: required(tableKeys(groups), req.locale) }]);
    const table = onlyTable(groups, tableKey, req.locale)[0]!.tables[0]!;
    res
      .attachment(`${group}-${table.key}-${range.from}-${range.to}.csv`)
      .type('text/csv; charset=utf-8')
      .send(tableCsv(table, req.locale, config.publicUrl));
  });

  return router;
}

/** The keys of the tables of `groups`. */
function tableKeys(groups: LocalFigureGroup[]): string[] {
  return groups.flatMap((group) => group.tables.map((table) => table.key));
}

/** "Required; expected one of: …" for a parameter the CSV export cannot do without. */
function required(keys: readonly string[], locale: Locale): string {
  return `${locale === 'en' ? 'required; ' : '必填；'}${expectedOneOf(keys, locale)}`;
}

/** The groups narrowed to one table when `table` names one; one naming none of theirs is refused 422 at `?table` with
 * the tables there are (it was a 404 "no such table" that named none). */
function onlyTable(groups: LocalFigureGroup[], table: unknown, locale: Locale): LocalFigureGroup[] {
  if (typeof table !== 'string' || !table) return groups;
  const narrowed = groups
    .map((group) => ({ ...group, totals: [], tables: group.tables.filter((t) => t.key === table) }))
    .filter((group) => group.tables.length);
  if (!narrowed.length) throw invalidBody([{ path: '?table', message: noSuchKey([table], tableKeys(groups), locale) }]);
  return narrowed;
}
