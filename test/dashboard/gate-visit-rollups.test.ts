// The city-wide gate and visit figures come from roll-ups kept by triggers (migrations 0030 and 0035): per-site,
// per-cadre and per cadre–enterprise pair day blocks, the city's gate hours. They must equal a direct count of the rows they sum — on the seeded scenario
// (gate checks and releases through the gate's own store, visits through the visit log's), on a random fill with
// later changes and removals, over periods that start and end anywhere — and the figures counted within a scope of
// every enterprise (which read the rows themselves).
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { dayNumber } from '#core/stores/dashboard/day-blocks';
import { countAtGate, type GateCount } from '#core/stores/dashboard/gate-site-hours';
import { refreshVisitDay } from '#core/stores/dashboard/visit-day-totals';
import { addDays } from '#core/domain/working-calendar';
import { dashboardFigures } from '#web/server/dashboard/dashboard-figures';
import type { FigureGroup, FigureRange } from '#core/dashboard/figure-group';
import { instantRange } from '#core/stores/dashboard/figure-sql';
import { insertVisit } from '#core/stores/visits/visit-store';
import { paramsOf, shippedVisitForm } from '#web/server/visits/visit-form';
import { testDatabases } from '../helpers/test-db';
import { RANGE, seedScenario } from './dashboard-scenario';

/** The shipped visit-log definition the fixture visits are made with. */
const VISIT_LOG = { version: shippedVisitForm().version, params: paramsOf(shippedVisitForm()) };

type Counts = Record<string, number>;

/** A small deterministic generator, so a failing fill can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

const add = (into: Counts, from: Counts) => {
  for (const [key, value] of Object.entries(from)) into[key] = (into[key] ?? 0) + value;
};

/** Gate checks by outcome and releases, per site and in total, counted from the checks and quarantines themselves. */
async function gateFromChecks(db: Knex, range: FigureRange) {
  const { start, end } = instantRange(range);
  const perSite: Record<string, Counts> = {};
  const checks = await db('gate_checks').where('checked_at', '>=', start).where('checked_at', '<', end).select('project_id', 'outcome');
  for (const c of checks) {
    const outcome = String(c.outcome) === 'turned-back' ? 'turnedBack' : String(c.outcome);
    add((perSite[String(c.project_id)] ??= {}), { checks: 1, [outcome]: 1 });
  }
  const released = await db('quarantines').where('released_at', '>=', start).where('released_at', '<', end).select('project_id');
  for (const q of released) add((perSite[String(q.project_id)] ??= {}), { released: 1 });
  return perSite;
}

/** The same per-site counts from the per-site hourly rows (the rows the triggers sum). */
async function gateFromHours(db: Knex, range: FigureRange) {
  const { start, end } = instantRange(range);
  const perSite: Record<string, Counts> = {};
  const rows = await db('gate_site_hours').where('hour', '>=', start.slice(0, 13)).where('hour', '<', end.slice(0, 13)).select('*');
  for (const r of rows) {
    const counts: Counts = {
      checks: Number(r.checks),
      admitted: Number(r.admitted),
      quarantined: Number(r.quarantined),
      turnedBack: Number(r.turned_back),
      released: Number(r.released),
    };
    if (Object.values(counts).some((n) => n !== 0)) add((perSite[String(r.project_id)] ??= {}), counts);
  }
  return perSite;
}

/** Visits per cadre (ids), counted from the visits themselves. */
async function visitsFromRows(db: Knex, range: FigureRange) {
  const perCadre: Record<string, Counts> = {};
  const rows = await db('visits').whereBetween('visited_on', [range.from, range.to]).select('*');
  for (const v of rows)
    add((perCadre[String(v.cadre_id)] ??= {}), {
      visits: 1,
      opinions: Number(v.opinions_count),
      solved: Number(v.solved_count),
      coordinated: Number(v.coordinate_count),
      filed: Number(v.filed_count),
    });
  return perCadre;
}

/** Distinct enterprises visited per cadre (ids) and in all, counted from the visits themselves. */
async function enterprisesFromRows(db: Knex, range: FigureRange) {
  const rows = await db('visits').whereBetween('visited_on', [range.from, range.to]).select('cadre_id', 'enterprise_id');
  const perCadre: Record<string, Set<number>> = {};
  for (const v of rows) (perCadre[String(v.cadre_id)] ??= new Set()).add(Number(v.enterprise_id));
  return {
    perCadre: Object.fromEntries(Object.entries(perCadre).map(([id, set]) => [id, set.size])),
    all: new Set(rows.map((v) => Number(v.enterprise_id))).size,
  };
}

/** The pair roll-up as a from-scratch rebuild from the visits would make it: visits per level, block, cadre and enterprise. */
async function pairBlocksFromScratch(db: Knex): Promise<Record<string, number>> {
  const blocks: Record<string, number> = {};
  for (const v of await db('visits').select('visited_on', 'cadre_id', 'enterprise_id'))
    for (let level = 0; level <= 8; level += 1) {
      const key = `${level}/${Math.floor(dayNumber(String(v.visited_on)) / 2 ** level)}/${v.cadre_id}/${v.enterprise_id}`;
      blocks[key] = (blocks[key] ?? 0) + 1;
    }
  return blocks;
}

const table = (group: FigureGroup, key: string) => group.tables.find((t) => t.key === key)!;
/** Counts of a table's rows keyed by a cell, without the cells that are not counts. */
function rowsBy(group: FigureGroup, tableKey: string, by: string, drop: string[]) {
  return Object.fromEntries(
    table(group, tableKey).rows.map((row) => {
      const cells = Object.fromEntries(Object.entries(row.cells).filter(([key]) => ![by, ...drop].includes(key)));
      return [String(row.cells[by]), cells];
    }),
  );
}
/** Fills in the zero counts a direct count leaves out. */
const complete = (counts: Record<string, Counts>, keys: string[]) =>
  Object.fromEntries(Object.entries(counts).map(([id, c]) => [id, Object.fromEntries(keys.map((k) => [k, c[k] ?? 0]))]));

const GATE_KEYS = ['checks', 'admitted', 'quarantined', 'released', 'turnedBack'];
const VISIT_KEYS = ['visits', 'opinions', 'solved', 'coordinated', 'filed'];

describe.each(testDatabases())('gate and visit roll-ups on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  let everyEnterprise: number[];
  const groups = async (scope: 'all' | number[], range: FigureRange) => {
    const [gate, visits] = await dashboardFigures(db, scope, range, ['gate', 'visits']);
    return { gate: gate!, visits: visits! };
  };
  /** Site names and cadre names back to ids, as the tables show names. */
  const names = async () => ({
    site: new Map((await db('projects').select('id', 'name')).map((p) => [String(p.name), String(p.id)])),
    cadre: new Map((await db('users').select('id', 'display_name')).map((u) => [String(u.display_name), String(u.id)])),
  });
  const expectRollUpsEqualRows = async (range: FigureRange, fromChecks: boolean) => {
    const city = await groups('all', range);
    const { site, cadre } = await names();
    // A site listed only for the people in quarantine there now has no counts of the period.
    const bySite = Object.fromEntries(
      Object.entries(rowsBy(city.gate, 'by-site', 'site', ['enterprise', 'inQuarantine']))
        .filter(([, c]) => Object.values(c).some((n) => n !== 0))
        .map(([name, c]) => [site.get(name), c]),
    );
    const direct = complete(fromChecks ? await gateFromChecks(db, range) : await gateFromHours(db, range), GATE_KEYS);
    expect(bySite).toEqual(direct);
    const byCadre = Object.fromEntries(
      Object.entries(rowsBy(city.visits, 'by-cadre', 'cadre', ['enterprises'])).map(([name, c]) => [cadre.get(name), c]),
    );
    expect(byCadre).toEqual(complete(await visitsFromRows(db, range), VISIT_KEYS));
    // Distinct enterprises, per cadre listed and city-wide, from the pair blocks: as a count of the visits gives them.
    const enterprises = await enterprisesFromRows(db, range);
    const listed = Object.fromEntries(
      table(city.visits, 'by-cadre').rows.map((row) => [cadre.get(String(row.cells.cadre)), row.cells.enterprises]),
    );
    expect(listed).toEqual(enterprises.perCadre);
    expect(city.visits.totals.find((t) => t.key === 'enterprises')!.value).toBe(enterprises.all);
    // Scoped to every enterprise, the figures are counted from the rows: they must be the city's.
    const scoped = await groups(everyEnterprise, range);
    expect(city.gate.totals).toEqual(scoped.gate.totals);
    expect(city.visits.totals).toEqual(scoped.visits.totals);
    for (const key of ['by-site', 'by-day']) expect(table(city.gate, key)).toEqual(table(scoped.gate, key));
    for (const key of ['by-cadre', 'by-day']) expect(table(city.visits, key)).toEqual(table(scoped.visits, key));
    return city;
  };

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    await seedScenario(db);
    everyEnterprise = (await db('enterprises').orderBy('id').pluck('id')).map(Number);
  });
  afterAll(async () => {
    await close?.();
  });

  it('equals a count of the gate checks, releases and visits of the seeded scenario', async () => {
    const city = await expectRollUpsEqualRows(RANGE, true);
    // Seed 004's visit figures, as the scenario plants them.
    const totals = Object.fromEntries(city.visits.totals.map((t) => [t.key, t.value]));
    expect(totals).toMatchObject({ visits: 140, opinions: 42, solved: 26, coordinated: 28 });
    expect(city.gate.totals.find((t) => t.key === 'checks')!.value).toBe(400);
  });

  it('equals a count of the rows on a random fill, after changes and removals, over periods that start and end anywhere', async () => {
    const pick = generator(database.name === 'sqlite' ? 30 : 31);
    const sites = (await db('projects').orderBy('id').pluck('id')).map(Number);
    const cadres = (await db('users').where({ role: 'cadre' }).orderBy('id').pluck('id')).map(Number);
    const outcomes: GateCount[] = ['admitted', 'quarantined', 'turned_back', 'released'];
    for (let i = 0; i < 300; i += 1) {
      // Across the period and a week either side, at any hour (local midnight is 16:00 UTC).
      const at = new Date(Date.UTC(2026, 0, 25 + pick(45), pick(24), pick(60))).toISOString();
      await db.transaction((trx) => countAtGate(trx, sites[pick(sites.length)]!, at, outcomes[pick(outcomes.length)]!));
    }
    const visitIds: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      const problems = Array.from({ length: pick(3) }, () => ({ kind: pick(2) ? 'solved' : 'coordinate', description: '随机问题' }));
      const input = {
        enterpriseId: everyEnterprise[pick(everyEnterprise.length)]!,
        visitedOn: addDays('2026-01-25', pick(45)),
        peopleMet: '项目经理',
        opinionsCount: pick(3),
        opinions: '',
        problems: problems as { kind: 'solved' | 'coordinate'; description: string }[],
      };
      visitIds.push(
        await db.transaction((trx) => insertVisit(trx, cadres[pick(cadres.length)]!, input, new Date().toISOString(), VISIT_LOG)),
      );
    }
    // Changes after the fact: problems filed, a visit moved to another day and cadre, visits and gate hours removed.
    for (let i = 0; i < 20; i += 1)
      await db('visits')
        .where({ id: visitIds[pick(visitIds.length)] })
        .increment('filed_count', 1);
    await db('visits').where({ id: visitIds[0] }).update({ visited_on: '2026-02-14', cadre_id: cadres[0] });
    await db('visits').where({ id: visitIds[1] }).update({ enterprise_id: everyEnterprise[0] });
    for (let i = 0; i < 10; i += 1) {
      const id = visitIds[pick(visitIds.length)]!;
      await db('visit_problems').where({ visit_id: id }).delete();
      await db('visits').where({ id }).delete();
    }
    // The per-day visit totals are kept by the visit log's store, which these direct changes bypass: refreshed as it would.
    for (let day = '2026-01-25'; day <= '2026-03-11'; day = addDays(day, 1)) await refreshVisitDay(db, day);
    const hours = await db('gate_site_hours').orderBy(['hour', 'project_id']).select('hour', 'project_id');
    for (let i = 0; i < 10; i += 1) await db('gate_site_hours').where(hours[pick(hours.length)]!).delete();
    const ranges: [string, string][] = [
      [RANGE.from, RANGE.to],
      ['2026-01-25', '2026-03-10'],
      ['2026-02-03', '2026-02-03'],
      ['2026-02-05', '2026-02-27'],
    ];
    for (let i = 0; i < 4; i += 1) {
      const from = addDays('2026-01-24', pick(40));
      ranges.push([from, addDays(from, pick(30))]);
    }
    for (const [from, to] of ranges) await expectRollUpsEqualRows({ ...RANGE, from, to }, false);
    // The pair roll-up itself, row for row, equals one rebuilt from scratch (its emptied pairs left at zero).
    const kept = await db('visit_pair_blocks').whereNot('visits', 0).select('*');
    expect(Object.fromEntries(kept.map((b) => [`${b.level}/${b.block}/${b.cadre_id}/${b.enterprise_id}`, Number(b.visits)]))).toEqual(
      await pairBlocksFromScratch(db),
    );
  });
});
