// Runs the registered figure providers for one scope and period.
import type { Db } from '#core/stores/db-types';
import type { Locale } from '#core/domain/locale';
import { invalidBody } from '../route-contract';
import { expectedOneOf } from '../query-words';
import type { FigureGroup, FigureRange, FigureScope, RecordFilter } from '#core/dashboard/figure-group';
import { FIGURE_GROUPS } from './figure-providers';

/** The keys a request names (comma-separated) in parameter `name`, or every group; unknown keys are refused 422 at
 * `?name` with the keys there are (a 400 naming neither the parameter nor the choices left a caller guessing). */
export function groupKeys(value: unknown, name: string, locale: Locale): string[] {
  const all = FIGURE_GROUPS.map((group) => group.key);
  if (typeof value !== 'string' || !value) return all;
  const asked = value
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  const unknown = asked.filter((key) => !all.includes(key));
  if (unknown.length) throw invalidBody([{ path: `?${name}`, message: noSuchKey(unknown, all, locale) }]);
  return all.filter((key) => asked.includes(key));
}

/** "No such …: x; expected one of: a, b" in `locale`, for a group or table key naming nothing. */
export function noSuchKey(unknown: readonly string[], known: readonly string[], locale: Locale): string {
  return locale === 'en'
    ? `no such key: ${unknown.join(', ')}; ${expectedOneOf(known, locale)}`
    : `没有：${unknown.join('、')}；${expectedOneOf(known, locale)}`;
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
