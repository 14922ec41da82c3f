// A daily collection whose Schedule is created during the day (a city installing the system at 10:00, an admin
// publishing a new daily form) opens today's round at once, exactly once; a worker restart or a schedule created again
// the same day opens no second one, and a schedule created after the deadline leaves today alone. The clock of the
// decision is injected; the round itself opens at the dev server's real time, so "today" is the machine's date in Beijing.
import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionScheduleId, dailyCollections, ensureCollectionSchedule, type DailyCollection } from '#core/collection-schedules';
import { atLocalTime } from '#core/domain/collection-plan';
import { localDate } from '#core/domain/working-calendar';
import { syncShippedForms } from '#core/stores/forms/form-store';
import { readShippedForms } from '#forms/shipped-forms';
import { arrival, eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

describe('a daily collection scheduled during the day (dev server)', () => {
  const TZ = 'Asia/Shanghai';
  let system: RunningSystem;
  const schedules: string[] = [];
  beforeAll(async () => {
    // The web app's clock reads 10:00 today in Beijing, for an admin publishing during the day.
    system = await startSystem(testDatabases()[0]!, undefined, {
      now: () => new Date(atLocalTime(localDate(Date.now(), TZ), '10:00', TZ)),
    });
    expect(system.config.timeZone).toBe(TZ);
  });
  afterAll(async () => {
    for (const scheduleId of schedules) await system?.client.schedule.getHandle(scheduleId).delete();
    await system?.stop();
  });

  const today = () => localDate(Date.now(), system.config.timeZone);
  /** Today at local `time` in the configured zone. */
  const todayAt = (time: string) => new Date(atLocalTime(today(), time, system.config.timeZone));

  /** Publishes a copy of the daily report under a key of its own (due 17:00, opens 00:05) and returns it as scheduled. */
  async function publishDailyForm(): Promise<DailyCollection> {
    const form = structuredClone(readShippedForms().find((each) => each.key === 'daily-report')!);
    const key = `site-daily-${randomUUID().slice(0, 8)}`;
    await syncShippedForms(system.db, [{ ...form, key }]);
    const collection = (await dailyCollections(system.db)).find((each) => each.formKey === key)!;
    expect(collection).toEqual({ formKey: key, opensAt: '00:05', deadline: '17:00' });
    return collection;
  }

  /** Creates (or keeps) the collection's schedule as the worker does, at `now`. */
  async function ensureAt(collection: DailyCollection, now: Date) {
    const scheduleId = collectionScheduleId(collection.formKey);
    if (!schedules.includes(scheduleId)) schedules.push(scheduleId);
    return ensureCollectionSchedule(system.client, system.config, system.db, collection, { now });
  }

  /** Ids of the workflows the schedule has started so far, oldest first (a start the server tags with the schedule's id). */
  async function startedBy(scheduleId: string): Promise<string[]> {
    const started: { id: string; at: number }[] = [];
    for await (const run of system.client.workflow.list({ query: `TemporalScheduledById = "${scheduleId}"` }))
      started.push({ id: run.workflowId, at: run.startTime.getTime() });
    return started.sort((a, b) => a.at - b.at).map((run) => run.id);
  }

  /** Ends a round's workflow left running by a test; one that has finished already is fine. */
  async function stopWorkflow(workflowId: string): Promise<void> {
    await system.client.workflow
      .getHandle(workflowId)
      .terminate('test over')
      .catch((error: unknown) => {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      });
  }

  /**
   * The workflows the schedule started by itself, checked without sleeping: a sentinel start is requested after
   * everything the create asked for (the scheduler takes requests in order), under a workflow id of its own; once it
   * shows, any start the create made shows too. The sentinel is stopped and left out.
   */
  async function startedBeforeASentinel(scheduleId: string): Promise<string[]> {
    const handle = system.client.schedule.getHandle(scheduleId);
    const sentinel = `sentinel-${randomUUID().slice(0, 8)}`;
    await handle.update((previous) => ({ ...previous, action: { ...previous.action, workflowId: sentinel } }));
    await handle.trigger();
    const started = await eventually(
      () => startedBy(scheduleId),
      (ids) => ids.some((id) => id.startsWith(sentinel)),
    );
    for (const id of started.filter((each) => each.startsWith(sentinel))) await stopWorkflow(id);
    expect(started.some((id) => id.startsWith(sentinel))).toBe(true);
    return started.filter((id) => !id.startsWith(sentinel));
  }

  const roundsOf = (formKey: string) => system.db('collection_rounds').where({ form_key: formKey }).select('id', 'workflow_id');

  it('opens today’s round at once when created after the opening time and before the deadline, and not again on a restart', async () => {
    const collection = await publishDailyForm();
    const scheduleId = collectionScheduleId(collection.formKey);
    expect(await ensureAt(collection, todayAt('10:00'))).toBe('opened');

    const round = await arrival(
      () =>
        system
          .db('collection_rounds')
          .where({ id: `${collection.formKey}/${today()}` })
          .first(),
      'today’s round',
    );
    const started = await eventually(
      () => startedBy(scheduleId),
      (ids) => ids.length > 0,
    );
    expect(started).toEqual([round.workflow_id]);
    expect(round.workflow_id).toMatch(new RegExp(`^collection-${collection.formKey}-`));
    const enterprises = Number((await system.db('enterprises').count({ n: '*' }).first())!.n);
    const reports = await eventually(
      async () => Number((await system.db('collection_reports').where({ round_id: round.id }).count({ n: '*' }).first())!.n),
      (n) => n >= enterprises,
    );
    expect(reports).toBe(enterprises);

    // The worker restarts later the same morning: the schedule is kept and starts nothing more.
    expect(await ensureAt(collection, todayAt('11:30'))).toBe('kept');
    expect(await startedBeforeASentinel(scheduleId)).toEqual([round.workflow_id]);
    expect(await roundsOf(collection.formKey)).toEqual([{ id: round.id, workflow_id: round.workflow_id }]);
    await stopWorkflow(round.workflow_id);
  });

  it('opens no second round when the schedule is created again the same day after today’s round opened', async () => {
    const collection = await publishDailyForm();
    const scheduleId = collectionScheduleId(collection.formKey);
    expect(await ensureAt(collection, todayAt('09:00'))).toBe('opened');
    const round = await arrival(
      () =>
        system
          .db('collection_rounds')
          .where({ id: `${collection.formKey}/${today()}` })
          .first(),
      'today’s round',
    );

    // The schedule is lost at noon (a Temporal server started afresh, say) while today's round stays in the database:
    // created again, it starts nothing; the only start under its id is still the morning's.
    await system.client.schedule.getHandle(scheduleId).delete();
    expect(await ensureAt(collection, todayAt('12:00'))).toBe('created');
    expect(await startedBeforeASentinel(scheduleId)).toEqual([round.workflow_id]);
    expect(await roundsOf(collection.formKey)).toEqual([{ id: round.id, workflow_id: round.workflow_id }]);
    await stopWorkflow(round.workflow_id);
  });

  it('leaves today without a round when created after the deadline', async () => {
    const collection = await publishDailyForm();
    const scheduleId = collectionScheduleId(collection.formKey);
    expect(await ensureAt(collection, todayAt('17:30'))).toBe('created');
    expect(await startedBeforeASentinel(scheduleId)).toEqual([]);
  });

  it('leaves today without a round when created before the opening time: the schedule opens it then', async () => {
    const collection = await publishDailyForm();
    const scheduleId = collectionScheduleId(collection.formKey);
    expect(await ensureAt(collection, todayAt('00:01'))).toBe('created');
    expect(await startedBeforeASentinel(scheduleId)).toEqual([]);
  });

  it('opens today’s round at once when an admin publishes a new daily collection during the day', async () => {
    const key = `site-hygiene-${randomUUID().slice(0, 8)}`;
    const daily = structuredClone(readShippedForms().find((form) => form.key === 'daily-report')!);
    const definition = { ...daily, key, title: { 'zh-CN': '工地卫生日报', en: 'Site hygiene daily' } };
    const admin = new HttpSession(system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    expect((await admin.request('PUT', `/api/admin/forms/${key}/draft`, definition)).status).toBe(200);
    const published = await admin.request('POST', `/api/admin/forms/${key}/publish`);
    expect(published.status).toBe(200);
    schedules.push(collectionScheduleId(key));

    const round = await arrival(
      () =>
        system
          .db('collection_rounds')
          .where({ id: `${key}/${today()}` })
          .first(),
      'today’s round',
    );
    expect(await startedBeforeASentinel(collectionScheduleId(key))).toEqual([round.workflow_id]);
    expect(await roundsOf(key)).toEqual([{ id: round.id, workflow_id: round.workflow_id }]);
    await stopWorkflow(round.workflow_id);
  });
});
