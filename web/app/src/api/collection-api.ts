// Daily reporting and campaigns (GET /api/collections/…, POST /api/collections/campaigns).
import type { LocalizedText } from '../../../../core/domain/locale';
import { apiRequest } from './api-request';
import { listPath, type Page, type PageRequest } from './paging';
import { unsafeRequest } from './unsafe-request';
import type { BulletinData, BulletinSummary } from '../../../../core/domain/bulletin';

/** A cell's state; "not required" when no round asked the enterprise that day. */
export type ComplianceStatus = 'on_time' | 'late' | 'missed' | 'expected' | 'not_required';

/** One cell of the compliance grid. */
export interface ComplianceCell {
  status: ComplianceStatus;
  submissionId: string | null;
  amendments: number;
  escalatedTo: string | null;
}

/** GET /api/collections/compliance. */
export interface ComplianceAnswer {
  forms: { key: string; title: LocalizedText; recurrence: string }[];
  formKey: string | null;
  from: string;
  to: string;
  columns: { key: string; date: string; roundId: string | null; deadlineAt: string | null }[];
  rows: { enterpriseId: number; name: string; cadre: string | null; cells: ComplianceCell[] }[];
  totalEnterprises: number;
  cadres: { id: number; name: string }[];
  /** The page of enterprises shown; `total` is every enterprise in the grid. */
  page: Page;
}

/** Filters of the grid. */
export interface ComplianceFilter {
  formKey: string;
  from: string;
  to: string;
  cadreId: string;
  /** Enterprises to skip (a multiple of COMPLIANCE_PAGE). */
  offset: number;
}

/** Enterprises per page of the grid. */
export const COMPLIANCE_PAGE = 200;

/** A bulletin in the list. */
export type { BulletinSummary };

/** A bulletin's content, as the round's activity writes it. */
export type { BulletinData };

/** A round in the admin's list. */
export interface RoundSummary {
  /** The round's id as the API shows it (no `/`): `daily-report_2F2026-12-04`. */
  id: string;
  /** The round's id as its workflow names it: `daily-report/2026-12-04`. */
  roundKey: string;
  formKey: string;
  recurrence: string;
  date: string;
  deadlineAt: string;
  status: string;
  expected: number;
  reported: number;
}

/** Typed calls for daily reporting. */
export const collectionApi = {
  /** The grid for a form, a date range and optionally one cadre's enterprises. */
  compliance(filter: ComplianceFilter, signal?: AbortSignal): Promise<ComplianceAnswer> {
    const { offset, ...filters } = filter;
    return apiRequest(listPath('/api/collections/compliance', filters, { limit: COMPLIANCE_PAGE, offset }), { signal });
  },
  /** A page of the bulletins, newest first. */
  bulletins(page: PageRequest, signal?: AbortSignal): Promise<{ bulletins: BulletinSummary[]; page: Page }> {
    return apiRequest(listPath('/api/collections/bulletins', {}, page), { signal });
  },
  /** One form's bulletin of a day, with the text its email template rendered. */
  bulletin(
    which: { formKey: string; date: string },
    signal?: AbortSignal,
  ): Promise<{ bulletin: { roundId: string; createdAt: string; data: BulletinData; text: string | null; subject: string } }> {
    return apiRequest(`/api/collections/bulletins/${encodeURIComponent(which.formKey)}/${which.date}`, { signal });
  },
  /** Recent rounds (a page) and the collection forms (admin, hq). */
  rounds(signal?: AbortSignal): Promise<{ forms: ComplianceAnswer['forms']; rounds: RoundSummary[]; page: Page }> {
    return apiRequest('/api/collections/rounds', { signal });
  },
  /** Opens a one-off campaign; `deadline` is local time "YYYY-MM-DDTHH:MM". */
  openCampaign(
    formKey: string,
    deadline: string,
  ): Promise<{ round: { id: string; roundKey: string; formKey: string; deadlineAt: string } }> {
    return unsafeRequest('/api/collections/campaigns', { method: 'POST', body: { formKey, deadline } });
  },
};
