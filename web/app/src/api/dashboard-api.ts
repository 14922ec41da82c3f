// Calls on the dashboard API; the figure groups arrive in the caller's language (web/server/dashboard/localize-group.ts).
import type { Locale } from '../../../../core/domain/locale';
import type { LocalFigureGroup } from '../../../server/dashboard/localize-group';
import { apiRequest } from './api-request';

/** A group of figures as the API sends it. */
export type FigureGroupData = LocalFigureGroup;
/** One table of a group. */
export type FigureTableData = LocalFigureGroup['tables'][number];
/** One row of a table. */
export type FigureRowData = FigureTableData['rows'][number];

/** The dashboard answer: the period, whose enterprises count, and the groups. */
export interface DashboardAnswer {
  range: { from: string; to: string };
  scope: { all: boolean; enterprises: number | null };
  groups: FigureGroupData[];
}

/** A period of local dates, inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

/** Typed calls to /api/dashboard. */
export const dashboardApi = {
  figures(range: DateRange, signal?: AbortSignal): Promise<DashboardAnswer> {
    return apiRequest(`/api/dashboard?${new URLSearchParams({ ...range })}`, { signal });
  },
  /** The address of an export (a plain link: the browser downloads it with the session cookie). */
  exportHref(format: 'xlsx' | 'csv', range: DateRange, locale: Locale, group?: string, table?: string): string {
    const params = new URLSearchParams({ ...range, lang: locale });
    if (group) params.set('group', group);
    if (table) params.set('table', table);
    return `/api/dashboard/export.${format}?${params}`;
  },
};
