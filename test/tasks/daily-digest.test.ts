import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDigestSchedule } from '#core/schedules';
import { eventually } from '#scripts/kit/eventually';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

describe('daily digest (Temporal Schedule on the dev server)', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('is scheduled at 08:00 Asia/Shanghai and, when it runs, tells each cadre what is overdue or due within a day', async () => {
    const { db, client, config } = system;
    const cadre1 = await db('users').where({ username: 'cadre1' }).first();
    const enterprise = await db('cadre_assignments').where({ cadre_id: cadre1.id }).first('enterprise_id');
    const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
    const task = (title: string, due: string, status = 'open') => ({
      id: `digest-test/${randomUUID()}`,
      workflow_id: 'digest-test',
      enterprise_id: enterprise.enterprise_id,
      process_type: 'ladder',
      step: 'cadre',
      title: JSON.stringify({ 'zh-CN': title, en: title }),
      assignee_user_id: cadre1.id,
      priority: 0,
      due_at: due,
      created_at: hours(-30),
      status,
      allowed_actions: '[]',
      completion_schema: '{}',
      search_text: title,
    });
    await db('tasks').insert([
      task('昨天就该办的', hours(-3)),
      task('今天要办的', hours(5)),
      task('下周的', hours(24 * 7)),
      task('已办结的', hours(-5), 'done'),
    ]);

    const scheduleId = `digest-${randomUUID()}`;
    await ensureDigestSchedule(client, config, scheduleId);
    await ensureDigestSchedule(client, config, scheduleId);
    const handle = client.schedule.getHandle(scheduleId);
    const described = await handle.describe();
    expect(described.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 8, end: 8, step: 1 }], minute: [{ start: 0, end: 0, step: 1 }] });
    expect(described.spec.timezone).toBe('Asia/Shanghai');
    await handle.trigger();

    // The triggered run writes one digest per cadre through its activities a moment later: wait for all three.
    const digests: { to_address: string; subject: string; text_body: string }[] = await eventually(
      () => db('outbox').where({ template: 'daily-digest' }).select('to_address', 'subject', 'text_body'),
      (rows) => rows.length >= 3,
      20_000,
    );
    await handle.delete();
    expect(digests.map((d) => d.to_address).sort()).toEqual([
      'cadre1@demo.fugong.local',
      'cadre2@demo.fugong.local',
      'cadre3@demo.fugong.local',
    ]);
    const mine = digests.find((d) => d.to_address.startsWith('cadre1'))!;
    expect(mine.subject).toMatch(/每日待办提醒：超时 1 项，24 小时内到期 1 项$/);
    expect(mine.text_body).toContain('[已超时] 昨天就该办的');
    expect(mine.text_body).toContain('今天要办的');
    expect(mine.text_body).not.toContain('下周的');
    expect(mine.text_body).not.toContain('已办结的');
    expect(digests.find((d) => d.to_address.startsWith('cadre2'))!.text_body).toContain('今日没有超时或即将到期的待办');
  });
});
