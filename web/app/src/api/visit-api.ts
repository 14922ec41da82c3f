// Calls on the visit log (P7); shapes are the server's (web/server/visits/visit-store.ts, visit-schemas.ts).
import type { VisitInput } from '../../../server/visits/visit-schemas';
import type { VisitProblemView, VisitView } from '../../../server/visits/visit-store';
import { apiRequest } from './api-request';
import { unsafeRequest } from './unsafe-request';

/** A visit in a list. */
export type Visit = VisitView;
/** A visit with its problems. */
export type VisitDetail = VisitView & { problems: VisitProblemView[] };
/** What a cadre sends to record a visit. */
export type NewVisit = VisitInput;

/** Typed calls to /api/visits. */
export const visitApi = {
  list(filter: { from?: string; to?: string }, signal?: AbortSignal): Promise<{ visits: Visit[] }> {
    const params = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const text = params.toString();
    return apiRequest(`/api/visits${text ? `?${text}` : ''}`, { signal });
  },
  get(id: number, signal?: AbortSignal): Promise<{ visit: VisitDetail }> {
    return apiRequest(`/api/visits/${id}`, { signal });
  },
  create(visit: NewVisit): Promise<{ visit: VisitDetail }> {
    return unsafeRequest('/api/visits', { method: 'POST', body: visit });
  },
  /** Files a problem taken away as the enterprise's difficulty report; asking twice answers the same report. */
  fileProblem(visitId: number, problemId: number): Promise<{ submissionId: string; created: boolean }> {
    return unsafeRequest(`/api/visits/${visitId}/problems/${problemId}/difficulty`, { method: 'POST', body: {} });
  },
};
