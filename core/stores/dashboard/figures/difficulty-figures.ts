// Difficulties (P4; 000 §II.2–3): reported in the period by category and rung, open, breached (an SLA ran out:
// a `ladder.sla-breached` timeline line or a task closed as escalated/expired), solved on site vs coordinated.
import type { Db } from '../../db-types';
import type { LocalizedText } from '#core/domain/locale';
import { addDays } from '#core/domain/working-calendar';
import {
  text,
  type FigureColumn,
  type FigureProvider,
  type FigureRange,
  type FigureRow,
  type FigureScope,
  type FigureTable,
  type RecordFilter,
} from '#core/dashboard/figure-group';
import { jsonText, num, sumOf } from '../figure-sql';
import {
  OUTCOME_NAMES,
  RUNG_NAMES,
  STATUS_NAMES,
  WAITING_ON_ENTERPRISE,
  breachedIds,
  categoryNames,
  difficultyRows,
  reportedDifficulties,
} from './difficulty-rows';
import { difficultyCategoriesFromBlocks, difficultyDaysFromHours, difficultyRungsFromHours } from './difficulty-hours';

const COUNTS: FigureColumn[] = [
  { key: 'reported', label: text('反映数', 'Reported'), kind: 'number' },
  { key: 'open', label: text('办理中', 'Open'), kind: 'number' },
  { key: 'breached', label: text('超时', 'SLA breached'), kind: 'number' },
  { key: 'settled', label: text('已办结', 'Settled'), kind: 'number' },
  { key: 'solved', label: text('现场解决', 'Solved on site'), kind: 'number' },
  { key: 'coordinated', label: text('协调解决', 'Coordinated'), kind: 'number' },
];

const ZERO: Record<string, number> = Object.fromEntries(COUNTS.map((c) => [c.key, 0]));

/** Counts to fold per category and per local day: city-wide two roll-ups; within a scope one grid of both, in one scan. */
async function countGrid(
  db: Db,
  scope: FigureScope,
  range: FigureRange,
): Promise<{ perCategory: Record<string, unknown>[]; perDay: Record<string, unknown>[] }> {
  if (scope === 'all') {
    const [perCategory, perDay] = await Promise.all([difficultyCategoriesFromBlocks(db, range), difficultyDaysFromHours(db, range)]);
    return { perCategory, perDay };
  }
  // Breached reports are few: counted from their own (indexed) list rather than looked up once per report.
  const breached: Record<string, unknown>[] = await db
    .from(difficultyRows(db, scope, range, { breached: false }).whereIn('s.id', breachedIds(db)).as('d'))
    .groupBy('d.category', 'd.day')
    .select('d.category', 'd.day')
    .count({ breached: '*' });
  const counted: Record<string, unknown>[] = await db
    .from(difficultyRows(db, scope, range, { breached: false }).as('d'))
    .groupBy('d.category', 'd.day')
    .select('d.category', 'd.day')
    .count({ reported: '*' })
    .select(db.raw('sum(d.open) as open'))
    .select(db.raw(`sum(case when d.status = 'settled' then 1 else 0 end) as settled`))
    .select(db.raw(`sum(case when d.outcome = 'solved-on-site' then 1 else 0 end) as solved`))
    .select(db.raw(`sum(case when d.outcome = 'coordinated' then 1 else 0 end) as coordinated`));
  const grid = [...counted, ...breached];
  return { perCategory: grid, perDay: grid };
}

/** The grid's counts added up per value of `by` (category or day). */
function fold(grid: Record<string, unknown>[], by: string): Map<string, Record<string, number>> {
  const sums = new Map<string, Record<string, number>>();
  for (const row of grid) {
    const key = String(row[by]);
    const into = sums.get(key) ?? Object.fromEntries(COUNTS.map((c) => [c.key, 0]));
    for (const column of COUNTS) into[column.key]! += num(row[column.key]);
    sums.set(key, into);
  }
  return sums;
}

/** Open reports per current rung (or waiting on the enterprise) and SLA breaches per stage: city-wide from the roll-ups, within a scope from the reports. */
async function rungCounts(db: Db, scope: FigureScope, range: FigureRange) {
  if (scope === 'all') {
    const { open, breaches } = await difficultyRungsFromHours(db, range);
    return { open, breaches };
  }
  const open: Record<string, unknown>[] = await db
    .from(difficultyRows(db, scope, range, { rung: true, openOnly: true, breached: false }).as('d'))
    .groupBy('d.rung')
    .select('d.rung')
    .count({ n: '*' });
  // Grouped outside: PostgreSQL would not match a parameterised expression in GROUP BY with the same one in SELECT.
  // Driven from the (few) breach lines, checked against the period's reports.
  const events = db('submission_events as ev')
    .where('ev.kind', 'ladder.sla-breached')
    .whereExists(reportedDifficulties(db, scope, range).whereRaw('s.id = ev.submission_id'))
    .select(db.raw('? as stage', [jsonText(db, 'ev.detail', ['stage'])]));
  const breaches: Record<string, unknown>[] = await db.from(events.as('b')).groupBy('b.stage').select('b.stage').count({ n: '*' });
  return { open, breaches };
}

async function byRung(db: Db, scope: FigureScope, range: FigureRange): Promise<FigureTable> {
  const { open, breaches } = await rungCounts(db, scope, range);
  const keys = [
    ...new Set([
      'cadre',
      'group',
      'hq',
      ...Object.values(WAITING_ON_ENTERPRISE),
      ...open.map((r) => String(r.rung ?? 'none')),
      ...breaches.map((r) => String(r.stage)),
    ]),
  ];
  const openAt = new Map(open.map((r) => [String(r.rung ?? 'none'), num(r.n)]));
  const breachedAt = new Map(breaches.map((r) => [String(r.stage), num(r.n)]));
  return {
    key: 'by-rung',
    title: text('按办理层级', 'By rung'),
    columns: [
      { key: 'rung', label: text('层级', 'Rung'), kind: 'text' },
      { key: 'open', label: text('当前在办', 'Open there now'), kind: 'number' },
      { key: 'breaches', label: text('超时次数', 'SLA breaches there'), kind: 'number' },
    ],
    rows: keys.map((key) => {
      const rung = RUNG_NAMES[key] ?? key;
      return {
        cells: { rung, open: openAt.get(key) ?? 0, breaches: breachedAt.get(key) ?? 0 },
        drill: { table: 'difficulty-records', column: 'rung', value: rung },
      };
    }),
    total: keys.length,
    chart: { type: 'bar', category: 'rung', series: ['open', 'breaches'] },
  };
}

function byDay(range: FigureRange, perDay: Record<string, unknown>[]): FigureTable {
  const found = fold(perDay, 'day');
  const days: FigureRow[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    days.push({ cells: { day, ...(found.get(day) ?? ZERO) }, drill: { table: 'difficulty-records', column: 'day', value: day } });
  }
  return {
    key: 'by-day',
    title: text('按反映日期', 'By report date'),
    columns: [{ key: 'day', label: text('日期', 'Date'), kind: 'date' }, ...COUNTS.slice(0, 4)],
    rows: days,
    total: days.length,
    chart: { type: 'line', category: 'day', series: ['reported', 'settled', 'breached'] },
  };
}

async function records(
  db: Db,
  scope: FigureScope,
  range: FigureRange,
  categories: Map<string, LocalizedText>,
  counted: number,
  narrow?: RecordFilter,
): Promise<FigureTable> {
  // Not wrapped in a derived table: the newest reports are read from the index and the limit stops the scan.
  const query = difficultyRows(db, scope, range, { rung: true });
  const total = narrow
    ? num(
        (
          await narrow(reportedDifficulties(db, scope, range), 's.id')
            .count({ n: '*' })
            .first()
        )?.n,
      )
    : counted;
  const rows: Record<string, unknown>[] = await (narrow ? narrow(query, 's.id') : query)
    .leftJoin('enterprises as e', 'e.id', 's.enterprise_id')
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id')
    .limit(range.rowLimit)
    .select('e.name as enterprise_name');
  const yesNo = (value: unknown) => (num(value) ? text('是', 'Yes') : text('否', 'No'));
  return {
    key: 'difficulty-records',
    title: text('困难问题明细', 'Difficulty reports'),
    columns: [
      { key: 'day', label: text('反映日期', 'Reported on'), kind: 'date' },
      { key: 'enterprise', label: text('企业', 'Enterprise'), kind: 'text' },
      { key: 'category', label: text('类别', 'Category'), kind: 'text' },
      { key: 'status', label: text('状态', 'Status'), kind: 'text' },
      { key: 'rung', label: text('当前/办结层级', 'Rung'), kind: 'text' },
      { key: 'breached', label: text('超时', 'SLA breached'), kind: 'text' },
      { key: 'outcome', label: text('办结方式', 'Outcome'), kind: 'text' },
    ],
    rows: rows.map((row) => ({
      link: { kind: 'submission', id: String(row.id) },
      cells: {
        day: String(row.day),
        enterprise: String(row.enterprise_name ?? ''),
        category: categories.get(String(row.category)) ?? String(row.category ?? ''),
        status: STATUS_NAMES[String(row.status)] ?? String(row.status),
        rung: RUNG_NAMES[String(row.rung ?? 'none')] ?? String(row.rung),
        breached: yesNo(row.breached),
        outcome: row.outcome ? (OUTCOME_NAMES[String(row.outcome)] ?? String(row.outcome)) : null,
      },
    })),
    total,
  };
}

/** Difficulty reports of the period: totals, by category, by rung, by day, and the reports themselves. */
export const difficultyFigures: FigureProvider = async (db, scope, range, narrow) => {
  const [{ order, names }, grid, rungs] = await Promise.all([categoryNames(db), countGrid(db, scope, range), byRung(db, scope, range)]);
  const perCategory = [...fold(grid.perCategory, 'category')].sort(
    (a, b) => (order.indexOf(a[0]) + 1 || 99) - (order.indexOf(b[0]) + 1 || 99),
  );
  const total = (key: string) => sumOf(perCategory, ([, row]) => row[key] ?? 0);
  const byCategory: FigureTable = {
    key: 'by-category',
    title: text('按问题类别', 'By category'),
    columns: [{ key: 'category', label: text('类别', 'Category'), kind: 'text' }, ...COUNTS],
    rows: perCategory.map(([key, counts]) => {
      const category = names.get(key) ?? key;
      return { cells: { category, ...counts }, drill: { table: 'difficulty-records', column: 'category', value: category } };
    }),
    total: perCategory.length,
    chart: { type: 'bar', category: 'category', series: ['open', 'settled', 'breached'] },
  };
  return {
    key: 'difficulties',
    title: text('困难问题', 'Difficulties'),
    dated: true,
    note: text(
      '按反映日期统计；状态为当前状态。已解决待企业确认、退回待企业补充的问题计为在办，但不在任何办理层级；现场解决、协调解决含已解决待企业确认的问题。',
      'Counted by report date; statuses are as of now. A case resolved and awaiting the enterprise’s confirmation, or returned for its information, is open but at no rung; solved on site and coordinated include cases resolved and awaiting confirmation.',
    ),
    totals: COUNTS.map((column) => ({ key: column.key, label: column.label, value: total(column.key) })),
    tables: [byCategory, rungs, byDay(range, grid.perDay), await records(db, scope, range, names, total('reported'), narrow)],
  };
};
