// The admin's system status page.
import type { SystemStatus } from '../../../server/system/system-status';
import { apiRequest } from './api-request';

export type { SystemStatus };

/** Calls of the system page. */
export const systemApi = {
  /** Versions, Temporal, workers and backlog, outbox and backup, read live. */
  status: (signal?: AbortSignal) => apiRequest<{ system: SystemStatus }>('/api/admin/system', { signal }),
};
