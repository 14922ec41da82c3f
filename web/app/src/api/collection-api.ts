// Daily reporting and campaigns (GET /api/collections/…, POST /api/collections/campaigns).
import type { ComplianceAnswer, ComplianceCell, ComplianceStatus } from '#core/api/collection-types';
import { apiRequest } from './api-request';
import { listPath, type Page, type PageRequest } from './paging';
import { unsafeRequest } from './unsafe-request';
import type { BulletinData, BulletinSummary } from '#core/domain/bulletin';

export type { ComplianceAnswer, ComplianceCell, ComplianceStatus };

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
  /** A liaison designation round: its list can be mailed to the office again. */
  liaisonList: boolean;
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
  /** Emails a liaison round's list, as it stands, to the office's mailbox (admin, hq). */
  sendLiaisonList(roundId: string): Promise<{ sent: number; to: string[]; designated: number; missing: number }> {
    return unsafeRequest(`/api/collections/rounds/${roundId}/liaison-list`, { method: 'POST' });
  },
  /** Opens a one-off campaign; `deadline` is local time "YYYY-MM-DDTHH:MM". */
  openCampaign(
    formKey: string,
    deadline: string,
  ): Promise<{ round: { id: string; roundKey: string; formKey: string; deadlineAt: string } }> {
    return unsafeRequest('/api/collections/campaigns', { method: 'POST', body: { formKey, deadline } });
  },
};
