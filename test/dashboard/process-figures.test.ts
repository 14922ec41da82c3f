// A process an administrator creates shows on the HQ dashboard: a ladder published from the starter, two cases filed
// (one by an enterprise of cadre1, one by an enterprise of another cadre), one of them decided. The "other processes"
// section names the form by its title in the reader's language and counts 2 submitted, 1 open, 1 settled, with the
// open case at its rung; the records drill down by process; a cadre's read counts its own enterprises only; the CSV
// export carries the row.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import type { LocalFigureGroup } from '#web/server/dashboard/localize-group';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { taskPath } from '../helpers/inbox-fixtures';
import { localDate } from '#core/domain/working-calendar';
import { refreshRoundTotals } from '#core/stores/dashboard/collection-day-totals';

const TITLE = { 'zh-CN': '建材短缺上报', en: 'Building material shortage report' };

describe.each(testDatabases())('a process an administrator creates, on the dashboard, on $name', (database) => {
  let system: RunningSystem;
  const key = `material-${randomUUID().slice(0, 8)}`;
  const session = async (username: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
    const signedIn = new HttpSession(system.baseUrl, locale);
    await signedIn.login(username, DEMO_PASSWORD);
    return signedIn;
  };
  /** The processes group as `username` reads it. */
  const processesOf = async (username: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<LocalFigureGroup> => {
    const answer = await (await session(username, locale)).request('GET', '/api/dashboard?groups=processes');
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return (answer.body.groups as LocalFigureGroup[]).find((group) => group.key === 'processes')!;
  };
  const rowOf = (group: LocalFigureGroup, table: string, column: string, value: string) =>
    group.tables.find((t) => t.key === table)!.rows.filter((row) => row.cells[column] === value);

  beforeAll(async () => {
    system = await startSystem(database);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('lists the new ladder by title with its cases submitted, open and settled, scoped for a cadre, and exports it', async () => {
    const admin = await session('admin');
    const created = await admin.request('POST', '/api/admin/forms', { key, title: TITLE, processType: 'ladder', starter: 'ladder' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await admin.request('POST', `/api/admin/forms/${key}/publish`)).body).toMatchObject({ key, version: 1 });

    // ent01 is cadre1's; the other filer is an enterprise no assignment gives cadre1.
    const cadre1 = await system.db('users').where({ username: 'cadre1' }).first('id');
    const cadre1Enterprises = await system
      .db('cadre_assignments')
      .where({ cadre_id: cadre1.id })
      .whereNull('ended_at')
      .pluck('enterprise_id');
    const other = await system
      .db('users')
      .where({ role: 'enterprise' })
      .whereNotIn('enterprise_id', cadre1Enterprises)
      .orderBy('username')
      .first('username');
    const file = async (username: string) => {
      const answer = await (
        await session(username)
      ).request('POST', `/api/forms/${key}/submissions`, { submissionId: randomUUID(), data: { summary: '钢筋和水泥供应不上' } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(202);
      return String(answer.body.submission.id);
    };
    const ours = await file('ent01');
    const theirs = await file(other.username);
    const cadreTask = (submissionId: string) =>
      eventually(
        () => system.db('tasks').where({ submission_id: submissionId, step: 'cadre', status: 'open' }).first('id'),
        Boolean,
      ) as Promise<{ id: string }>;
    await cadreTask(theirs);
    const decided = await (
      await session('cadre1')
    ).request('POST', taskPath((await cadreTask(ours)).id, '/decide'), { action: 'resolve', data: { note: '已协调供应商送货' } });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    await eventually(
      () => system.db('submissions').where({ id: ours }).first('status'),
      (row) => row?.status === 'settled',
    );

    const hq = await processesOf('hq');
    const [row] = rowOf(hq, 'by-process', 'process', TITLE['zh-CN']);
    expect(row?.cells).toMatchObject({ process: '建材短缺上报', type: '逐级办理', submitted: 2, open: 1, settled: 1, overdue: 0 });
    expect(row?.drill).toEqual({ table: 'process-records', column: 'process', value: '建材短缺上报' });
    // The open case waits at the cadre's rung, named by the form and the rung.
    expect(rowOf(hq, 'by-rung', 'rung', '建材短缺上报 · 包挂干部办理')[0]?.cells).toMatchObject({ open: 1, overdue: 0 });
    const records = rowOf(hq, 'process-records', 'process', '建材短缺上报');
    expect(records.map((record) => [record.link, record.cells.status, record.cells.rung])).toEqual(
      expect.arrayContaining([
        [{ kind: 'submission', id: ours }, '已办结', null],
        [{ kind: 'submission', id: theirs }, '已受理', '建材短缺上报 · 包挂干部办理'],
      ]),
    );
    expect(records).toHaveLength(2);

    const english = await processesOf('admin', 'en');
    expect(english.title).toBe('Other processes');
    expect(rowOf(english, 'by-process', 'process', TITLE.en)[0]?.cells).toMatchObject({ type: 'Escalation ladder', submitted: 2 });

    const cadre = await processesOf('cadre1');
    expect(rowOf(cadre, 'by-process', 'process', TITLE['zh-CN'])[0]?.cells).toMatchObject({ submitted: 1, open: 0, settled: 1 });
    expect(rowOf(cadre, 'process-records', 'process', TITLE['zh-CN']).map((record) => record.link)).toEqual([
      { kind: 'submission', id: ours },
    ]);

    // A task past its time limit counts as overdue, at its rung and on its case.
    await system.db('tasks').where({ submission_id: theirs, status: 'open' }).update({ due_at: '2020-01-01T00:00:00.000Z' });
    const late = await processesOf('hq');
    expect(rowOf(late, 'by-process', 'process', TITLE['zh-CN'])[0]?.cells.overdue).toBe(1);
    expect(rowOf(late, 'by-rung', 'rung', '建材短缺上报 · 包挂干部办理')[0]?.cells).toMatchObject({ open: 1, overdue: 1 });
    expect(late.totals.find((total) => total.key === 'overdue')?.value).toBeGreaterThanOrEqual(1);
    const overdueCells = rowOf(late, 'process-records', 'process', TITLE['zh-CN']).map((record) => [record.link, record.cells.overdue]);
    expect(overdueCells).toEqual(
      expect.arrayContaining([
        [{ kind: 'submission', id: ours }, '否'],
        [{ kind: 'submission', id: theirs }, '是'],
      ]),
    );

    const csv = await (await session('hq', 'en')).request('GET', '/api/dashboard/export.csv?group=processes&table=by-process');
    expect(csv.status).toBe(200);
    const lines = parse(String(csv.body).replace(/^\uFEFF/, '')) as string[][];
    expect(lines[0]).toEqual(['Process', 'Process type', 'Submitted', 'Open', 'Settled', 'Overdue tasks', 'Reported', 'Expected']);
    expect(lines.find((line) => line[0] === TITLE.en)).toEqual([TITLE.en, 'Escalation ladder', '2', '1', '1', '1', '', '']);
  }, 120_000);

  it('gives a collection its reports filed against those expected of its rounds in the period, within the scope', async () => {
    // A round of the shipped liaison designation (a collection with no section of its own) dated today: ent01 (cadre1's)
    // has reported, an enterprise of another cadre not yet.
    const today = localDate(Date.now(), system.config.timeZone);
    const roundId = `liaison-designation/${today}-${randomUUID().slice(0, 8)}`;
    const at = new Date().toISOString();
    await system.db('collection_rounds').insert({
      id: roundId,
      form_key: 'liaison-designation',
      form_version: 1,
      recurrence: 'once',
      local_date: today,
      params: '{}',
      opens_at: at,
      deadline_at: at,
      status: 'open',
      workflow_id: `round-${roundId}`,
      expected_count: 2,
      created_at: at,
    });
    const enterpriseOf = async (username: string) =>
      Number((await system.db('users').where({ username }).first('enterprise_id')).enterprise_id);
    const cadre1 = await system.db('users').where({ username: 'cadre1' }).first('id');
    const mine = await system.db('cadre_assignments').where({ cadre_id: cadre1.id }).whereNull('ended_at').pluck('enterprise_id');
    const outside = await system.db('enterprises').whereNotIn('id', mine).orderBy('id').first('id');
    await system.db('collection_reports').insert([
      { round_id: roundId, enterprise_id: await enterpriseOf('ent01'), status: 'on_time', submitted_at: at, updated_at: at },
      { round_id: roundId, enterprise_id: outside.id, status: 'expected', updated_at: at },
    ]);
    await refreshRoundTotals(system.db, roundId);

    const title = '工作联络员指定';
    expect(rowOf(await processesOf('hq'), 'by-process', 'process', title)[0]?.cells).toMatchObject({
      type: '限时报送',
      reported: 1,
      expected: 2,
      overdue: null,
    });
    expect(rowOf(await processesOf('cadre1'), 'by-process', 'process', title)[0]?.cells).toMatchObject({ reported: 1, expected: 1 });
  });
});
