// The numbers of a daily report (forms/definitions/daily-report.json) as the columns the dashboard reads, so its
// figures over 10,000 enterprises × 60 days are sums of columns instead of JSON extractions per report. Which field
// holds which figure is the definition's `params.figures` (issue 18: a renamed field keeps its figure); a definition
// without it reads the field names below, those of every daily-report version shipped before figures were bound.

/** Report column → the form field it is read from when the definition binds none (also the figure's name in params). */
export const REPORT_NUMBER_FIELDS = {
  projects_started: 'projectsStarted',
  projects_ready: 'projectsReady',
  projects_delayed: 'projectsDelayed',
  workers_on_site: 'workersOnSite',
  returned_today: 'returnedToday',
  awaiting_return: 'awaitingReturn',
} as const;

/** A report column holding one of its numbers. */
export type ReportNumberColumn = keyof typeof REPORT_NUMBER_FIELDS;

/** The columns, in form order. */
export const REPORT_NUMBER_COLUMNS = Object.keys(REPORT_NUMBER_FIELDS) as ReportNumberColumn[];

/** A report's numbers by column; null where the form has no such number (another collection form). */
export type ReportNumbers = Record<ReportNumberColumn, number | null>;

/** Stock column → its default field (003 防控物资): kept on each report and its latest (migration 0034), not on the
 * day totals, since stock is a level to read from the latest report, not a flow to add up day by day. */
export const SUPPLY_NUMBER_FIELDS = {
  masks: 'masks',
  disinfectant: 'disinfectant',
  thermometers: 'thermometers',
} as const;

/** A report column holding one of its stock figures. */
export type SupplyNumberColumn = keyof typeof SUPPLY_NUMBER_FIELDS;

/** The stock columns, in form order. */
export const SUPPLY_NUMBER_COLUMNS = Object.keys(SUPPLY_NUMBER_FIELDS) as SupplyNumberColumn[];

/** A report's stock by column; null where the form has no such number. */
export type SupplyNumbers = Record<SupplyNumberColumn, number | null>;

/** Every figure name a definition may bind in `params.figures`. */
export const FIGURE_NAMES = [...Object.values(REPORT_NUMBER_FIELDS), ...Object.values(SUPPLY_NUMBER_FIELDS)];

/** A definition's `params.figures`: figure name (one of FIGURE_NAMES) → the field of the form holding it. */
export type FigureFields = Partial<Record<(typeof FIGURE_NAMES)[number], string>>;

/** The field each column is read from: the definition's binding where it names one, else the default field. */
export function boundFields(figures: FigureFields | undefined): Record<ReportNumberColumn, string> {
  return Object.fromEntries(
    REPORT_NUMBER_COLUMNS.map((column) => [column, figures?.[REPORT_NUMBER_FIELDS[column]] ?? REPORT_NUMBER_FIELDS[column]]),
  ) as Record<ReportNumberColumn, string>;
}

function numberIn(record: Record<string, unknown>, field: string): number | null {
  return typeof record[field] === 'number' && Number.isFinite(record[field]) ? Math.trunc(record[field] as number) : null;
}

/** Picks the stock out of a submission's data (a JSON text or an object), reading the fields `figures` binds. */
export function supplyNumbers(data: unknown, figures?: FigureFields): SupplyNumbers {
  const record = (typeof data === 'string' ? JSON.parse(data) : (data ?? {})) as Record<string, unknown>;
  return Object.fromEntries(
    SUPPLY_NUMBER_COLUMNS.map((column) => [
      column,
      numberIn(record, figures?.[SUPPLY_NUMBER_FIELDS[column]] ?? SUPPLY_NUMBER_FIELDS[column]),
    ]),
  ) as SupplyNumbers;
}

/** Picks the numbers out of a submission's data (a JSON text or an object), reading the fields `figures` binds. */
export function reportNumbers(data: unknown, figures?: FigureFields): ReportNumbers {
  const record = (typeof data === 'string' ? JSON.parse(data) : (data ?? {})) as Record<string, unknown>;
  const fields = boundFields(figures);
  return Object.fromEntries(REPORT_NUMBER_COLUMNS.map((column) => [column, numberIn(record, fields[column])])) as ReportNumbers;
}
