// Migration 0056 re-keys the difficulty roll-ups: reports stored before it that wait on the enterprise (resolved and
// awaiting confirmation, returned for information) move out of the rung whose task closed, and a resolution awaiting
// confirmation gets the way it was resolved, which the write path used to miss. Afterwards the triggers keep counting
// so, and the city-wide figures equal those counted from the reports within a scope.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubmissionActivities } from '#activities/submission-activities';
import { prepareDatabase } from '#core/bootstrap';
import type { FigureGroup } from '#core/dashboard/figure-group';
import { migrationSource } from '#core/migrations';
import { dashboardFigures } from '#web/server/dashboard/dashboard-figures';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases } from '../helpers/test-db';
import { RANGE } from './dashboard-scenario';

const MIGRATION = '20261205-0056-difficulty-waiting-on-enterprise';

describe.each(testDatabases())('difficulty waiting-on-enterprise migration on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let enterpriseId: number;

  /** A difficulty report as the ladder left it, with its tasks (step, status), an hour apart. */
  async function addReport(status: string, result: Record<string, unknown> | null, tasks: [string, string][]): Promise<string> {
    const user = await db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
    enterpriseId = Number(user.enterprise_id);
    const id = randomUUID();
    const at = '2026-02-12T02:00:00.000Z';
    await db('submissions').insert({
      id,
      form_key: 'difficulty-report',
      form_version: 5,
      enterprise_id: user.enterprise_id,
      user_id: user.id,
      data: JSON.stringify({ category: 'materials', summary: '商品混凝土供应中断' }),
      category: 'materials',
      status,
      result: result === null ? null : JSON.stringify(result),
      workflow_id: `process-${id}`,
      created_at: at,
      updated_at: at,
    });
    await addTasks(id, tasks, 0);
    return id;
  }
  async function addTasks(id: string, tasks: [string, string][], from: number): Promise<void> {
    for (const [n, [step, status]] of tasks.entries()) {
      const at = new Date(Date.parse('2026-02-12T02:00:00.000Z') + (from + n) * 3600_000).toISOString();
      await db('tasks').insert({
        id: `${id}/${from + n}-${step}`,
        workflow_id: `process-${id}`,
        submission_id: id,
        enterprise_id: enterpriseId,
        process_type: 'ladder',
        step,
        title: '{}',
        category: 'materials',
        status,
        due_at: at,
        created_at: at,
        allowed_actions: '[]',
        completion_schema: '{}',
      });
    }
  }
  const zh = (cell: unknown) => (typeof cell === 'object' && cell !== null ? (cell as { 'zh-CN': string })['zh-CN'] : cell);
  const table = (group: FigureGroup, key: string) => group.tables.find((t) => t.key === key)!;
  const city = async () => (await dashboardFigures(db, 'all', RANGE, ['difficulties']))[0]!;
  const openByRung = (group: FigureGroup) =>
    Object.fromEntries(table(group, 'by-rung').rows.map((row) => [String(zh(row.cells.rung)), row.cells.open]));
  /** The city-wide figures (roll-ups) equal those counted from the reports, within a scope of the one enterprise. */
  const expectCityEqualsScope = async () => {
    const all = await city();
    const scoped = (await dashboardFigures(db, [enterpriseId], RANGE, ['difficulties']))[0]!;
    expect(all.totals).toEqual(scoped.totals);
    for (const key of ['by-category', 'by-rung', 'by-day', 'difficulty-records']) expect(table(all, key)).toEqual(table(scoped, key));
    return all;
  };

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
  });
  afterAll(async () => {
    await close?.();
  });

  it('moves the reports waiting on the enterprise out of their rungs, with the way each was resolved', async () => {
    expect((await migrateDownThrough(db, MIGRATION)).at(-1)).toBe(MIGRATION);
    // Resolved by the group, awaiting confirmation: the pending result carries the decision at its top, and the
    // outcome column was left empty.
    const resolved = await addReport(
      'resolved',
      {
        stage: 'group',
        resolution: '协调两家商混站供货',
        outcome: 'coordinated',
        department: '市住建局',
        decidedBy: 1,
        confirmBy: '2026-02-15T02:00:00.000Z',
      },
      [
        ['cadre', 'escalated'],
        ['group', 'done'],
      ],
    );
    const returned = await addReport('returned', { stage: 'cadre', note: '请说明缺口数量' }, [['cadre', 'done']]);
    await addReport('received', null, [
      ['cadre', 'done'],
      ['group', 'open'],
    ]);
    // As counted before: both at the rung whose task closed, no way recorded.
    expect(openByRung(await city())).toMatchObject({ 包挂干部: 1, 企业服务专班: 2 });

    await db.migrate.latest({ migrationSource });

    const after = await expectCityEqualsScope();
    expect(openByRung(after)).toEqual({ 包挂干部: 0, 企业服务专班: 1, 防控指挥部: 0, 待企业确认: 1, 待企业补充: 1 });
    expect(Object.fromEntries(after.totals.map((t) => [t.key, t.value]))).toMatchObject({ open: 3, settled: 0, coordinated: 1 });
    const row = table(after, 'difficulty-records').rows.find((r) => r.link?.id === resolved)!;
    expect(zh(row.cells.outcome)).toBe('协调解决');
    expect(zh(row.cells.rung)).toBe('待企业确认');

    // Kept on write from here: the enterprise answers, and the case is back in front of the cadre.
    await createSubmissionActivities({ db }).markSubmission({ submissionId: returned, status: 'received', result: null });
    await addTasks(returned, [['cadre', 'open']], 1);
    expect(openByRung(await expectCityEqualsScope())).toMatchObject({ 包挂干部: 1, 待企业补充: 0 });

    // Rolled back and applied again, the roll-ups still match the reports.
    await migrateDownThrough(db, MIGRATION);
    await db.migrate.latest({ migrationSource });
    expect(openByRung(await expectCityEqualsScope())).toMatchObject({ 包挂干部: 1, 企业服务专班: 1, 待企业确认: 1 });
  });
});
