// What a site knows of a worker is what its own officers took down at its gate checks (site_workers.name and mobile,
// migration 0051), not the record another site keeps: a resident ID typed at one gate must never turn into the name or
// mobile another site recorded. A standing written before sites kept their own capture reads the worker's record only
// when the site keeps it (or nobody does); otherwise the name is masked and no mobile is shown.
import { maskName } from '../../privacy/mask';
import type { FoundWorker, StoredSiteStanding } from './gate-check-store';

/** The columns `capturedAtSite` reads, for a query joining the site's standing as `site` and the worker as `worker`. */
export function captureColumns(site: string, worker: string): string[] {
  return [
    `${site}.name as site_name`,
    `${site}.mobile as site_mobile`,
    `${worker}.name as kept_name`,
    `${worker}.mobile as kept_mobile`,
    `${worker}.kept_by_project_id as kept_by_project_id`,
  ];
}

/** A row with the columns of `captureColumns`. */
export interface CaptureRow {
  site_name?: unknown;
  site_mobile?: unknown;
  kept_name?: unknown;
  kept_mobile?: unknown;
  kept_by_project_id?: unknown;
}

/** A worker's name and mobile as the site `projectId` captured them. */
export interface SiteCapture {
  name: string;
  mobile: string | null;
}

const text = (value: unknown): string | null => (value == null || value === '' ? null : String(value));

/** The name and mobile the site `projectId` took down about the worker of `row`. */
export function capturedAtSite(row: CaptureRow, projectId: number): SiteCapture {
  const name = text(row.site_name);
  if (name !== null) return { name, mobile: text(row.site_mobile) };
  const keeper = row.kept_by_project_id == null ? null : Number(row.kept_by_project_id);
  const kept = text(row.kept_name) ?? '';
  if (keeper === null || keeper === projectId) return { name: kept, mobile: text(row.kept_mobile) };
  return { name: maskName(kept), mobile: null };
}

/** The name and mobile the site `projectId` took down about `worker`, from its standing there (if any). */
export function workerAtSite(worker: FoundWorker, standing: StoredSiteStanding | undefined, projectId: number): SiteCapture {
  const row = { kept_name: worker.name, kept_mobile: worker.mobile, kept_by_project_id: worker.keptByProjectId };
  return capturedAtSite({ ...row, site_name: standing?.name, site_mobile: standing?.mobile }, projectId);
}
