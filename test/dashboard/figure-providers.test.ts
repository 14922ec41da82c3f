// Each provider on the seeded scenario: figures computed from known rows, city-wide and within a cadre's scope.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { dashboardFigures } from '#web/server/dashboard/dashboard-figures';
import type { FigureGroup, FigureScope, FigureTable } from '#core/dashboard/figure-group';
import { testDatabases } from '../helpers/test-db';
import { RANGE, cadreEnterprises, seedScenario, visitPlan } from './dashboard-scenario';
import { LATE_ON_DAY_2, REPORT_DAYS, reportingEnterprises } from './report-gate-scenario';

const totals = (group: FigureGroup) => Object.fromEntries(group.totals.map((total) => [total.key, total.value]));
const table = (group: FigureGroup, key: string) => group.tables.find((t) => t.key === key)!;
const rowOf = (t: FigureTable, column: string, zh: string) =>
  t.rows.find((row) => {
    const cell = row.cells[column];
    return (typeof cell === 'object' && cell !== null ? cell['zh-CN'] : cell) === zh;
  })!;

describe.each(testDatabases())('dashboard figure providers on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let cadre1: number[];
  const figures = async (scope: FigureScope, key: string) => (await dashboardFigures(db, scope, RANGE, [key]))[0]!;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    await seedScenario(db);
    cadre1 = (await cadreEnterprises(db))[0]!;
  });
  afterAll(async () => {
    await close?.();
  });

  it('counts enterprises resumed as those with a project cleared to resume: the 57 of seed 003', async () => {
    const group = await figures('all', 'enterprises');
    const projects = await db('projects').select('status', 'enterprise_id');
    const focus = await db('enterprises').where({ focus: true }).pluck('id');
    expect(totals(group)).toMatchObject({
      enterprises: Number((await db('enterprises').count({ n: '*' }).first())!.n),
      resumed: 57,
      focus: focus.length,
      started: projects.filter((p) => p.status === 'started').length,
      ready: projects.filter((p) => p.status === 'ready').length,
      delayed: projects.filter((p) => p.status === 'delayed').length,
    });
    const records = table(group, 'enterprise-records');
    expect(records.rows.filter((row) => (row.cells.resumed as { en: string }).en === 'Resumed')).toHaveLength(57);
    expect(records.rows[0]!.link).toEqual({ kind: 'enterprise', id: expect.any(Number) });
    expect(table(group, 'focus-enterprises').rows).toHaveLength(focus.length);
  });

  it('counts difficulties by category and rung, open, breached, solved on site and coordinated, in the period only', async () => {
    const group = await figures('all', 'difficulties');
    expect(totals(group)).toEqual({ reported: 5, open: 2, breached: 2, settled: 2, solved: 1, coordinated: 1 });
    const byCategory = table(group, 'by-category');
    expect(rowOf(byCategory, 'category', '资金').cells).toMatchObject({ reported: 2, open: 2, breached: 1, settled: 0 });
    expect(rowOf(byCategory, 'category', '生产生活物资').cells).toMatchObject({
      reported: 2,
      open: 0,
      settled: 2,
      solved: 1,
      coordinated: 1,
    });
    expect(rowOf(byCategory, 'category', '用地').cells).toMatchObject({ reported: 1, open: 0, breached: 1 });
    const byRung = table(group, 'by-rung');
    expect(rowOf(byRung, 'rung', '包挂干部').cells).toMatchObject({ open: 1, breaches: 2 });
    expect(rowOf(byRung, 'rung', '企业服务专班').cells).toMatchObject({ open: 1, breaches: 1 });
    expect(rowOf(byRung, 'rung', '防控指挥部').cells).toMatchObject({ open: 0, breaches: 1 });
  });

  it('dates a report by its local day, and lists each report with a link to it', async () => {
    const group = await figures('all', 'difficulties');
    const byDay = table(group, 'by-day');
    expect(byDay.rows).toHaveLength(29);
    expect(rowOf(byDay, 'day', '2026-02-10').cells.reported).toBe(1);
    expect(rowOf(byDay, 'day', '2026-02-09').cells.reported).toBe(0);
    const records = table(group, 'difficulty-records');
    expect(records.total).toBe(5);
    expect(records.rows.map((row) => row.link?.kind)).toEqual(Array(5).fill('submission'));
    expect(records.rows.at(-1)!.cells.day).toBe('2026-02-10');
  });

  it('reproduces seed 004: 140 visits, 42 opinions, 26 solved on site, 28 coordinated', async () => {
    const group = await figures('all', 'visits');
    expect(totals(group)).toEqual({ visits: 140, enterprises: expect.any(Number), opinions: 42, solved: 26, coordinated: 28, filed: 0 });
    const byCadre = table(group, 'by-cadre');
    expect(byCadre.rows.reduce((sum, row) => sum + Number(row.cells.visits), 0)).toBe(140);
    const byDay = table(group, 'by-day');
    expect(byDay.rows.reduce((sum, row) => sum + Number(row.cells.opinions), 0)).toBe(42);
    expect(table(group, 'visit-records').rows[0]!.link).toEqual({ kind: 'visit', id: expect.any(Number) });
  });

  it('keeps a cadre to the figures of its own enterprises', async () => {
    const plans = Array.from({ length: 140 }, (_, i) => visitPlan(i)).filter((plan) => plan.cadre === 0);
    expect(totals(await figures(cadre1, 'visits'))).toEqual({
      visits: plans.length,
      enterprises: cadre1.length,
      opinions: plans.filter((plan) => plan.opinion).length,
      solved: plans.filter((plan) => plan.problem === 'solved').length,
      coordinated: plans.filter((plan) => plan.problem === 'coordinate').length,
      filed: 0,
    });
    expect(totals(await figures(cadre1, 'difficulties'))).toEqual({
      reported: 3,
      open: 2,
      breached: 2,
      settled: 0,
      solved: 0,
      coordinated: 0,
    });
    const enterprises = await figures(cadre1, 'enterprises');
    expect(totals(enterprises).enterprises).toBe(cadre1.length);
    expect(
      table(enterprises, 'enterprise-records')
        .rows.map((row) => (row.link as { id: number }).id)
        .sort((a, b) => a - b),
    ).toEqual(cadre1);
  });

  it('reproduces seeds 003 and 004 from the daily reports: 57 resumed, 13,041 back at work, 12,987 returned', async () => {
    const group = await figures('all', 'daily-reports');
    const enterprises = Number((await db('enterprises').count({ n: '*' }).first())!.n);
    const reporting = 57 + 3;
    expect(totals(group)).toEqual({
      expected: enterprises * 3,
      onTime: reporting * 3 - LATE_ON_DAY_2,
      late: LATE_ON_DAY_2,
      missed: (enterprises - reporting) * 3,
      reporting,
      resumed: 57,
      startedUncleared: 0,
      workersOnSite: 13_041,
      workersReturned: 12_987,
      awaitingReturn: reporting * 3,
      projectsStarted: 57,
      projectsReady: 15 + 3,
      projectsDelayed: 3,
      // Stock is each enterprise's latest report (500 masks, 20 kg disinfectant, 5 thermometers), added up across
      // enterprises, not across days.
      masks: reporting * 500,
      disinfectant: reporting * 20,
      thermometers: reporting * 5,
    });
    const byDay = table(group, 'by-day');
    expect(rowOf(byDay, 'day', REPORT_DAYS[1]!).cells).toMatchObject({
      targeted: enterprises,
      on_time: reporting - LATE_ON_DAY_2,
      late: LATE_ON_DAY_2,
      missed: enterprises - reporting,
      pending: 0,
    });
    // The amended report counts once, with its corrected numbers.
    expect(rowOf(byDay, 'day', REPORT_DAYS[2]!).cells).toMatchObject({
      on_time: reporting,
      workers_on_site: 13_041,
      returned_today: 57 * 76 - 9,
    });
    expect(rowOf(byDay, 'day', '2026-02-09').cells.targeted).toBe(0);
    const records = table(group, 'report-records');
    expect(records.total).toBe(reporting);
    expect(records.rows.every((row) => row.cells.day === REPORT_DAYS[2] && row.link?.kind === 'submission')).toBe(true);
  });

  it("takes each enterprise's latest report in a period that ends before its newest, and keeps a cadre to its own", async () => {
    const early = (await dashboardFigures(db, 'all', { ...RANGE, to: REPORT_DAYS[1]! }, ['daily-reports']))[0]!;
    expect(totals(early)).toMatchObject({
      reporting: 60,
      resumed: 57,
      workersOnSite: 57 * 150,
      workersReturned: 57 * 76 * 2,
      late: LATE_ON_DAY_2,
    });
    const { resumed } = await reportingEnterprises(db);
    const own = cadre1.filter((id) => resumed.includes(id));
    const mine = totals(await figures(cadre1, 'daily-reports'));
    expect(mine).toMatchObject({ expected: cadre1.length * 3, reporting: own.length, resumed: own.length });
    expect(mine.workersOnSite).toBe(own.reduce((sum, id) => sum + (resumed.indexOf(id) < 45 ? 229 : 228), 0));
  });

  it('reproduces seed 004 at the gate: 360 admitted, 30 quarantined, 28 released, 10 turned back', async () => {
    const group = await figures('all', 'gate');
    expect(totals(group)).toEqual({ checks: 400, admitted: 360, quarantined: 30, released: 28, turnedBack: 10, inQuarantine: 2 });
    const bySite = table(group, 'by-site');
    expect(bySite.rows).toHaveLength(1);
    expect(bySite.rows[0]!.cells).toMatchObject({
      checks: 400,
      admitted: 360,
      quarantined: 30,
      released: 28,
      turnedBack: 10,
      inQuarantine: 2,
    });
    expect(bySite.rows[0]!.link).toEqual({ kind: 'enterprise', id: expect.any(Number) });
    const byDay = table(group, 'by-day');
    expect(byDay.rows.reduce((sum, row) => sum + Number(row.cells.released), 0)).toBe(28);
    expect(rowOf(byDay, 'day', '2026-02-10').cells.quarantined).toBe(10);
    const site = Number(bySite.rows[0]!.link!.id);
    expect(totals(await figures([site], 'gate')).checks).toBe(400);
    expect(
      totals(
        await figures(
          cadre1.filter((id) => id !== site),
          'gate',
        ),
      ).checks,
    ).toBe(0);
  });

  it('reads “resumed” from the inspection’s clearance, not from the project status an admin types', async () => {
    const at = new Date().toISOString();
    const ids: number[] = [];
    for (const [name, status, cleared] of [
      ['自报已开工未核查', 'started', false],
      ['核查通过待开工', 'ready', true],
    ] as const) {
      const [row] = await db('enterprises')
        .insert({ name, credit_code: `TESTCLEAR${ids.length}`.padEnd(18, '0'), type: 'construction', created_at: at })
        .returning('id');
      const id = Number((row as { id: number }).id);
      ids.push(id);
      await db('projects').insert({ enterprise_id: id, name: `${name}项目`, status, major: false, ...(cleared ? { cleared_at: at } : {}) });
    }
    try {
      const group = await figures(ids, 'enterprises');
      expect(totals(group)).toMatchObject({ enterprises: 2, resumed: 1, started: 1, ready: 1 });
      const rows = table(group, 'enterprise-records').rows;
      expect(rows.map((row) => [row.cells.name, (row.cells.resumed as { 'zh-CN': string })['zh-CN']])).toEqual([
        ['自报已开工未核查', '未复工'],
        ['核查通过待开工', '已复工'],
      ]);
    } finally {
      await db('projects').whereIn('enterprise_id', ids).delete();
      await db('enterprises').whereIn('id', ids).delete();
    }
  });

  it('counts an enterprise that reports work started as resumed only once the inspection cleared it (003)', async () => {
    const two = (await reportingEnterprises(db)).resumed.slice(0, 2);
    const kept = await db('projects').whereIn('enterprise_id', two).whereNotNull('cleared_at').select('id', 'cleared_at');
    expect(kept.length).toBeGreaterThan(0);
    try {
      // Their reports still say projects started; the town/street level has not passed them.
      await db('projects')
        .whereIn(
          'id',
          kept.map((p) => p.id),
        )
        .update({ cleared_at: null });
      const group = await figures(two, 'daily-reports');
      expect(totals(group)).toMatchObject({ reporting: 2, resumed: 0, startedUncleared: 2, projectsStarted: 2 });
      expect(group.note?.['zh-CN']).toContain('报送已开工但未经核查准予复工的企业另列');
      expect(group.totals.find((t) => t.key === 'startedUncleared')?.label).toEqual({
        'zh-CN': '报送已开工但未准予复工的企业',
        en: 'Enterprises reporting work started without clearance',
      });
    } finally {
      for (const project of kept) await db('projects').where({ id: project.id }).update({ cleared_at: project.cleared_at });
    }
    expect(totals(await figures(two, 'daily-reports'))).toMatchObject({ resumed: 2, startedUncleared: 0 });
  });

  it('stops counting an enterprise as resumed while a later level’s fail suspends its clearance (003)', async () => {
    const two = (await reportingEnterprises(db)).resumed.slice(0, 2);
    const at = new Date().toISOString();
    const before = totals(await figures(two, 'enterprises'));
    expect(before.resumed).toBe(2);
    try {
      await db('projects').where('enterprise_id', two[0]!).whereNotNull('cleared_at').update({ suspended_at: at });
      const daily = await figures(two, 'daily-reports');
      expect(totals(daily)).toMatchObject({ reporting: 2, resumed: 1, startedUncleared: 1 });
      expect(daily.note?.['zh-CN']).toContain('准予复工被后续核查不予通过而暂停的不计');
      const group = await figures(two, 'enterprises');
      expect(totals(group)).toMatchObject({ resumed: 1 });
      expect(group.note?.en).toContain('not suspended by a later level failing it');
      const rows = table(group, 'enterprise-records').rows.filter((row) => two.includes((row.link as { id: number }).id));
      expect(rows.map((row) => (row.cells.resumed as { 'zh-CN': string })['zh-CN']).sort()).toEqual(['准予复工已暂停', '已复工']);
    } finally {
      await db('projects').whereIn('enterprise_id', two).update({ suspended_at: null });
    }
    expect(totals(await figures(two, 'daily-reports'))).toMatchObject({ resumed: 2, startedUncleared: 0 });
  });

  it('shows an enterprise nothing of others, and an empty scope nothing at all', async () => {
    expect(totals(await figures([], 'difficulties'))).toEqual({ reported: 0, open: 0, breached: 0, settled: 0, solved: 0, coordinated: 0 });
    expect(totals(await figures([], 'enterprises'))).toMatchObject({ enterprises: 0, resumed: 0 });
    expect(totals(await figures([cadre1[1]!], 'difficulties')).reported).toBe(1);
    expect(totals(await figures([], 'daily-reports'))).toMatchObject({ expected: 0, reporting: 0, workersOnSite: 0 });
    expect(totals(await figures([], 'gate'))).toMatchObject({ checks: 0, inQuarantine: 0 });
  });
});
