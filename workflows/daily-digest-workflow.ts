// Started by the `daily-digest` Schedule at 08:00 local time: one digest email per cadre.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '#activities/index';
import { EMAIL } from './activity-profiles';

const { sendDailyDigests } = proxyActivities<Activities>({ ...EMAIL, startToCloseTimeout: '10 minutes' });

/** Sends the morning digests as of the workflow's start time; returns how many went out. */
export async function dailyDigestWorkflow(): Promise<number> {
  return sendDailyDigests({ asOf: new Date().toISOString() });
}
