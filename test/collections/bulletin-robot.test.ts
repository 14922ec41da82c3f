// The 17:30 daily bulletin reaches the special class's WeCom group robot as markdown with the compliance figures and
// a link back (issue 22), on the time-skipping server, delivered by the dispatcher to a fake WeCom server on loopback
// that checks the request as WeCom does; the bulletin's emails are unchanged.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { prepareDatabase } from '#core/bootstrap';
import { createSecretBox } from '#core/codec/secret-box';
import { createRobotDispatcher } from '#core/notify/robot-dispatcher';
import { insertRobot } from '#core/stores/notify/robot-store';
import { startFakeRobotServer, type FakeRobotServer } from '#scripts/kit/fake-robot-server';
import { openSqlite } from '../helpers/test-db';
import { eventually, fileReport, publishCopy, skipTo, startHarness, startRound, type Harness } from './collection-harness';

const KEY = 'wecom-class-coordination-0001';

describe('daily bulletin to the special class’s WeCom robot (time-skipping server)', () => {
  let db: Knex;
  let h: Harness;
  let fake: FakeRobotServer;
  const box = createSecretBox([{ id: 'test', secret: randomBytes(32) }], 'robot');

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    fake = await startFakeRobotServer({ wecomKeys: [KEY], dingtalk: {}, now: () => Date.now() });
    const group = await db('working_groups').where({ key: 'coordination' }).first('id');
    await insertRobot(
      db,
      box,
      {
        key: 'class-coordination-wecom',
        name: '综合协调专班群',
        channel: 'wecom-robot',
        audience: 'working_group',
        workingGroupId: group.id,
        secret: { token: KEY },
      },
      new Date().toISOString(),
    );
    h = await startHarness(db, { robotEndpoints: { 'wecom-robot': fake.wecomUrl }, publicUrl: 'https://fugong.example/' });
  });
  afterAll(async () => {
    await h?.stop();
    await fake?.stop();
    await db?.destroy();
  });

  it('posts the markdown bulletin with on-time, late and missing counts, the totals and the link, once', async () => {
    const form = await publishCopy(db, 'daily-report', (params) => {
      (params.bulletin as Record<string, unknown>).robots = ['class-coordination-wecom'];
    });
    const today = await skipTo(h.env, 1, '09:00');
    const handle = await startRound(h, form.key);
    const roundId = `${form.key}/${today}`;
    const expected = Number((await db('enterprises').count({ n: '*' }).first())!.n);
    await skipTo(h.env, 0, '10:00', today);
    await fileReport(h, db, form, 'ent01', {
      projectsStarted: 2,
      projectsReady: 1,
      projectsDelayed: 0,
      workersOnSite: 120,
      returnedToday: 8,
      awaitingReturn: 15,
    });
    const robotRows = () =>
      db('outbox').where({ channel: 'wecom-robot' }).andWhere('idempotency_key', 'like', `collection/${roundId}/%`).select();

    await skipTo(h.env, 0, '17:29', today);
    expect(await robotRows()).toEqual([]);
    await skipTo(h.env, 0, '17:31', today);
    const [row] = await eventually(robotRows, (rows) => rows.length === 1, 'the robot row');
    expect(row).toMatchObject({ status: 'queued', to_address: 'robot:class-coordination-wecom', template: 'collection-bulletin' });

    const dispatcher = createRobotDispatcher({ db, box, endpoints: { 'wecom-robot': fake.wecomUrl } });
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 1 });
    expect(await dispatcher.drainOnce()).toMatchObject({ sent: 0 });
    expect(fake.refused).toEqual([]);
    expect(fake.received).toHaveLength(1);
    const content = fake.received[0]!.body.markdown.content!;
    // The day as people name it (its year only when it is not this year), not the round's YYYY-MM-DD.
    const [, month, day] = today.split('-').map(Number);
    expect(content).toMatch(new RegExp(`^## 项目动态每日通报 · .+ · (\\d{4}年)?${month}月${day}日\n`));
    expect(content).toContain(`应报 **${expected}** 家，按时报送 **1** 家，迟报 **0** 家，未报 **${expected - 1}** 家`);
    expect(content).toContain('在岗');
    expect(content).toMatch(/> .+：120/);
    expect(content.split('\n').at(-1)).toBe('[查看通报](https://fugong.example/#/bulletins)');
    // The emails of the bulletin are what they were: one per admin and HQ user, keyed per user.
    const emails = await db('outbox')
      .where({ template: 'collection-bulletin', channel: 'email' })
      .andWhere('idempotency_key', 'like', `collection/${roundId}/bulletin/%`);
    expect(emails).toHaveLength(3); // admin, hq, hq2
    await handle.terminate('test over');
  });
});
