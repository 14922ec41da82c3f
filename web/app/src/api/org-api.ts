// Calls on the organisation every signed-in role reads (scoped by the server): enterprises, projects, assignments, groups.
import { apiRequest } from './api-request';
import { MAX_PAGE, type Page, type PageRequest } from './paging';
import type {
  Assignment,
  DifficultyCategory,
  Enterprise,
  EnterpriseFields,
  EnterpriseName,
  Project,
  ProjectFields,
  WorkingGroup,
} from './org-types';
import { unsafeRequest } from './unsafe-request';

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '' && value !== false) search.set(key, String(value === true ? 1 : value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Typed calls to the organisation API. */
export const orgApi = {
  /** Enterprises in scope whose name contains `q`; only focus enterprises (重点企业) when `focus`. */
  enterprises(
    q: string,
    signal?: AbortSignal,
    focus = false,
    page: PageRequest = { limit: MAX_PAGE },
  ): Promise<{ enterprises: Enterprise[]; page: Page }> {
    return apiRequest(`/api/enterprises${query({ q: q.trim(), focus, ...page })}`, { signal });
  },
  /** The enterprises the user may name on a form (a nominee), whose name contains `q`: names and credit codes only. */
  enterpriseNames(
    q: string,
    signal?: AbortSignal,
    page: PageRequest = { limit: MAX_PAGE },
  ): Promise<{ enterprises: EnterpriseName[]; page: Page }> {
    return apiRequest(`/api/enterprise-names${query({ q: q.trim(), ...page })}`, { signal });
  },
  enterprise(id: number, signal?: AbortSignal): Promise<{ enterprise: Enterprise }> {
    return apiRequest(`/api/enterprises/${id}`, { signal });
  },
  /** An administrator may change any field; an enterprise only its own contact details. */
  updateEnterprise(id: number, change: Partial<EnterpriseFields>): Promise<{ enterprise: Enterprise }> {
    return unsafeRequest(`/api/enterprises/${id}`, { method: 'PATCH', body: change });
  },
  projects(enterpriseId?: number, signal?: AbortSignal): Promise<{ projects: Project[]; page: Page }> {
    return apiRequest(`/api/projects${query({ enterpriseId, limit: MAX_PAGE })}`, { signal });
  },
  createProject(enterpriseId: number, fields: ProjectFields): Promise<{ project: Project }> {
    return unsafeRequest('/api/projects', { method: 'POST', body: { enterpriseId, ...fields } });
  },
  updateProject(id: number, change: Partial<ProjectFields>): Promise<{ project: Project }> {
    return unsafeRequest(`/api/projects/${id}`, { method: 'PATCH', body: change });
  },
  assignments(
    history: boolean,
    signal?: AbortSignal,
    page: PageRequest = { limit: MAX_PAGE },
  ): Promise<{ assignments: Assignment[]; page: Page }> {
    return apiRequest(`/api/assignments${query({ history, ...page })}`, { signal });
  },
  workingGroups(signal?: AbortSignal): Promise<{ workingGroups: WorkingGroup[]; page: Page }> {
    return apiRequest(`/api/working-groups${query({ limit: MAX_PAGE })}`, { signal });
  },
  categories(signal?: AbortSignal): Promise<{ categories: DifficultyCategory[]; page: Page }> {
    return apiRequest(`/api/difficulty-categories${query({ limit: MAX_PAGE })}`, { signal });
  },
};
