// The "collection once" starter of the new-form dialog runs as created (time-skipping server): the campaign an admin
// opens reminds 2 days and 2 hours before its deadline, and at the deadline tells each enterprise still missing and
// its cadre; a report filed in time counts.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { atLocalTime } from '#core/domain/collection-plan';
import { addDays } from '#core/domain/working-calendar';
import { checkDefinition } from '#forms/check-definition';
import { syncShippedForms } from '#core/stores/forms/form-store';
import { starterDefinition } from '#forms/process-templates';
import type { CollectionRoundResult } from '#workflows/collection-round-workflow';
import { openSqlite } from '../helpers/test-db';
import { eventually, fileReport, skipTo, startHarness, startRound, TZ, type Harness } from './collection-harness';

describe('collection-once starter (time-skipping server)', () => {
  let db: Knex;
  let h: Harness;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    h = await startHarness(db);
  });
  afterAll(async () => {
    await h?.stop();
    await db?.destroy();
  });

  it('runs a campaign from the starter unchanged but for its target: reminders, a report on time, the missing told at the deadline', async () => {
    const form = starterDefinition(
      `once-${randomUUID().slice(0, 8)}`,
      { 'zh-CN': '复工计划摸底', en: 'Resumption plan survey' },
      'collection-once',
    );
    expect(checkDefinition(form)).toEqual([]);
    form.process.params.target = { kind: 'list', enterpriseIds: [1, 6] };
    await syncShippedForms(db, [form]);

    const opened = await skipTo(h.env, 1, '09:00');
    const deadline = new Date(atLocalTime(addDays(opened, 3), '18:00', TZ)).toISOString();
    const roundId = `${form.key}/campaign`;
    const handle = await startRound(h, form.key, { roundId, deadline, openedBy: null });
    await eventually(
      () => db('collection_reports').where({ round_id: roundId }).count({ n: '*' }).first(),
      (row) => Number(row!.n) === 2,
      'two report rows',
    );
    await fileReport(h, db, form, 'ent01', { summary: '已制定复工计划' });
    const result: CollectionRoundResult = await handle.result();

    expect(result).toMatchObject({
      roundId,
      expected: 2,
      missed: 1,
      sent: { 'remind-0': 1, 'remind-1': 1, 'escalate-0': 1, 'escalate-1': 1 },
    });
    const rows = await db('collection_reports as r')
      .join('users as u', 'u.enterprise_id', 'r.enterprise_id')
      .where({ 'r.round_id': roundId, 'u.role': 'enterprise' })
      .orderBy('u.username')
      .select('u.username', 'r.status');
    expect(rows).toEqual([
      { username: 'ent01', status: 'on_time' },
      { username: 'ent06', status: 'missed' },
    ]);
  });
});
