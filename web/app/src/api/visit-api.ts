// Calls on the visit log (P7); shapes are the server's (web/server/visits/visit-presenter.ts, visit-form.ts).
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { LocalizedText } from '#core/domain/locale';
import type { RecordParams } from '#forms/record-references';
import type { VisitDetailView, VisitView } from '../../../server/visits/visit-presenter';
import { apiRequest } from './api-request';
import { listPath, type Page, type PageRequest } from './paging';
import { unsafeRequest } from './unsafe-request';

/** A visit in a list: its fields already titled and masked for the reader. */
export type Visit = VisitView;
/** A visit with its problems. */
export type VisitDetail = VisitDetailView;

/** The published visit-log definition as the visit page renders it, in the reader's language. */
export interface VisitFormDetail {
  key: string;
  version: number;
  title: LocalizedText;
  schema: RJSFSchema;
  uiSchema: UiSchema;
  /** Which field means what (the date a new visit starts with today's). */
  params: RecordParams;
}

/** Typed calls to /api/visits. */
export const visitApi = {
  /** A page of the visits in the caller's scope, newest first (the server's 50 when no page is asked for); `asOf` is
   * when the server answered (ISO), for the "data as of" stamp of a cached answer. */
  list(
    filter: { from?: string; to?: string },
    signal?: AbortSignal,
    page: PageRequest = {},
  ): Promise<{ visits: Visit[]; page: Page; asOf: string }> {
    return apiRequest(listPath('/api/visits', filter, page), { signal });
  },
  get(id: number, signal?: AbortSignal): Promise<{ visit: VisitDetail }> {
    return apiRequest(`/api/visits/${id}`, { signal });
  },
  /** The form a cadre records a visit with: the newest published visit-log definition. */
  form(signal?: AbortSignal): Promise<{ form: VisitFormDetail }> {
    return apiRequest('/api/visits/form', { signal });
  },
  /** Records a visit; the body is the form's data, checked by the server against the same definition. */
  create(data: unknown): Promise<{ visit: VisitDetail }> {
    return unsafeRequest('/api/visits', { method: 'POST', body: data });
  },
  /** Files a problem taken away as the enterprise's difficulty report; asking twice answers the same report. */
  fileProblem(visitId: number, problemId: number): Promise<{ submissionId: string; created: boolean }> {
    return unsafeRequest(`/api/visits/${visitId}/problems/${problemId}/difficulty`, { method: 'POST', body: {} });
  },
};
