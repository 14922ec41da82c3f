// Migration 0066 writes the parameter placeholders into the stored shipped gate check, site rounds and daily report,
// whose texts named their times and days as fixed words: an installation that stored them before reads the same words
// with those versions' values, and an admin's new version copied from them follows its own parameters.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { migrationSource } from '#core/migrations';
import { formVersion, latestPublishedForm } from '#core/stores/forms/form-store';
import { withParams } from '#forms/param-text';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases } from '../helpers/test-db';

const MIGRATION = '20261207-0066-form-text-params';

describe.each(testDatabases())('placeholders in the stored shipped texts on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  // Read from the rows: the published-version cache rightly assumes a version never changes once the app serves it.
  const stored = async (key: string) => (await formVersion(db, key, (await latestPublishedForm(db, key))!.version))!;
  const guidanceOf = async (key: string) => (await stored(key)).guidance!;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    expect(await migrateDownThrough(db, MIGRATION)).toContain(MIGRATION);
  });
  afterAll(async () => {
    await close?.();
  });

  it('names the parameters where the stored texts wrote their values, and reads as before', async () => {
    const before = await guidanceOf('gate-check');
    expect(before['zh-CN']).toContain('隔离观察 14 天，每天 08:00 和 16:00 各登记一次体温');
    const rounds = await guidanceOf('site-epidemic-rounds');
    const dailyBefore = await guidanceOf('daily-report');
    const others: Record<string, unknown> = {};
    for (const key of ['liaison-designation', 'difficulty-report', 'resumption-readiness', 'commendation']) {
      others[key] = await guidanceOf(key);
      expect(Object.values(others[key] as object).join()).not.toContain('{');
    }
    await db.migrate.latest({ migrationSource });

    const after = await stored('gate-check');
    expect(after!.guidance!['zh-CN']).toContain('隔离观察 {days} 天，每天 {checkInTimes} 各登记一次体温');
    expect(after!.guidance!.en).toContain('means {days} days of quarantine with temperatures recorded at {checkInTimes} each day');
    expect(after!.description['zh-CN']).toContain('隔离观察 {days} 天，每天 {checkInTimes} 测温');
    const params = after!.process.params as Record<string, unknown>;
    expect(withParams(after!.guidance!, params)).toEqual(before);
    const daily = (await stored('daily-report'))!;
    expect(daily.guidance!['zh-CN']).toContain('请在每天 {deadline} 前');
    expect(withParams(daily.guidance!, daily.process.params as Record<string, unknown>)).toEqual(dailyBefore);
    for (const key of ['liaison-designation', 'difficulty-report', 'resumption-readiness', 'commendation']) {
      const form = await stored(key);
      expect(form.guidance!['zh-CN'], key).toMatch(/\{[a-zA-Z.]+\}/);
      expect(withParams(form.guidance!, form.process.params as Record<string, unknown>), key).toEqual(others[key]);
    }
    // The site rounds' English said each time in its own clause; a list of times reads 'at each of 08:00 and 18:00'.
    const site = (await stored('site-epidemic-rounds'))!;
    const siteNow = withParams(site.guidance!, site.process.params as Record<string, unknown>);
    expect(siteNow['zh-CN']).toBe(rounds['zh-CN']);
    expect(siteNow.en).toBe(rounds.en.replace('at 08:00 and one at 18:00', 'at each of 08:00 and 18:00'));
  });
});
