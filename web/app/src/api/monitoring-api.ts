// The register of monitoring processes other than the gate check: definitions, subjects, readings, end-date changes.
import type { LocalizedText } from '#core/domain/locale';
import type { MonitoredRow } from '#core/api/monitoring-types';
import type { ReadingSpec, MonitoredSubject } from '#core/domain/monitoring-params';
import { apiRequest } from './api-request';
import { listPath, type Page, type PageRequest } from './paging';
import { unsafeRequest } from './unsafe-request';

/** A monitoring definition the register can show. */
export interface MonitoringDefinition {
  key: string;
  title: LocalizedText;
  subject: MonitoredSubject;
  readings: ReadingSpec[];
  days: number;
  checkInTimes: string[];
}

export type { MonitoredRow };

/** Calls of the monitoring register page. */
export const monitoringApi = {
  /** A page of one process's subjects (the first process when null; the server's 50 when no page is asked for). */
  register: (formKey: string | null, signal?: AbortSignal, page: PageRequest = {}) =>
    apiRequest<{ definitions: MonitoringDefinition[]; definition: MonitoringDefinition | null; subjects: MonitoredRow[]; page: Page }>(
      listPath('/api/monitoring/register', { formKey }, page),
      { signal },
    ),
  record: (id: string, values: Record<string, number>) =>
    unsafeRequest<{ checkIn: { slotAt: string; alert: boolean } }>(`/api/monitoring/subjects/${id}/check-ins`, {
      method: 'POST',
      body: { values },
    }),
  changeEnd: (id: string, endsAt: string, reason: string) =>
    unsafeRequest<{ subject: { endsAt: string } }>(`/api/monitoring/subjects/${id}/end`, { method: 'POST', body: { endsAt, reason } }),
};
