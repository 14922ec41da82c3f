// The numbers of a daily report (forms/definitions/daily-report.json) as the columns the dashboard reads, so its
// figures over 10,000 enterprises × 60 days are sums of columns instead of JSON extractions per report.

/** Report column → form field. */
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

/** Picks the numbers out of a submission's data (a JSON text or an object). */
export function reportNumbers(data: unknown): ReportNumbers {
  const record = (typeof data === 'string' ? JSON.parse(data) : (data ?? {})) as Record<string, unknown>;
  const pick = (field: string) =>
    typeof record[field] === 'number' && Number.isFinite(record[field]) ? Math.trunc(record[field] as number) : null;
  return Object.fromEntries(REPORT_NUMBER_COLUMNS.map((column) => [column, pick(REPORT_NUMBER_FIELDS[column])])) as ReportNumbers;
}
