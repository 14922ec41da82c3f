// The dashboard API: figures within the caller's scope (HQ city-wide, a cadre its enterprises, an enterprise itself),
// and the same figures as XLSX (every table) or CSV (one table).
import { Router, type Request } from 'express';
import { apiRouter } from '../api-router';
import { AppError } from '#core/errors';
import { taskSubmissionIds } from '#core/stores/submissions/submission-scope';
import { requireRole, visibleEnterprises, visibleSubmissions } from '../access';
import type { AppDeps } from '../app-deps';
import { dashboardFigures, groupKeys } from './dashboard-figures';
import { dashboardWorkbook, tableCsv } from './export-workbook';
import type { RecordFilter } from '#core/dashboard/figure-group';
import { figureRange } from './figure-range';
import { focusScope } from '#core/stores/dashboard/focus-scope';
import { localizeGroup, type LocalFigureGroup } from './localize-group';

/** Who has a dashboard: everyone but gate officers, each within their scope. */
export const DASHBOARD_ROLES = ['admin', 'hq', 'special_class', 'cadre', 'enterprise'] as const;
/** Records a list shows on screen; the exports carry up to EXPORT_ROWS. */
export const SCREEN_ROWS = 200;
const EXPORT_ROWS = 100_000;

const noTable = new AppError(404, 'not_found', { 'zh-CN': '没有这张统计表', en: 'No such table of figures' });

/** Routes under /api/dashboard. */
export function dashboardRoutes({ db, config, now = () => new Date() }: AppDeps): Router {
  const router = apiRouter();

  async function figures(req: Request, rowLimit: number, groups: unknown) {
    const user = requireRole(req, DASHBOARD_ROLES);
    const focus = req.query.focus === '1';
    const scope = await focusScope(db, await visibleEnterprises(db, user), focus);
    const range = figureRange(req.query, now(), config.timeZone, rowLimit);
    // Working-group members see the city's figures, but only the records of their own tasks.
    const records: RecordFilter | undefined =
      (await visibleSubmissions(db, user)).kind === 'tasks'
        ? (query, column) => query.whereIn(column, taskSubmissionIds(db, user))
        : undefined;
    const found = await dashboardFigures(db, scope, range, groupKeys(groups), records);
    return { range, scope, focus, groups: found.map((group) => localizeGroup(group, req.locale)) };
  }

  router.get('/api/dashboard', async (req, res) => {
    const { range, scope, focus, groups } = await figures(req, SCREEN_ROWS, req.query.groups);
    res.json({
      range: { from: range.from, to: range.to },
      scope: scope === 'all' ? { all: true, enterprises: null, focus } : { all: false, enterprises: scope.length, focus },
      groups,
    });
  });

  router.get('/api/dashboard/export.xlsx', async (req, res) => {
    const { range, groups } = await figures(req, EXPORT_ROWS, req.query.group);
    const chosen = onlyTable(groups, req.query.table);
    const bytes = await dashboardWorkbook(chosen, range, req.locale, config.publicUrl);
    res
      .attachment(`dashboard-${range.from}-${range.to}.xlsx`)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(bytes);
  });

  router.get('/api/dashboard/export.csv', async (req, res) => {
    if (typeof req.query.group !== 'string' || typeof req.query.table !== 'string') throw noTable;
    const { range, groups } = await figures(req, EXPORT_ROWS, req.query.group);
    const table = onlyTable(groups, req.query.table)[0]?.tables[0];
    if (!table) throw noTable;
    res
      .attachment(`${req.query.group}-${table.key}-${range.from}-${range.to}.csv`)
      .type('text/csv; charset=utf-8')
      .send(tableCsv(table, req.locale, config.publicUrl));
  });

  return router;
}

/** The groups narrowed to one table when `table` names one (and refused when it names none of theirs). */
function onlyTable(groups: LocalFigureGroup[], table: unknown): LocalFigureGroup[] {
  if (typeof table !== 'string' || !table) return groups;
  const narrowed = groups
    .map((group) => ({ ...group, totals: [], tables: group.tables.filter((t) => t.key === table) }))
    .filter((group) => group.tables.length);
  if (!narrowed.length) throw noTable;
  return narrowed;
}
