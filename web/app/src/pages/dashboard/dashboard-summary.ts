// The key figures of the dashboard's summary row, read from the groups the dashboard API already returns (no query
// of its own): today's daily reports, open difficulties by rung, SLA breaches, enterprises resumed, quarantines.
// A figure whose group or table is missing (outside the reader's role, or renamed) is left out, never shown as 0; a day
// without a daily round says so.
import type { FigureGroupData, FigureTableData } from '../../api/dashboard-api';

/** One card of the summary row: a value, optionally "of" a whole, and parts that make it up. */
export interface SummaryFigure {
  key: 'reportedToday' | 'overdueToday' | 'openCases' | 'breaches' | 'resumed' | 'inQuarantine';
  value: number;
  /** The whole the value is part of (expected reports, all enterprises). */
  of?: number;
  /** Still open today (reports not yet due); shown beside the overdue count. */
  pending?: number;
  /** The value split by rung, in the server's words. */
  parts?: { label: string; value: number }[];
  /** Whether the figure calls for attention (something overdue or breached). */
  alert?: boolean;
  /** Today has no daily round (yet: rounds open in the morning; or none on a day off): no figure to show. */
  noRound?: boolean;
}

const numberIn = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

function table(groups: readonly FigureGroupData[], group: string, key: string): FigureTableData | undefined {
  return groups.find((g) => g.key === group)?.tables.find((t) => t.key === key);
}

function total(groups: readonly FigureGroupData[], group: string, key: string): number | undefined {
  return groups.find((g) => g.key === group)?.totals.find((t) => t.key === key)?.value;
}

/** The summary figures, in display order, for `today` (YYYY-MM-DD, the reporting zone's date). */
export function summaryFigures(groups: readonly FigureGroupData[], today: string): SummaryFigure[] {
  const figures: SummaryFigure[] = [];
  const byDay = table(groups, 'daily-reports', 'by-day');
  const todayRow = byDay?.rows.find((row) => row.cells.day === today);
  if (byDay && !todayRow) {
    figures.push({ key: 'reportedToday', value: 0, noRound: true }, { key: 'overdueToday', value: 0, noRound: true });
  }
  if (todayRow) {
    const cells = todayRow.cells;
    figures.push({ key: 'reportedToday', value: numberIn(cells.on_time) + numberIn(cells.late), of: numberIn(cells.targeted) });
    const missed = numberIn(cells.missed);
    figures.push({ key: 'overdueToday', value: missed, pending: numberIn(cells.pending), alert: missed > 0 });
  }
  const byRung = table(groups, 'difficulties', 'by-rung');
  if (byRung) {
    const parts = byRung.rows.map((row) => ({ label: String(row.cells.rung ?? ''), value: numberIn(row.cells.open) }));
    figures.push({ key: 'openCases', value: parts.reduce((sum, part) => sum + part.value, 0), parts: parts.filter((p) => p.value > 0) });
  }
  const breached = total(groups, 'difficulties', 'breached');
  if (breached !== undefined) figures.push({ key: 'breaches', value: breached, alert: breached > 0 });
  const resumed = total(groups, 'enterprises', 'resumed');
  if (resumed !== undefined) figures.push({ key: 'resumed', value: resumed, of: total(groups, 'enterprises', 'enterprises') });
  const quarantined = total(groups, 'gate', 'inQuarantine');
  if (quarantined !== undefined) figures.push({ key: 'inQuarantine', value: quarantined });
  return figures;
}

/** True when nothing has been recorded yet: every headline figure of every group is zero (a fresh install). */
export function isFirstRun(groups: readonly FigureGroupData[]): boolean {
  return groups.every((group) => group.totals.every((figure) => figure.value === 0));
}
