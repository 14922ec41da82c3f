// Calls on the dashboard API; the figure groups arrive in the caller's language (web/server/dashboard/localize-group.ts).
import type { Locale } from '#core/domain/locale';
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
  /** `focus`: narrowed to focus enterprises (重点企业). */
  scope: { all: boolean; enterprises: number | null; focus?: boolean };
  groups: FigureGroupData[];
}

/** A period of local dates, inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

/** What `figures` may narrow to: focus enterprises only, only some groups. */
export interface FigureOptions {
  focus?: boolean;
  groups?: string[];
}

/** Typed calls to /api/dashboard. */
export const dashboardApi = {
  /** The figures of the period; `focus`: of focus enterprises only; `groups`: only these groups. */
  figures(range: DateRange, signal?: AbortSignal, options: FigureOptions = {}): Promise<DashboardAnswer> {
    return apiRequest(dashboardApi.figuresPath(range, options), { signal });
  },
  /** The address `figures` asks (the server's tests replay it against the route's query contract). */
  figuresPath(range: DateRange, options: FigureOptions = {}): string {
    const params = new URLSearchParams({ ...range });
    if (options.focus) params.set('focus', '1');
    if (options.groups) params.set('groups', options.groups.join(','));
    return `/api/dashboard?${params}`;
  },
  /** The address of an export (a plain link: the browser downloads it with the session cookie). */
  exportHref(format: 'xlsx' | 'csv', range: DateRange, locale: Locale, group?: string, table?: string, focus = false): string {
    const params = new URLSearchParams({ ...range, lang: locale });
    if (focus) params.set('focus', '1');
    if (group) params.set('group', group);
    if (table) params.set('table', table);
    return `/api/dashboard/export.${format}?${params}`;
  },
};
