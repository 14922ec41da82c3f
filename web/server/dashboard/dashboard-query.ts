// What the dashboard and its exports read from the query string, declared so a misspelt or malformed parameter is
// answered 422 at its name rather than ignored (a `?focus=yes` once showed the whole city without a word).
import type { RJSFSchema } from '@rjsf/utils';
import { FIGURE_GROUPS } from './figure-providers';

const GROUP_KEYS = FIGURE_GROUPS.map((group) => group.key).join(', ');

// `from`/`to` stay plain text here: figureRange checks them (and their defaults) and answers 422 at `?from`/`?to`.
const PERIOD_PROPERTIES = {
  from: { type: 'string', maxLength: 10, title: 'First local date of the period (YYYY-MM-DD; 29 days before `to` unless given)' },
  to: { type: 'string', maxLength: 10, title: 'Last local date of the period (YYYY-MM-DD; today unless given)' },
  focus: { type: 'boolean', title: 'Only focus enterprises (重点企业)' },
} satisfies RJSFSchema['properties'];

/** The query of GET /api/dashboard. */
export const DASHBOARD_QUERY: RJSFSchema = {
  type: 'object',
  properties: {
    ...PERIOD_PROPERTIES,
    groups: { type: 'string', maxLength: 256, title: `Only these groups, comma-separated (${GROUP_KEYS}); every group unless given` },
  },
  additionalProperties: false,
};

// `lang`: a download link cannot set Accept-Language, so the page names its language (the app picks it up: create-app.ts).
const EXPORT_PROPERTIES = {
  ...PERIOD_PROPERTIES,
  group: { type: 'string', maxLength: 64, title: `One group (${GROUP_KEYS})` },
  table: { type: 'string', maxLength: 64, title: 'One table of that group, by its key (as GET /api/dashboard names it)' },
  lang: { type: 'string', maxLength: 16, title: 'The language of the words (zh-CN, en)' },
} satisfies RJSFSchema['properties'];

/** The query of GET /api/dashboard/export.xlsx: every group and table unless `group` (and `table`) narrow it. */
export const WORKBOOK_QUERY: RJSFSchema = { type: 'object', properties: EXPORT_PROPERTIES, additionalProperties: false };

/** The query of GET /api/dashboard/export.csv: one table, named by `group` and `table`. */
// Not `required`: without either the route answers 422 at `?group` / `?table` listing the keys there are, which a
// schema's "required" cannot (the tables depend on the group).
export const TABLE_CSV_QUERY: RJSFSchema = { type: 'object', properties: EXPORT_PROPERTIES, additionalProperties: false };

/** The dashboard's query as read by its contract. */
export interface DashboardQuery {
  from?: string;
  to?: string;
  focus?: boolean;
  groups?: string;
  group?: string;
  table?: string;
}
