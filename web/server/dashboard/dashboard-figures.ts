// Runs the registered figure providers for one scope and period.
import type { Knex } from 'knex';
import { AppError } from '../../../core/errors';
import type { FigureGroup, FigureRange, FigureScope, RecordFilter } from './figure-group';
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
  db: Knex,
  scope: FigureScope,
  range: FigureRange,
  keys: readonly string[],
  records?: RecordFilter,
): Promise<FigureGroup[]> {
  const chosen = FIGURE_GROUPS.filter((group) => keys.includes(group.key));
  // One after another: SQLite has one connection anyway, and PostgreSQL stays gentle with a shared pool.
  const groups: FigureGroup[] = [];
  for (const group of chosen) groups.push(await group.provide(db, scope, range, records));
  return groups;
}
