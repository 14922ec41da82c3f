// An admin publishes a new daily collection from the form editor's API: its Schedule exists at once, without a worker
// restart; retiring the form deletes it.
import { randomUUID } from 'node:crypto';
import { ScheduleNotFoundError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionScheduleId } from '#core/collection-schedules';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { readShippedForms } from '#forms/shipped-forms';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

describe('daily collections published without code (dev server)', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('gets its Schedule when published and loses it when retired', async () => {
    const key = `site-hygiene-${randomUUID().slice(0, 8)}`;
    const daily = structuredClone(readShippedForms().find((form) => form.key === 'daily-report')!);
    const definition = {
      ...daily,
      key,
      title: { 'zh-CN': '工地卫生日报', en: 'Site hygiene daily' },
      process: { ...daily.process, params: { ...daily.process.params, opensAt: '06:30' } },
    };
    const admin = new HttpSession(system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    expect((await admin.request('PUT', `/api/admin/forms/${key}/draft`, definition)).status).toBe(200);
    expect((await admin.request('POST', `/api/admin/forms/${key}/publish`)).status).toBe(200);
    const handle = system.client.schedule.getHandle(collectionScheduleId(key));
    const described = await handle.describe();
    expect(described.spec.calendars?.[0]).toMatchObject({
      hour: [{ start: 6, end: 6, step: 1 }],
      minute: [{ start: 30, end: 30, step: 1 }],
    });
    expect(described.spec.timezone).toBe('Asia/Shanghai');

    expect((await admin.request('POST', `/api/admin/forms/${key}/retire`)).status).toBe(204);
    await expect(handle.describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });
});
