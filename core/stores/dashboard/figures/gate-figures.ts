// Gate entry and quarantine (P5; 004: "360 admitted, 30 quarantined of whom 28 released, 10 turned back") by site.
// For the period: gate checks by outcome (admitted, quarantined, turned back) by the day they were made, and
// quarantines released by the day they ended, from the per-site hourly counts kept on write (a period of local days is
// whole UTC hours in China's zone) and, city-wide, the coarser roll-ups kept from them (migration 0030); "in
// quarantine" is the count now, whatever the period.
import type { Db, Knex } from '../../db-types';
import { gateHour } from '../gate-site-hours';
import { addDays } from '#core/domain/working-calendar';
import {
  text,
  type FigureColumn,
  type FigureProvider,
  type FigureRange,
  type FigureRow,
  type FigureScope,
  type FigureTable,
} from '#core/dashboard/figure-group';
import { GATE_SITES, sumOverPeriod } from '../block-sums';
import { instantRange, num } from '../figure-sql';
import { hourDays } from '#core/dashboard/hour-days';

const COUNTS: FigureColumn[] = [
  { key: 'checks', label: text('查验人次', 'Gate checks'), kind: 'number' },
  { key: 'admitted', label: text('放行', 'Admitted'), kind: 'number' },
  { key: 'quarantined', label: text('隔离观察', 'Quarantined'), kind: 'number' },
  { key: 'released', label: text('解除隔离', 'Released'), kind: 'number' },
  { key: 'turnedBack', label: text('劝返', 'Turned back'), kind: 'number' },
  { key: 'inQuarantine', label: text('当前隔离中', 'In quarantine now'), kind: 'number' },
];

type Counts = Record<string, number>;
const zero = (): Counts => Object.fromEntries(COUNTS.map((column) => [column.key, 0]));

/** Rows of `table` (alias `x`) whose project belongs to an enterprise in scope. */
function scoped(db: Db, table: string, scope: FigureScope): Knex.QueryBuilder {
  const query = db(`${table} as x`);
  return scope === 'all' ? query : query.whereIn('x.project_id', db('projects').whereIn('enterprise_id', scope).select('id'));
}

const SUMS = { checks: 'checks', admitted: 'admitted', quarantined: 'quarantined', turnedBack: 'turned_back', released: 'released' };

/**
 * Counts of the period per site or per UTC hour. City-wide from the roll-ups of migration 0030: per site from a few
 * day blocks and the edge hours, per hour from the city's hourly counts. Within a scope from the per-site hourly
 * counts kept on write.
 */
async function countBy(db: Db, scope: FigureScope, range: FigureRange, by: 'project_id' | 'hour'): Promise<Map<string, Counts>> {
  let rows: Record<string, unknown>[];
  if (scope === 'all' && by === 'project_id') {
    rows = (await sumOverPeriod(db, GATE_SITES, range, ['project_id'], SUMS))
      // A site whose counts net to nothing over the period (a check written and taken back) is not a site of the period.
      .filter((row) => Object.keys(SUMS).some((key) => num(row[key]) !== 0))
      .map((row) => ({ ...row, key: row.project_id }));
  } else {
    const { start, end } = instantRange(range);
    // Per site, the hour bounds are written so that SQLite does not pick the hour index: reading the per-site index in
    // site order sums without sorting, and the period usually covers most of the rows anyway.
    const hour = by === 'project_id' ? "x.hour || ''" : 'x.hour';
    rows = await scoped(db, scope === 'all' ? 'gate_city_hours' : 'gate_site_hours', scope)
      .whereRaw(`${hour} >= ?`, [gateHour(start)])
      .whereRaw(`${hour} < ?`, [gateHour(end)])
      .groupBy(`x.${by}`)
      .select({ key: `x.${by}` })
      .sum(Object.fromEntries(Object.entries(SUMS).map(([name, column]) => [name, `x.${column}`])));
  }
  return new Map(
    rows.map((row) => [
      String(row.key),
      { ...zero(), ...Object.fromEntries(COUNTS.filter((c) => c.key in row).map((c) => [c.key, num(row[c.key])])) },
    ]),
  );
}

async function bySite(db: Db, scope: FigureScope, range: FigureRange): Promise<{ table: FigureTable; totals: Counts }> {
  const [counts, now] = await Promise.all([
    countBy(db, scope, range, 'project_id'),
    // Who is in quarantine now is a state, not an event of the period.
    scoped(db, 'quarantines', scope)
      .where('x.status', 'active')
      .groupBy('x.project_id')
      .select({ key: 'x.project_id' })
      .count({ n: '*' }) as Promise<Record<string, unknown>[]>,
  ]);
  for (const row of now) counts.set(String(row.key), { ...(counts.get(String(row.key)) ?? zero()), inQuarantine: num(row.n) });
  const totals = zero();
  for (const row of counts.values()) for (const column of COUNTS) totals[column.key]! += row[column.key] ?? 0;
  // The busiest sites first; a city has thousands, so the list is cut like the records lists.
  const top = [...counts].sort((a, b) => (b[1].checks ?? 0) - (a[1].checks ?? 0) || Number(a[0]) - Number(b[0])).slice(0, range.rowLimit);
  const names = new Map(
    (
      await db('projects as p')
        .join('enterprises as e', 'e.id', 'p.enterprise_id')
        .whereIn(
          'p.id',
          top.map(([id]) => Number(id)),
        )
        .select('p.id', 'p.name', 'p.enterprise_id', 'e.name as enterprise_name')
    ).map((p) => [String(p.id), p]),
  );
  const rows: FigureRow[] = top.map(([id, row]) => {
    const project = names.get(id);
    return {
      link: { kind: 'enterprise', id: Number(project?.enterprise_id ?? 0) },
      cells: { site: String(project?.name ?? id), enterprise: String(project?.enterprise_name ?? ''), ...row },
    };
  });
  const columns: FigureColumn[] = [
    { key: 'site', label: text('项目工地', 'Site'), kind: 'text' },
    { key: 'enterprise', label: text('企业', 'Enterprise'), kind: 'text' },
    ...COUNTS,
  ];
  return {
    table: {
      key: 'by-site',
      title: text('按项目工地', 'By site'),
      columns,
      rows,
      total: counts.size,
      chart: { type: 'bar', category: 'site', series: ['admitted', 'quarantined', 'released', 'turnedBack'] },
    },
    totals,
  };
}

async function byDay(db: Db, scope: FigureScope, range: FigureRange): Promise<FigureTable> {
  // Each local day's hours, worked out once per period rather than once per row (a zone lookup is not free).
  const dayOf = hourDays(range);
  const counts = new Map<string, Counts>();
  for (const [hour, row] of await countBy(db, scope, range, 'hour')) {
    const day = dayOf.get(hour) ?? range.from;
    const into = counts.get(day) ?? zero();
    for (const column of COUNTS) into[column.key]! += row[column.key] ?? 0;
    counts.set(day, into);
  }
  const rows: FigureRow[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const { inQuarantine: _now, ...row } = counts.get(day) ?? zero();
    rows.push({ cells: { day, ...row } });
  }
  const columns = [
    { key: 'day', label: text('日期', 'Date'), kind: 'date' as const },
    ...COUNTS.filter((column) => column.key !== 'inQuarantine'),
  ];
  return {
    key: 'by-day',
    title: text('按日期', 'By day'),
    columns,
    rows,
    total: rows.length,
    chart: { type: 'line', category: 'day', series: ['admitted', 'quarantined', 'released', 'turnedBack'] },
  };
}

/** Gate checks and quarantines of the period, by site and by day. */
export const gateFigures: FigureProvider = async (db, scope, range) => {
  const [sites, day] = await Promise.all([bySite(db, scope, range), byDay(db, scope, range)]);
  return {
    key: 'gate',
    title: text('工地出入口查验与隔离', 'Gate checks and quarantine'),
    dated: true,
    note: text(
      '查验按查验日期统计，解除隔离按解除日期统计；“当前隔离中”为当前人数，不受日期范围影响。',
      'Checks count by the day they were made, releases by the day they ended; "in quarantine now" is as of now, whatever the period.',
    ),
    totals: COUNTS.map((column) => ({ key: column.key, label: column.label, value: sites.totals[column.key] ?? 0 })),
    tables: [sites.table, day],
  };
};
