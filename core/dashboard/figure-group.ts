// What a figure provider returns: plain JSON the dashboard renders generically (cards, a chart per table, the table)
// and the exports write out. Texts are bilingual here; the route hands the caller's language only.
import type { Db, Knex } from '../stores/db-types';
import type { LocalizedText } from '#core/domain/locale';

/** A table cell: a number, a plain string (a name, a date), bilingual text (a status, a category), or empty. */
export type FigureCell = number | string | LocalizedText | null;

/** The record a row opens: a submission, an enterprise, or a visit. */
export type FigureLink = { kind: 'submission'; id: string } | { kind: 'enterprise'; id: number } | { kind: 'visit'; id: number };

/** One column of a figure table. */
export interface FigureColumn {
  key: string;
  label: LocalizedText;
  /** `date`: a local day (YYYY-MM-DD), which the dashboard writes as its reader does; exports keep it as is. */
  kind: 'text' | 'number' | 'date';
}

/** One row; `drill` narrows another table of the group (its records) to this row's value in `column`. */
export interface FigureRow {
  cells: Record<string, FigureCell>;
  link?: FigureLink;
  drill?: { table: string; column: string; value: FigureCell };
}

/** How to chart a table: which column names the categories (x axis or slices) and which columns are series. */
export interface FigureChart {
  type: 'bar' | 'line' | 'pie';
  category: string;
  series: string[];
  stacked?: boolean;
}

/** A table of figures; `total` counts the rows before `rowLimit` cut the list (records tables). */
export interface FigureTable {
  key: string;
  title: LocalizedText;
  columns: FigureColumn[];
  rows: FigureRow[];
  total: number;
  chart?: FigureChart;
}

/** A headline figure, shown as a card. */
export interface FigureTotal {
  key: string;
  label: LocalizedText;
  value: number;
}

/** A group of figures (enterprises and projects, difficulties, visits, …); `dated` says whether the range applies. */
export interface FigureGroup {
  key: string;
  title: LocalizedText;
  dated: boolean;
  note?: LocalizedText;
  totals: FigureTotal[];
  tables: FigureTable[];
}

/** The period asked for (local dates, inclusive), the zone they are in, and how many records a list may show. */
export interface FigureRange {
  from: string;
  to: string;
  timeZone: string;
  rowLimit: number;
  /** The instant figures "as of now" are read at (ISO; overdue tasks); the wall clock when absent. */
  now?: string;
}

/** The enterprises whose figures count: every one, or a list (a cadre's, an enterprise's own). */
export type FigureScope = 'all' | number[];

/** Narrows a records table that links submissions to those the reader may open (a working-group member: the
 * submissions of their tasks); absent, the scope alone decides. Figures (counts, sums) are not narrowed. */
export type RecordFilter = (query: Knex.QueryBuilder, submissionIdColumn: string) => Knex.QueryBuilder;

/** A group's provider: SQL over the projections, within the scope and the range. */
export type FigureProvider = (db: Db, scope: FigureScope, range: FigureRange, records?: RecordFilter) => Promise<FigureGroup>;

/** Bilingual text, Chinese first. */
export function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}
