// Temporal Schedules the system relies on, created once per cluster (idempotently) when a worker starts.
import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';
import type { Config } from './config';

/** Id of the morning digest schedule. */
export const DIGEST_SCHEDULE_ID = 'fugong-daily-digest';

/** Creates the 08:00 (local time) digest schedule unless it exists. */
export async function ensureDigestSchedule(client: Client, config: Config, scheduleId = DIGEST_SCHEDULE_ID): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId,
      spec: { calendars: [{ hour: 8, minute: 0, comment: 'daily digest 08:00' }], timezone: config.timeZone },
      action: { type: 'startWorkflow', workflowType: 'dailyDigestWorkflow', taskQueue: config.temporal.taskQueue, args: [] },
      policies: { overlap: 'SKIP', catchupWindow: '1 hour' },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
}
