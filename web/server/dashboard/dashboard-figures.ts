// Runs the registered figure providers for one scope and period.
import type { Db } from '#core/stores/db-types';
import { AppError } from '#core/errors';
import type { FigureGroup, FigureRange, FigureScope, RecordFilter } from '#core/dashboard/figure-group';
import { FIGURE_GROUPS } from './figure-providers';

/** The keys a request names (comma-separated), or every group; unknown keys are refused. */
export function groupKeys(value: unknown): string[] {
  const all = FIGURE_GROUPS.map((group) => group.key);
  if (typeof value !== 'string' || !value) return all;
  const asked = value
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  const unknown = asked.filter((key) => !all.includes(key));
  if (unknown.length)
    throw new AppError(400, 'unknown_group', {
      'zh-CN': `没有这组数据：${unknown.join('、')}`,
      en: `No such group of figures: ${unknown.join(', ')}`,
    });
  return all.filter((key) => asked.includes(key));
}

/** The groups named by `keys`, in registry order, computed within `scope` over `range`; records tables narrowed by `records`. */
export async function dashboardFigures(
  db: Db,
  scope: FigureScope,
  range: FigureRange,
  keys: readonly string[],
  records?: RecordFilter,
): Promise<FigureGroup[]> {
  const chosen = FIGURE_GROUPS.filter((group) => keys.includes(group.key));
  // All at once: on PostgreSQL each provider's statements run on their own pooled connections, so the answer takes
  // as long as the slowest group rather than all of them added up; SQLite's one connection runs them in turn anyway.
  return Promise.all(chosen.map((group) => group.provide(db, scope, range, records)));
}
