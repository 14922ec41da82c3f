// Daily reports (P3; 003: "57 enterprises resumed, 13,041 people back at work"; 004: "12,987 workers returned"):
// compliance per day, and what the enterprises reported. Definitions, for the period:
// - on time / late / missed: report rows of each day's round by status (pending: the round is still open);
// - people back at work, projects started / ready / delayed, awaiting return, enterprises resumed: from each
//   enterprise's latest report in the period (resumed: it reports at least one project started and a project of it is
//   cleared to resume by the readiness inspection, 003 "达到要求才能复工", and not suspended by a later level's fail; one
//   that reports a project started without a clearance in force is counted apart, as started without clearance);
// - workers returned: the `returnedToday` of every day's report (its current version), added up over the period.
import type { Db } from '../../db-types';
import { addDays } from '#core/domain/working-calendar';
import { PROJECT_STATUS_NAMES } from '#core/domain/glossary';
import {
  text,
  type FigureColumn,
  type FigureProvider,
  type FigureRange,
  type FigureRow,
  type FigureScope,
  type FigureTable,
  type FigureTotal,
  type RecordFilter,
} from '#core/dashboard/figure-group';
import { num, sumOf } from '../figure-sql';
import { latestReports, reportDays } from './daily-report-rows';

const DELAYED = PROJECT_STATUS_NAMES.delayed['zh-CN'];

const DAY_COLUMNS: FigureColumn[] = [
  { key: 'targeted', label: text('应报', 'Expected'), kind: 'number' },
  { key: 'on_time', label: text('按时报送', 'On time'), kind: 'number' },
  { key: 'late', label: text('逾期报送', 'Late'), kind: 'number' },
  { key: 'missed', label: text('未报送', 'Missed'), kind: 'number' },
  { key: 'pending', label: text('尚未截止', 'Not yet due'), kind: 'number' },
  { key: 'workers_on_site', label: text('在岗人数', 'Workers on site'), kind: 'number' },
  { key: 'returned_today', label: text('当日返岗', 'Returned that day'), kind: 'number' },
];

// 003 防控物资: each enterprise's stock as its latest report in the period says, added up over the enterprises.
const SUPPLY_COLUMNS: FigureColumn[] = [
  { key: 'masks', label: text('口罩库存（只）', 'Masks in stock'), kind: 'number' },
  { key: 'disinfectant', label: text('消毒液库存（升）', 'Disinfectant in stock (litres)'), kind: 'number' },
  { key: 'thermometers', label: text('体温计库存（支）', 'Thermometers in stock'), kind: 'number' },
];

const REPORT_COLUMNS: FigureColumn[] = [
  { key: 'workers_on_site', label: text('在岗人数', 'Workers on site'), kind: 'number' },
  { key: 'awaiting_return', label: text('尚未返岗', 'Awaiting return'), kind: 'number' },
  { key: 'projects_started', label: text('已开工项目', 'Projects started'), kind: 'number' },
  { key: 'projects_ready', label: text('具备开工条件', 'Projects ready'), kind: 'number' },
  // The glossary's term (延期开工), as the enterprise figures and the resumption survey word it.
  { key: 'projects_delayed', label: text(DELAYED, 'Projects delayed'), kind: 'number' },
];

function byDay(range: FigureRange, days: Record<string, unknown>[]): FigureTable {
  const found = new Map(days.map((row) => [String(row.local_date), row]));
  const rows: FigureRow[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    const row = found.get(day);
    rows.push({ cells: { day, ...Object.fromEntries(DAY_COLUMNS.map((column) => [column.key, num(row?.[column.key])])) } });
  }
  return {
    key: 'by-day',
    title: text('按日报送情况', 'Reporting by day'),
    columns: [{ key: 'day', label: text('日期', 'Date'), kind: 'date' }, ...DAY_COLUMNS],
    rows,
    total: rows.length,
    chart: { type: 'bar', category: 'day', series: ['on_time', 'late', 'missed'], stacked: true },
  };
}

// The reporting enterprise has a project cleared to resume (the inspection's fact, not what it reports).
// A clearance a later level's fail suspended does not count (migration 0067).
const CLEARED =
  'exists (select 1 from projects p where p.enterprise_id = l.enterprise_id and p.cleared_at is not null and p.suspended_at is null)';

/** Totals of the latest reports: how many enterprises, how many resumed (reported started and cleared), how many report a
 * project started without a clearance, and the sums of their numbers. */
async function latestTotals(db: Db, scope: FigureScope, range: FigureRange): Promise<Record<string, unknown>> {
  const { query } = await latestReports(db, scope, range);
  return (
    (await query.first(
      db.raw('count(*) as reporting'),
      db.raw(`sum(case when l.projects_started > 0 and ${CLEARED} then 1 else 0 end) as resumed`),
      db.raw(`sum(case when l.projects_started > 0 and not ${CLEARED} then 1 else 0 end) as started_uncleared`),
      ...[...REPORT_COLUMNS, ...SUPPLY_COLUMNS].map((column) => db.raw('sum(??) as ??', [`l.${column.key}`, column.key])),
    )) ?? {}
  );
}

async function records(db: Db, scope: FigureScope, range: FigureRange, counted: number, narrow?: RecordFilter): Promise<FigureTable> {
  // Wrapped: a query builder is thenable, so an async function returning one would run it.
  const latest = async () => {
    const { query } = await latestReports(db, scope, range);
    return { query: narrow ? narrow(query, 'l.submission_id') : query };
  };
  const total = narrow ? num((await (await latest()).query.count({ n: '*' }).first())?.n) : counted;
  const rows: Record<string, unknown>[] = await (
    await latest()
  ).query
    .join('enterprises as e', 'e.id', 'l.enterprise_id')
    .orderBy('l.enterprise_id')
    .limit(range.rowLimit)
    .select('l.*', 'e.name as enterprise_name');
  return {
    key: 'report-records',
    title: text('各企业最新报送', 'Latest report of each enterprise'),
    columns: [
      { key: 'enterprise', label: text('企业', 'Enterprise'), kind: 'text' },
      { key: 'day', label: text('报送日期', 'Report date'), kind: 'date' },
      ...REPORT_COLUMNS,
    ],
    rows: rows.map((row) => ({
      link: { kind: 'submission', id: String(row.submission_id) },
      cells: {
        enterprise: String(row.enterprise_name),
        day: String(row.local_date),
        ...Object.fromEntries(REPORT_COLUMNS.map((column) => [column.key, num(row[column.key])])),
      },
    })),
    total,
  };
}

/** Daily reports of the period: compliance by day, people back at work, workers returned, projects as reported. */
export const dailyReportFigures: FigureProvider = async (db, scope, range, narrow) => {
  const [days, latest] = await Promise.all([reportDays(db, scope, range), latestTotals(db, scope, range)]);
  const sum = (column: string) => sumOf(days, (row) => num(row[column]));
  const figure = (key: string, zh: string, en: string, value: number): FigureTotal => ({ key, label: text(zh, en), value });
  return {
    key: 'daily-reports',
    title: text('项目动态每日报送', 'Daily reports'),
    dated: true,
    note: text(
      '在岗人数、项目数、复工企业和防控物资库存取各企业在所选期间的最新一次报送；返岗人数为期间内每日“今日返岗”之和。已复工企业：报送有项目已开工，且经复工核查准予复工（准予复工被后续核查不予通过而暂停的不计）；报送已开工但未经核查准予复工的企业另列（含准予复工已暂停的）。',
      'Workers on site, projects, enterprises resumed and epidemic-prevention stock are taken from each enterprise\'s latest report in the period; workers returned adds up every day\'s "returned today". Enterprises resumed: they report a project started and are cleared to resume by the readiness inspection (a clearance suspended after a later level failed it does not count); those reporting work started without that clearance, or with it suspended, are counted apart.',
    ),
    totals: [
      figure('expected', '应报次数', 'Reports expected', sum('targeted')),
      figure('onTime', '按时报送', 'On time', sum('on_time')),
      figure('late', '逾期报送', 'Late', sum('late')),
      figure('missed', '未报送', 'Missed', sum('missed')),
      figure('reporting', '报送企业', 'Enterprises reporting', num(latest.reporting)),
      figure('resumed', '已复工企业（报送）', 'Enterprises resumed (reported)', num(latest.resumed)),
      figure(
        'startedUncleared',
        '报送已开工但未准予复工的企业',
        'Enterprises reporting work started without clearance',
        num(latest.started_uncleared),
      ),
      figure('workersOnSite', '在岗人数', 'People back at work', num(latest.workers_on_site)),
      figure('workersReturned', '返岗人数', 'Workers returned', sum('returned_today')),
      figure('awaitingReturn', '尚未返岗人数', 'Workers awaiting return', num(latest.awaiting_return)),
      figure('projectsStarted', '已开工项目（报送）', 'Projects started (reported)', num(latest.projects_started)),
      figure('projectsReady', '具备开工条件项目（报送）', 'Projects ready (reported)', num(latest.projects_ready)),
      figure('projectsDelayed', `${DELAYED}项目（报送）`, 'Projects delayed (reported)', num(latest.projects_delayed)),
      ...SUPPLY_COLUMNS.map((column) => ({ key: column.key, label: column.label, value: num(latest[column.key]) })),
    ],
    tables: [byDay(range, days), await records(db, scope, range, num(latest.reporting), narrow)],
  };
};
