// Administrators' calls: accounts, enterprises, assignments, settings, the audit log and CSV import. Only admin pages import it.
import type { AuditFilter, AuditPage, ImportKind, ImportReport, NewUser, Settings, UserAccount, UserChange } from './admin-types';
import { zonedDayStart } from '../format/server-time-zone';
import { ApiError } from './api-error';
import { apiRequest } from './api-request';
import { listPath, MAX_PAGE, type Page, type PageRequest } from './paging';
import type { Enterprise, EnterpriseFields } from './org-types';
import { unsafeRequest } from './unsafe-request';

// The audit log stores UTC instants; people pick dates in the server's zone, and "to" includes the whole day.
function dayStart(date: string, plusDays = 0): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + plusDays);
  return new Date(zonedDayStart(day.toISOString().slice(0, 10))).toISOString();
}

/** Audit entries per page. */
export const AUDIT_PAGE = 100;

function auditQuery(filter: AuditFilter, offset?: number): string {
  const search = new URLSearchParams(offset === undefined ? {} : { limit: String(AUDIT_PAGE), offset: String(offset) });
  for (const key of ['actor', 'action', 'targetType', 'targetId'] as const) if (filter[key].trim()) search.set(key, filter[key].trim());
  if (filter.from) search.set('from', dayStart(filter.from));
  if (filter.to) search.set('to', dayStart(filter.to, 1));
  return search.toString();
}

function isImportReport(body: unknown): body is ImportReport {
  return typeof body === 'object' && body !== null && Array.isArray((body as ImportReport).errors);
}

/** Typed calls to the admin-only API. */
export const adminApi = {
  /** User accounts (of one role, when given): the first MAX_PAGE, which the account pages and pickers show, or `page`. */
  users(role: string, signal?: AbortSignal, page: PageRequest = { limit: MAX_PAGE }): Promise<{ users: UserAccount[]; page: Page }> {
    return apiRequest(listPath('/api/users', { role }, page), { signal });
  },
  createUser(user: NewUser): Promise<{ user: UserAccount }> {
    return unsafeRequest('/api/users', { method: 'POST', body: user });
  },
  updateUser(id: number, change: UserChange): Promise<{ user: UserAccount }> {
    return unsafeRequest(`/api/users/${id}`, { method: 'PATCH', body: change });
  },
  resetPassword(id: number, newPassword: string): Promise<void> {
    return unsafeRequest(`/api/users/${id}/password`, { method: 'POST', body: { newPassword } });
  },
  createEnterprise(fields: EnterpriseFields): Promise<{ enterprise: Enterprise }> {
    return unsafeRequest('/api/enterprises', { method: 'POST', body: fields });
  },
  /** Assigns an enterprise to a cadre; a current assignment to someone else ends. 409 `cadre_full` at the limit. */
  assign(cadreId: number, enterpriseId: number): Promise<unknown> {
    return unsafeRequest('/api/assignments', { method: 'POST', body: { cadreId, enterpriseId } });
  },
  endAssignment(id: number, reason: string): Promise<void> {
    return unsafeRequest(`/api/assignments/${id}`, { method: 'DELETE', body: reason.trim() ? { reason: reason.trim() } : {} });
  },
  /** Creates an organisation unit, its key made from the English name when not given; 409 `key_taken` for a given key in use. */
  createOrgUnit(unit: { key?: string; nameZh: string; nameEn: string; kind: 'service' | 'inspection' }): Promise<unknown> {
    return unsafeRequest('/api/working-groups', { method: 'POST', body: unit });
  },
  routeCategory(key: string, workingGroupId: number): Promise<unknown> {
    return unsafeRequest(`/api/difficulty-categories/${encodeURIComponent(key)}`, { method: 'PUT', body: { workingGroupId } });
  },
  settings(signal?: AbortSignal): Promise<{ settings: Settings }> {
    return apiRequest('/api/settings', { signal });
  },
  saveSettings(settings: Partial<Settings>): Promise<{ settings: Settings }> {
    return unsafeRequest('/api/settings', { method: 'PUT', body: settings });
  },
  /** A page of AUDIT_PAGE entries, newest first, from `offset` on. */
  audit(filter: AuditFilter, offset: number, signal?: AbortSignal): Promise<AuditPage> {
    return apiRequest(`/api/audit?${auditQuery(filter, offset)}`, { signal });
  },
  /** The CSV of every entry the filter finds (the server's zone, words in `locale`), for a download link. */
  auditExportHref(filter: AuditFilter, locale: string): string {
    const query = auditQuery(filter);
    return `/api/audit/export.csv?${query ? `${query}&` : ''}lang=${encodeURIComponent(locale)}`;
  },
  /** Checks (`dryRun`) or imports a CSV file; a refused import (422) answers with its report, returned as data. */
  async importCsv(kind: ImportKind, csv: string, dryRun: boolean): Promise<ImportReport> {
    try {
      return await unsafeRequest<ImportReport>(`/api/import/${kind}${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        body: csv,
        contentType: 'text/csv; charset=utf-8',
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && isImportReport(error.body)) return error.body;
      throw error;
    }
  },
};
