// One Temporal Schedule per daily collection form (P3): it starts a round every day at the form's opening time,
// local time. Created or brought up to date by the worker at start, idempotently.
import { ScheduleAlreadyRunning, ScheduleNotFoundError, type Client, type ScheduleSpec } from '@temporalio/client';
import type { Config } from './config';
import type { CollectionParams } from './domain/collection-plan';
import { newestPublishedForms } from './stores/collections/collection-form-store';
import type { Db } from './stores/db-types';

/** Id of the schedule that opens the daily rounds of `formKey`. */
export function collectionScheduleId(formKey: string): string {
  return `fugong-collection-${formKey}`;
}

/** The daily collection forms (newest published version of each) and their opening times. */
export async function dailyCollections(db: Db): Promise<{ formKey: string; opensAt: string; deadline?: string }[]> {
  const newest = (await newestPublishedForms(db)).map((form) => ({
    formKey: form.key,
    params: { ...(form.process.params as unknown as CollectionParams), processType: form.process.processType },
  }));
  return newest
    .filter(({ params }) => params.processType === 'collection' && params.recurrence === 'daily')
    .map(({ formKey, params }) => ({
      formKey,
      opensAt: params.opensAt ?? '00:05',
      ...(params.deadline ? { deadline: params.deadline } : {}),
    }));
}

function specFor(opensAt: string, timeZone: string): ScheduleSpec {
  const [hour, minute] = opensAt.split(':').map(Number);
  return { calendars: [{ hour: hour!, minute: minute!, comment: `collection round opens ${opensAt}` }], timezone: timeZone };
}

/** Creates the schedule of one daily collection, or moves an existing one to a changed opening time; says which. */
export async function ensureCollectionSchedule(
  client: Client,
  config: Config,
  formKey: string,
  opensAt: string,
  scheduleId = collectionScheduleId(formKey),
): Promise<'created' | 'kept'> {
  const spec = specFor(opensAt, config.timeZone);
  try {
    await client.schedule.create({
      scheduleId,
      spec,
      action: {
        type: 'startWorkflow',
        workflowType: 'collectionRoundWorkflow',
        workflowId: `collection-${formKey}`,
        taskQueue: config.temporal.taskQueue,
        args: [{ formKey }],
      },
      // Yesterday's round still waits for its 09:00 escalation when today's opens: rounds overlap by design.
      policies: { overlap: 'ALLOW_ALL', catchupWindow: '1 hour' },
    });
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    const handle = client.schedule.getHandle(scheduleId);
    const current = (await handle.describe()).spec.calendars?.[0];
    const [hour, minute] = opensAt.split(':').map(Number);
    if (current?.hour?.[0]?.start !== hour || current?.minute?.[0]?.start !== minute)
      await handle.update((previous) => ({ ...previous, spec }));
    return 'kept';
  }
}

/** The local time of day (`HH:MM`) of `now` in `timeZone`. */
function localTime(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
}

/** Makes sure every daily collection form has its schedule. */
export async function ensureCollectionSchedules(client: Client, config: Config, db: Db): Promise<void> {
  for (const { formKey, opensAt, deadline } of await dailyCollections(db)) {
    const outcome = await ensureCollectionSchedule(client, config, formKey, opensAt);
    // A schedule created after today's opening time would leave today without a round: open it now, unless its
    // deadline has passed too (then tomorrow's round is the first; nobody is told off for a day the system did not run).
    const now = localTime(new Date(), config.timeZone);
    if (outcome === 'created' && now >= opensAt && (!deadline || now < deadline))
      await client.schedule.getHandle(collectionScheduleId(formKey)).trigger();
  }
}

/** Deletes the schedule of a retired collection form; nothing to do when it has none. */
export async function dropCollectionSchedule(client: Client, formKey: string): Promise<void> {
  try {
    await client.schedule.getHandle(collectionScheduleId(formKey)).delete();
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
  }
}
