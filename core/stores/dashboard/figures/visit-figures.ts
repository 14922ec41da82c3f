// Visits and opinions (P7; 004: "140 visits, 42 opinions, 26 solved on site, 28 coordinated"), from the visit log.
// Within a scope each figure is one grouped scan of the visits table, which carries its problem counts; city-wide the
// figures read the per-day totals, the per-cadre day blocks and, for the distinct enterprises visited, the cadre–enterprise
// pair blocks, all kept on write.
import type { Db, Knex } from '../../db-types';
import { dayBlocks, levelReads, unionAll } from '../day-blocks';
import { addDays } from '#core/domain/working-calendar';
import {
  text,
  type FigureCell,
  type FigureColumn,
  type FigureProvider,
  type FigureRange,
  type FigureRow,
  type FigureScope,
  type FigureTable,
  type RecordFilter,
} from '#core/dashboard/figure-group';
import { num } from '../figure-sql';
import { latestPublishedForm } from '#core/stores/forms/form-store';
import type { RecordParams } from '#forms/record-references';
import { maskValue } from '#core/privacy/mask';
import { personalKindOf } from '#core/privacy/personal-data-policy';
import { VISIT_FORM_KEY } from '#core/domain/visit-form-key';

// A working-group member (whose records are narrowed to their own tasks) has no tie to a visit, so a people-met field
// the visit-log definition marks personal reaches them masked, as on the visit pages (core/privacy: relation "none").
async function peopleMetFor(db: Db, records: RecordFilter | undefined): Promise<(value: string) => FigureCell> {
  const form = records ? await latestPublishedForm(db, VISIT_FORM_KEY) : undefined;
  const field = form && (form.process.params as unknown as RecordParams).columns?.peopleMet;
  const kind = field ? personalKindOf((form.schema.properties as Record<string, object> | undefined)?.[field]) : null;
  if (!kind) return (value) => value;
  return (value) => ({ 'zh-CN': String(maskValue(kind, value, 'zh-CN')), en: String(maskValue(kind, value, 'en')) });
}

const COUNTS: FigureColumn[] = [
  { key: 'visits', label: text('走访次数', 'Visits'), kind: 'number' },
  { key: 'enterprises', label: text('走访企业数', 'Enterprises visited'), kind: 'number' },
  { key: 'opinions', label: text('征求意见', 'Opinions collected'), kind: 'number' },
  { key: 'solved', label: text('现场解决', 'Solved on site'), kind: 'number' },
  { key: 'coordinated', label: text('带回协调', 'Taken away to coordinate'), kind: 'number' },
  { key: 'filed', label: text('已转困难问题', 'Filed as difficulty reports'), kind: 'number' },
];

type Counts = Record<string, number>;

/** Visits of the period within the scope (alias `v`). */
function periodVisits(db: Db, scope: FigureScope, range: FigureRange): Knex.QueryBuilder {
  const query = db('visits as v').whereBetween('v.visited_on', [range.from, range.to]);
  return scope === 'all' ? query : query.whereIn('v.enterprise_id', scope);
}

/** The cadre–enterprise pairs with visits left in the period's day blocks (derived table `u`), kept by triggers
 * (migration 0035); only those of the cadres listed, when given. Null for an empty period. */
function cityPairs(db: Db, range: FigureRange, cadres?: number[]): Knex.QueryBuilder | null {
  const reads = levelReads(db, 'visit_pair_blocks', dayBlocks(range.from, range.to)).map((read) =>
    read
      .where('x.visits', '>', 0)
      .modify((q) => {
        if (cadres) q.whereIn('x.cadre_id', cadres);
      })
      .select('x.cadre_id', 'x.enterprise_id'),
  );
  return unionAll(db, reads);
}

/** Distinct enterprises visited in the period city-wide, from the pair blocks. */
async function cityEnterprises(db: Db, range: FigureRange): Promise<number> {
  const pairs = cityPairs(db, range);
  if (!pairs) return 0;
  // Grouped, then counted: PostgreSQL hashes a GROUP BY but sorts for count(distinct).
  return num((await db.from(pairs.groupBy('u.enterprise_id').select('u.enterprise_id').as('d')).count({ n: '*' }).first())?.n);
}

/** Distinct enterprises each listed cadre visited in the period: city-wide from the pair blocks, else from the visits. */
async function enterprisesPerCadre(db: Db, scope: FigureScope, range: FigureRange, ids: number[]): Promise<Record<string, unknown>[]> {
  const alias = scope === 'all' ? 'u' : 'v';
  const pairs = scope === 'all' ? cityPairs(db, range, ids) : periodVisits(db, scope, range).whereIn('v.cadre_id', ids);
  if (!pairs) return [];
  return pairs
    .groupBy(`${alias}.cadre_id`)
    .select({ cadre_id: `${alias}.cadre_id` })
    .countDistinct({ n: `${alias}.enterprise_id` });
}

/** City-wide counts per day (or in one line) from the per-day totals kept on write (migration 0012). */
async function countCityDays(db: Db, range: FigureRange, perDay: boolean): Promise<Map<string, Counts>> {
  const sums = { visits: 'visits', opinions: 'opinions', solved: 'solved', coordinated: 'coordinated', filed: 'filed' };
  const query = db('visit_day_totals').whereBetween('visited_on', [range.from, range.to]).sum(sums);
  const rows: Record<string, unknown>[] = perDay
    ? await query.groupBy('visited_on').select({ key: 'visited_on' })
    : [{ ...(await query.first()), key: 'all' }];
  if (!perDay) {
    // Distinct enterprises cannot be added up from days: the distinct pairs of the period's blocks (migration 0035).
    rows[0]!.enterprises = await cityEnterprises(db, range);
  }
  return new Map(rows.map((row) => [String(row.key), Object.fromEntries(COUNTS.map((c) => [c.key, num(row[c.key])]))]));
}

/** City-wide counts per cadre from the per-cadre day blocks kept by triggers (migration 0030): a few rows per cadre. */
async function countCityCadres(db: Db, range: FigureRange): Promise<Map<string, Counts>> {
  const columns = ['visits', 'opinions', 'solved', 'coordinated', 'filed'];
  const blocks = unionAll(
    db,
    levelReads(db, 'visit_cadre_blocks', dayBlocks(range.from, range.to)).map((read) =>
      read.select(['x.cadre_id', ...columns.map((c) => `x.${c}`)]),
    ),
  );
  if (!blocks) return new Map();
  const rows: Record<string, unknown>[] = await blocks
    .groupBy('u.cadre_id')
    .select({ key: 'u.cadre_id' })
    .sum(Object.fromEntries(columns.map((c) => [c, `u.${c}`])));
  return new Map(
    rows
      // A cadre whose visits of the period were all removed leaves zero rows behind.
      .filter((row) => num(row.visits) > 0)
      .map((row) => [String(row.key), Object.fromEntries(COUNTS.map((c) => [c.key, num(row[c.key])]))]),
  );
}

/** Visit and problem counts grouped by a visits column (or in one line when `by` is null), keyed by its value. */
async function countBy(db: Db, scope: FigureScope, range: FigureRange, by: string | null): Promise<Map<string, Counts>> {
  if (scope === 'all') return by === 'cadre_id' ? countCityCadres(db, range) : countCityDays(db, range, by === 'visited_on');
  const key = by ? db.raw('?? as ??', [`v.${by}`, 'key']) : db.raw("'all' as ??", ['key']);
  const rows: Record<string, unknown>[] = await periodVisits(db, scope, range)
    .select(key)
    .count({ visits: '*' })
    .sum({ opinions: 'v.opinions_count', solved: 'v.solved_count', coordinated: 'v.coordinate_count', filed: 'v.filed_count' })
    // Distinct enterprises per day mean nothing on the chart; per cadre they are counted for the cadres listed only.
    .modify((q) => {
      if (by === null) q.countDistinct({ enterprises: 'v.enterprise_id' });
    })
    .modify((q) => {
      if (by) q.groupBy(`v.${by}`);
    });
  return new Map(rows.map((row) => [String(row.key), Object.fromEntries(COUNTS.map((c) => [c.key, num(row[c.key])]))]));
}

const NONE: Counts = { visits: 0, enterprises: 0, opinions: 0, solved: 0, coordinated: 0, filed: 0 };

async function byCadre(db: Db, scope: FigureScope, range: FigureRange): Promise<FigureTable> {
  const counts = await countBy(db, scope, range, 'cadre_id');
  // The most active cadres first; a city has hundreds, so the list is cut like the records lists.
  const top = [...counts].sort((a, b) => (b[1].visits ?? 0) - (a[1].visits ?? 0) || Number(a[0]) - Number(b[0])).slice(0, range.rowLimit);
  const ids = top.map(([id]) => Number(id));
  const [users, distinct] = await Promise.all([
    db('users').whereIn('id', ids).select('id', 'display_name') as Promise<Record<string, unknown>[]>,
    enterprisesPerCadre(db, scope, range, ids),
  ]);
  const names = new Map(users.map((u) => [String(u.id), String(u.display_name)]));
  for (const row of distinct) counts.get(String(row.cadre_id))!.enterprises = num(row.n);
  return {
    key: 'by-cadre',
    title: text('按包挂干部', 'By cadre'),
    columns: [{ key: 'cadre', label: text('干部', 'Cadre'), kind: 'text' }, ...COUNTS],
    rows: top.map(([id, row]) => {
      const cadre = names.get(id) ?? id;
      return { cells: { cadre, ...row }, drill: { table: 'visit-records', column: 'cadre', value: cadre } };
    }),
    total: counts.size,
    chart: { type: 'bar', category: 'cadre', series: ['visits', 'opinions', 'solved', 'coordinated'] },
  };
}

async function byDay(db: Db, scope: FigureScope, range: FigureRange): Promise<FigureTable> {
  const counts = await countBy(db, scope, range, 'visited_on');
  const rows: FigureRow[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const { enterprises: _distinctPerDay, ...row } = counts.get(day) ?? NONE;
    rows.push({ cells: { day, ...row }, drill: { table: 'visit-records', column: 'day', value: day } });
  }
  const columns = [{ key: 'day', label: text('日期', 'Date'), kind: 'date' as const }, ...COUNTS.filter((c) => c.key !== 'enterprises')];
  return {
    key: 'by-day',
    title: text('按走访日期', 'By visit date'),
    columns,
    rows,
    total: rows.length,
    chart: { type: 'line', category: 'day', series: ['visits', 'opinions'] },
  };
}

async function records(db: Db, scope: FigureScope, range: FigureRange, total: number, filter?: RecordFilter): Promise<FigureTable> {
  const peopleMet = await peopleMetFor(db, filter);
  const rows: Record<string, unknown>[] = await periodVisits(db, scope, range)
    .join('enterprises as e', 'e.id', 'v.enterprise_id')
    .join('users as u', 'u.id', 'v.cadre_id')
    .orderBy('v.visited_on', 'desc')
    .orderBy('v.id', 'desc')
    .limit(range.rowLimit)
    .select('v.*', 'e.name as enterprise_name', 'u.display_name');
  return {
    key: 'visit-records',
    title: text('走访明细', 'Visits'),
    columns: [
      { key: 'day', label: text('走访日期', 'Visited on'), kind: 'date' },
      { key: 'enterprise', label: text('企业', 'Enterprise'), kind: 'text' },
      { key: 'cadre', label: text('干部', 'Cadre'), kind: 'text' },
      { key: 'peopleMet', label: text('走访对象', 'People met'), kind: 'text' },
      { key: 'opinions', label: text('征求意见', 'Opinions'), kind: 'number' },
      { key: 'solved', label: text('现场解决', 'Solved on site'), kind: 'number' },
      { key: 'coordinated', label: text('带回协调', 'To coordinate'), kind: 'number' },
    ],
    rows: rows.map((row) => ({
      link: { kind: 'visit', id: Number(row.id) },
      cells: {
        day: String(row.visited_on),
        enterprise: String(row.enterprise_name),
        cadre: String(row.display_name),
        peopleMet: peopleMet(String(row.people_met)),
        opinions: num(row.opinions_count),
        solved: num(row.solved_count),
        coordinated: num(row.coordinate_count),
      },
    })),
    total,
  };
}

/** Visits of the period: totals, by cadre, by day, and the visits themselves. */
export const visitFigures: FigureProvider = async (db, scope, range, filter) => {
  const [counted, cadres, days] = await Promise.all([countBy(db, scope, range, null), byCadre(db, scope, range), byDay(db, scope, range)]);
  const totals = counted.get('all') ?? NONE;
  return {
    key: 'visits',
    title: text('走访与意见征集', 'Visits and opinions'),
    dated: true,
    totals: COUNTS.map((column) => ({ key: column.key, label: column.label, value: totals[column.key] ?? 0 })),
    tables: [cadres, days, await records(db, scope, range, totals.visits ?? 0, filter)],
  };
};
