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

/** A definition's `params.figures`: figure name (a value of REPORT_NUMBER_FIELDS) → the field of the form holding it. */
export type FigureFields = Partial<Record<(typeof REPORT_NUMBER_FIELDS)[ReportNumberColumn], string>>;

/** The field each column is read from: the definition's binding where it names one, else the default field. */
export function boundFields(figures: FigureFields | undefined): Record<ReportNumberColumn, string> {
  return Object.fromEntries(
    REPORT_NUMBER_COLUMNS.map((column) => [column, figures?.[REPORT_NUMBER_FIELDS[column]] ?? REPORT_NUMBER_FIELDS[column]]),
  ) as Record<ReportNumberColumn, string>;
}

/** Picks the numbers out of a submission's data (a JSON text or an object), reading the fields `figures` binds. */
export function reportNumbers(data: unknown, figures?: FigureFields): ReportNumbers {
  const record = (typeof data === 'string' ? JSON.parse(data) : (data ?? {})) as Record<string, unknown>;
  const fields = boundFields(figures);
  const pick = (field: string) =>
    typeof record[field] === 'number' && Number.isFinite(record[field]) ? Math.trunc(record[field] as number) : null;
  return Object.fromEntries(REPORT_NUMBER_COLUMNS.map((column) => [column, pick(fields[column])])) as ReportNumbers;
}
