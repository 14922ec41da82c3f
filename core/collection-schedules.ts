// One Temporal Schedule per daily collection form (P3): it starts a round every day at the form's opening time,
// local time. Created or brought up to date by the worker at start and when an admin publishes a collection, idempotently.
// A schedule created during the day opens that day's round at once (see ensureCollectionSchedule).
import { ScheduleAlreadyRunning, ScheduleNotFoundError, type Client, type ScheduleSpec } from '@temporalio/client';
import type { Config } from './config';
import { atLocalTime, DAILY_DEADLINE, type CollectionParams } from './domain/collection-plan';
import { localDate } from './domain/working-calendar';
import { newestPublishedForms } from './stores/collections/collection-form-store';
import { dailyRoundId, roundWorkflowId } from './stores/collections/round-store';
import type { Db } from './stores/db-types';

/** Id of the schedule that opens the daily rounds of `formKey`. */
export function collectionScheduleId(formKey: string): string {
  return `fugong-collection-${formKey}`;
}

/** A daily collection form: when its rounds open and when they are due, local times `HH:MM`. */
export interface DailyCollection {
  formKey: string;
  opensAt: string;
  deadline: string;
}

/** The daily collection forms (newest published version of each) and their opening times and deadlines. */
export async function dailyCollections(db: Db): Promise<DailyCollection[]> {
  const newest = (await newestPublishedForms(db)).map((form) => ({
    formKey: form.key,
    params: { ...(form.process.params as unknown as CollectionParams), processType: form.process.processType },
  }));
  return newest
    .filter(({ params }) => params.processType === 'collection' && params.recurrence === 'daily')
    .map(({ formKey, params }) => ({ formKey, opensAt: params.opensAt ?? '00:05', deadline: params.deadline ?? DAILY_DEADLINE }));
}

/**
 * Whether `nowMs` falls between today's opening time and today's deadline: a schedule created then would otherwise
 * leave today without a round (its first firing is tomorrow, and a Schedule does not catch up on times before it existed).
 * Not after the deadline: a round opened then would close at once and tell every enterprise off, and its escalations
 * and bulletin would blame them, for a day on which the system was not there to collect anything.
 */
export function withinTodaysWindow(collection: DailyCollection, nowMs: number, timeZone: string): boolean {
  const today = localDate(nowMs, timeZone);
  return nowMs >= atLocalTime(today, collection.opensAt, timeZone) && nowMs < atLocalTime(today, collection.deadline, timeZone);
}

function specFor(opensAt: string, timeZone: string): ScheduleSpec {
  const [hour, minute] = opensAt.split(':').map(Number);
  return { calendars: [{ hour: hour!, minute: minute!, comment: `collection round opens ${opensAt}` }], timezone: timeZone };
}

/** What ensureCollectionSchedule did: created the schedule and opened today's round with it, only created it, or kept it. */
export type ScheduleOutcome = 'opened' | 'created' | 'kept';

/**
 * Creates the schedule of one daily collection, or moves an existing one to a changed opening time; says which.
 * Created between today's opening time and deadline, it starts today's round at once, unless today's round exists
 * already (a schedule deleted and created again the same day: a Temporal server reset, a form retired and published
 * again). A kept schedule never starts one: the worker restarts many times a day. The start is part of the create
 * request (`triggerImmediately`), so a worker stopped just after creating cannot lose it; two workers starting at once
 * create the schedule once, so it starts at most one round.
 */
export async function ensureCollectionSchedule(
  client: Client,
  config: Config,
  db: Db,
  collection: DailyCollection,
  options: { now?: Date; scheduleId?: string } = {},
): Promise<ScheduleOutcome> {
  const { formKey, opensAt } = collection;
  const now = options.now ?? new Date();
  const scheduleId = options.scheduleId ?? collectionScheduleId(formKey);
  const spec = specFor(opensAt, config.timeZone);
  const openToday =
    withinTodaysWindow(collection, now.getTime(), config.timeZone) &&
    !(await roundWorkflowId(db, dailyRoundId(formKey, localDate(now, config.timeZone))));
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
      state: { triggerImmediately: openToday },
    });
    return openToday ? 'opened' : 'created';
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

/** Makes sure every daily collection form has its schedule (a new one opening today's round while there is time). */
export async function ensureCollectionSchedules(client: Client, config: Config, db: Db, now = new Date()): Promise<void> {
  for (const collection of await dailyCollections(db)) await ensureCollectionSchedule(client, config, db, collection, { now });
}

/** Deletes the schedule of a retired collection form; nothing to do when it has none. */
export async function dropCollectionSchedule(client: Client, formKey: string): Promise<void> {
  try {
    await client.schedule.getHandle(collectionScheduleId(formKey)).delete();
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
  }
}
