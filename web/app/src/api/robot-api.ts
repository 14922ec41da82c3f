// Group robots (admins only): list, register, change, test-send. Secrets go up once and never come back.
import { apiRequest } from './api-request';
import { MAX_PAGE, type Page } from './paging';
import { unsafeRequest as unsafe } from './unsafe-request';

/** A registered robot as the API shows it: the secret only as a hint. */
export interface Robot {
  id: number;
  key: string;
  name: string;
  channel: 'wecom-robot' | 'dingtalk-robot';
  audience: 'hq' | 'working_group' | 'cadre';
  workingGroupKey: string | null;
  cadreUserId: number | null;
  secretHint: string;
  perMinute: number;
  active: boolean;
}

/** What an admin enters to register a robot. */
export interface RobotRegistration {
  key: string;
  name: string;
  channel: Robot['channel'];
  audience: Robot['audience'];
  workingGroupKey?: string;
  cadreUserId?: number;
  webhook: string;
  signSecret?: string;
}

/** The robot endpoints of the API. */
export const robotApi = {
  /** The registered robots (one full page: the robots page shows them all). */
  list(signal?: AbortSignal): Promise<{ robots: Robot[]; page: Page; configured: string[] }> {
    return apiRequest(`/api/admin/robots?limit=${MAX_PAGE}`, { signal });
  },
  /** `requeuedMessages`: messages dead for want of the robot (not registered, switched off) queued again. */
  register(body: RobotRegistration): Promise<{ robot: Robot; requeuedMessages: number }> {
    return unsafe('/api/admin/robots', { method: 'POST', body });
  },
  change(id: number, body: { active?: boolean; name?: string }): Promise<{ robot: Robot; requeuedMessages: number }> {
    return unsafe(`/api/admin/robots/${id}`, { method: 'PUT', body });
  },
  testSend(id: number): Promise<{ outcome: 'sent' }> {
    return unsafe(`/api/admin/robots/${id}/test-send`, { method: 'POST', body: {} });
  },
};
