// The compliance grid of daily reporting and campaigns (web/server/collections), as the server builds it and the app
// shows it. Plain types only, so the browser bundle takes them.
import type { LocalizedText } from '../domain/locale';
import type { Page } from './paging-types';

/** A cell's state; "not required" when no round asked the enterprise that day. */
export type ComplianceStatus = 'on_time' | 'late' | 'missed' | 'expected' | 'not_required';

/** One cell of the grid, with the submission it links to. */
export interface ComplianceCell {
  status: ComplianceStatus;
  submissionId: string | null;
  amendments: number;
  escalatedTo: string | null;
}

/** A column: a day of a daily form, or one campaign of a one-off form. */
export interface ComplianceColumn {
  key: string;
  date: string;
  roundId: string | null;
  deadlineAt: string | null;
}

/** What the grid shows: enterprises × columns within the caller's scope. */
export interface ComplianceGrid {
  forms: { key: string; title: LocalizedText; recurrence: string }[];
  formKey: string | null;
  from: string;
  to: string;
  columns: ComplianceColumn[];
  rows: { enterpriseId: number; name: string; cadre: string | null; cells: ComplianceCell[] }[];
  totalEnterprises: number;
}

/** GET /api/collections/compliance: the grid, the cadres to filter by, and the page of enterprises shown. */
export interface ComplianceAnswer extends ComplianceGrid {
  cadres: { id: number; name: string }[];
  /** The page of enterprises shown; `total` is every enterprise in the grid. */
  page: Page;
}
