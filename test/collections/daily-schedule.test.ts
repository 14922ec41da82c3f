// The daily report's Temporal Schedule on the dev server: created idempotently at the form's opening time in
// Asia/Shanghai, and when it fires it opens today's round with a report row per enterprise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionScheduleId, dailyCollections, ensureCollectionSchedule } from '#core/collection-schedules';
import { localDate, startOfLocalDay } from '#core/domain/working-calendar';
import { eventually } from '#scripts/kit/eventually';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

describe('daily report schedule (dev server)', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('is scheduled daily at 00:05 Asia/Shanghai and, when it fires, opens the day’s round for every enterprise', async () => {
    const { db, client, config } = system;
    expect(await dailyCollections(db)).toEqual([{ formKey: 'daily-report', opensAt: '00:05', deadline: '17:00' }]);
    const scheduleId = `${collectionScheduleId('daily-report')}-${Date.now()}`;
    // Created as if at today's midnight, before the opening time: the round below is the one the trigger starts.
    const midnight = new Date(startOfLocalDay(localDate(Date.now(), config.timeZone), config.timeZone));
    const [daily] = await dailyCollections(db);
    expect(await ensureCollectionSchedule(client, config, db, daily!, { scheduleId, now: midnight })).toBe('created');
    expect(await ensureCollectionSchedule(client, config, db, daily!, { scheduleId, now: midnight })).toBe('kept');
    const handle = client.schedule.getHandle(scheduleId);
    try {
      const described = await handle.describe();
      expect(described.spec.calendars?.[0]).toMatchObject({
        hour: [{ start: 0, end: 0, step: 1 }],
        minute: [{ start: 5, end: 5, step: 1 }],
      });
      expect(described.spec.timezone).toBe('Asia/Shanghai');
      expect(described.policies.overlap).toBe('ALLOW_ALL');
      await handle.trigger();
      // Today here is the machine's date in Beijing: the workflow started just now.
      const roundId = `daily-report/${localDate(Date.now(), config.timeZone)}`;
      const enterprises = Number((await db('enterprises').count({ n: '*' }).first())!.n);
      // The round's workflow writes a report row per enterprise through its activities: wait until all are there.
      const rows = await eventually(
        async () => Number((await db('collection_reports').where({ round_id: roundId }).count({ n: '*' }).first())!.n),
        (n) => n >= enterprises,
        30_000,
      );
      expect(rows).toBe(enterprises);
      // Triggered after today's 17:00 deadline (an evening test run), the round closes as soon as it has opened; before it, it stays open.
      const pastDeadline = Date.now() >= startOfLocalDay(localDate(Date.now(), config.timeZone), config.timeZone) + 17 * 3_600_000;
      const expected = pastDeadline ? 'closed' : 'open';
      const round = await eventually(
        () => db('collection_rounds').where({ id: roundId }).first(),
        (row) => row?.status === expected,
      );
      expect(round).toMatchObject({ form_key: 'daily-report', recurrence: 'daily' });
      expect(round.status).toBe(expected);
      expect(round.workflow_id).toMatch(/^collection-daily-report/);
      const running = await client.workflow.getHandle(round.workflow_id).describe();
      expect(running.status.name).toBe('RUNNING');
      await client.workflow.getHandle(round.workflow_id).terminate('test over');
    } finally {
      await handle.delete();
    }
  });
});
