// The gate API (web/server/gate): setup, worker look-up, the check itself, check-ins, end changes, the register.
import type { GateStep, ValueRule } from '#core/domain/gate-rules';
import type { Locale } from '#core/domain/locale';
import { apiRequest } from './api-request';
import { listPath, type Page, type PageRequest } from './paging';
import { unsafeRequest } from './unsafe-request';

/** What the gate page renders, from the published gate-check definition. */
export interface GateSetup {
  formVersion: number;
  steps: string[];
  channels: string[];
  zones: string[];
  feverThreshold: number | null;
  days: number;
  checkInTimes: string[];
  commitment: Record<Locale, { text: string; sha256: string }>;
  /** The notice each entrant receives (definition version 3 on). */
  notice: Record<Locale, { text: string; sha256: string }> | null;
  /** The lanes, their scans and steps (definition version 3 on). */
  lanes: GateLaneSetup[] | null;
  /** The entry rules, so the phone decides offline with the server's function (core/domain/gate-check-decision.ts). */
  entryRules: ValueRule[];
}

/** One lane of the gate: the code scanned there, its steps, whether a vehicle is registered. */
export interface GateLaneSetup {
  channel: string;
  title: Record<Locale, string>;
  scan: { key: string; title: Record<Locale, string> };
  steps: GateStep[];
  vehicle?: boolean;
}

/** A project as the gate pages name it. */
export interface GateProject {
  id: number;
  name: string;
  enterpriseName: string;
}

/** Whether an enterprise is cleared to resume (seed 003). */
export type EnterpriseClearance = 'cleared' | 'not-cleared' | 'suspended';

/** The site's enterprise's clearance as the gate setup tells it, kept on the phone for checks made offline: since its
 * clearance in force, or its latest suspension; null when never cleared. */
export interface SiteClearance {
  state: EnterpriseClearance;
  since: string | null;
}

/** A rule that decided a gate check. */
export interface GateReason {
  field: string;
  op: string;
  value: number | string | boolean;
  then: string;
}

/** The answer to a gate check. */
export interface GateCheckResult {
  id: string;
  outcome: 'admitted' | 'quarantined' | 'turned-back';
  reasons: GateReason[];
  workerId: number;
  quarantine: { id: string; startedAt: string; endsAt: string } | null;
  /** Whether the site's enterprise is cleared to resume (seed 003): the gate is told, the entry decided as ever. On a
   * check decided on the phone offline, what the phone's copy of the setup said (absent when it said nothing); null on
   * one recorded before this was kept. */
  enterpriseClearance?: EnterpriseClearance | null;
}

/** A worker's standing at a site. */
export type SiteStatus = 'admitted' | 'quarantined' | 'released' | 'turned-back';

/** One worker in the register. */
export interface RegisterWorker {
  workerId: number;
  name: string;
  residentId: string;
  status: SiteStatus;
  zone: string | null;
  channel: string;
  checkedAt: string;
  /** A masked word instead of the reading for readers outside the site. */
  gateTemperature: number | string | null;
  quarantine: {
    id: string;
    startedAt: string;
    endsAt: string;
    previousEndsAt: string | null;
    fever: boolean;
    releasedAt: string | null;
    lastTemperature: number | string | null;
    missed: number;
    openCheckIn: { slotAt: string; opensAt: string; dueAt: string } | null;
    day: number | null;
    days: number | null;
  } | null;
}

/** GET /api/gate/register. */
export interface SiteRegister {
  /** The picker's first sites; `projectsTotal` counts them all (find the others by name with gateApi.projects). */
  projects: GateProject[];
  projectsTotal: number;
  project: GateProject | null;
  asOf: string;
  totals?: { admitted: number; quarantined: number; inQuarantine: number; released: number; turnedBack: number; workers: number };
  zones?: Record<'management' | 'construction' | 'living' | 'isolation', number>;
  /** A page of the site's workers, filtered as asked (the figures and zones count them all). */
  workers?: RegisterWorker[];
  page?: Page;
}

/** The filters of the register's workers. */
export interface RegisterFilter {
  status?: SiteStatus | '';
  checkInOpen?: boolean;
}

/** Calls of the gate pages. */
export const gateApi = {
  setup: (signal?: AbortSignal) =>
    apiRequest<{
      setup: GateSetup;
      project: GateProject | null;
      /** Absent in an answer kept on the phone before the server said it. */
      enterpriseClearance?: SiteClearance | null;
      asOf: string;
    }>('/api/gate/setup', { signal }),
  worker: (residentId: string) =>
    apiRequest<{
      worker: { id: number; name: string; mobile: string | null; mobileMasked?: boolean } | null;
      /** The worker at this site; `quarantineEndsAt` is the end of their quarantine here while it lasts, else null. */
      standing: { status: SiteStatus; zone: string | null; quarantineEndsAt?: string | null } | null;
    }>(`/api/gate/workers/${encodeURIComponent(residentId)}`),
  check: (checkId: string, data: Record<string, unknown>) =>
    unsafeRequest<{ check: GateCheckResult }>('/api/gate/checks', { method: 'POST', body: { checkId, data } }),
  checkIn: (quarantineId: string, temperature: number) =>
    unsafeRequest<{ checkIn: { slotAt: string; fever: boolean } }>(`/api/gate/quarantines/${quarantineId}/check-ins`, {
      method: 'POST',
      body: { temperature },
    }),
  changeEnd: (quarantineId: string, endsAt: string, reason: string) =>
    unsafeRequest<{ quarantine: { endsAt: string } }>(`/api/gate/quarantines/${quarantineId}/end`, {
      method: 'POST',
      body: { endsAt, reason },
    }),
  /** A page of the sites the caller may open whose project or enterprise name contains `q`. */
  projects: (q: string, signal?: AbortSignal) =>
    apiRequest<{ projects: GateProject[]; page: Page }>(listPath('/api/gate/projects', { q }, {}), { signal }),
  /** The register of a project (the caller's first when null), with a page of its workers (the server's 50 unless asked). */
  register: (projectId: number | null, signal?: AbortSignal, filter: RegisterFilter = {}, page: PageRequest = {}) =>
    apiRequest<SiteRegister>(
      listPath(
        '/api/gate/register',
        { projectId, status: filter.status, checkInOpen: filter.checkInOpen === undefined ? undefined : String(filter.checkInOpen) },
        page,
      ),
      { signal },
    ),
};
