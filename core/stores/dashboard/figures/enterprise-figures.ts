// Enterprises and projects (000 §II.1, 003: "57 enterprises resumed"): an enterprise has resumed once at least one of
// its projects is cleared to resume — set when the town/street level of the readiness inspection passes it (003:
// "达到要求才能复工"; readiness v7; the final approval under v6 and before: issue 19, migration 0023), and not suspended
// by a later level's fail (migration 0067), not by the status an admin types. Project status and clearance are current state, so the date range
// does not apply.
import type { Db, Knex } from '../../db-types';
import type { LocalizedText } from '#core/domain/locale';
import { ENTERPRISE_TYPE_NAMES, PROJECT_STATUS_NAMES } from '#core/domain/glossary';
import { ENTERPRISE_TYPES } from '#core/org/org-types';
import {
  text,
  type FigureColumn,
  type FigureProvider,
  type FigureRow,
  type FigureScope,
  type FigureTable,
} from '#core/dashboard/figure-group';
import { num, sumOf } from '../figure-sql';

// Named by the glossary, as the notice names them.
const TYPE_NAMES: Record<string, LocalizedText> = ENTERPRISE_TYPE_NAMES;

const COUNTS: FigureColumn[] = [
  { key: 'started', label: text('已开工项目', 'Projects started'), kind: 'number' },
  { key: 'ready', label: text('具备开工条件', 'Projects ready'), kind: 'number' },
  { key: 'delayed', label: text(PROJECT_STATUS_NAMES.delayed['zh-CN'], 'Projects delayed'), kind: 'number' },
];

/** One row per enterprise in scope with its project counts by status. */
function perEnterprise(db: Db, scope: FigureScope): Knex.QueryBuilder {
  const query = db('enterprises as e')
    .leftJoin('projects as p', 'p.enterprise_id', 'e.id')
    .groupBy('e.id', 'e.name', 'e.type', 'e.focus')
    .select('e.id', 'e.name', 'e.type', db.raw('case when e.focus then 1 else 0 end as focus'))
    .select(db.raw(`sum(case when p.status = 'started' then 1 else 0 end) as started`))
    .select(db.raw(`sum(case when p.status = 'ready' then 1 else 0 end) as ready`))
    .select(db.raw(`sum(case when p.status = 'delayed' then 1 else 0 end) as delayed`))
    .select(db.raw('sum(case when p.cleared_at is not null and p.suspended_at is null then 1 else 0 end) as cleared'))
    .select(db.raw('sum(case when p.suspended_at is not null then 1 else 0 end) as suspended'));
  return scope === 'all' ? query : query.whereIn('e.id', scope);
}

function enterpriseRow(row: Record<string, unknown>): FigureRow {
  const cleared = num(row.cleared);
  return {
    link: { kind: 'enterprise', id: Number(row.id) },
    cells: {
      name: String(row.name),
      type: TYPE_NAMES[String(row.type)] ?? String(row.type),
      focus: num(row.focus) ? text('是', 'Yes') : text('否', 'No'),
      resumed:
        cleared > 0
          ? text('已复工', 'Resumed')
          : num(row.suspended) > 0
            ? text('准予复工已暂停', 'Clearance suspended')
            : text('未复工', 'Not yet'),
      started: num(row.started),
      ready: num(row.ready),
      delayed: num(row.delayed),
    },
  };
}

const RECORD_COLUMNS: FigureColumn[] = [
  { key: 'name', label: text('企业', 'Enterprise'), kind: 'text' },
  { key: 'type', label: text('类型', 'Type'), kind: 'text' },
  { key: 'focus', label: text('重点企业', 'Focus'), kind: 'text' },
  { key: 'resumed', label: text('复工情况', 'Resumed'), kind: 'text' },
  ...COUNTS,
];

/** Project counts per enterprise in scope: by status, and how many are cleared to resume. */
function projectCounts(db: Db, scope: FigureScope): Knex.QueryBuilder {
  const query = db('projects')
    .groupBy('enterprise_id')
    .select('enterprise_id')
    .select(db.raw(`sum(case when status = 'started' then 1 else 0 end) as started`))
    .select(db.raw(`sum(case when status = 'ready' then 1 else 0 end) as ready`))
    .select(db.raw(`sum(case when status = 'delayed' then 1 else 0 end) as delayed`))
    .select(db.raw('sum(case when cleared_at is not null and suspended_at is null then 1 else 0 end) as cleared'));
  return scope === 'all' ? query : query.whereIn('enterprise_id', scope);
}

/**
 * Per enterprise type: enterprises, resumed, focus, and projects by status. The projects are counted per enterprise
 * first and joined by its id, so the enterprises are grouped by type alone (grouping the join by each enterprise's
 * id and name cost PostgreSQL twice as much at 10,000 enterprises).
 */
async function countByType(db: Db, scope: FigureScope): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = await db('enterprises as e')
    .leftJoin(projectCounts(db, scope).as('p'), 'p.enterprise_id', 'e.id')
    .modify((q) => {
      if (scope !== 'all') q.whereIn('e.id', scope);
    })
    .groupBy('e.type')
    .select('e.type')
    .count({ enterprises: '*' })
    .select(db.raw('sum(case when p.cleared > 0 then 1 else 0 end) as resumed'))
    .select(db.raw('sum(case when e.focus then 1 else 0 end) as focus'))
    .select(db.raw('sum(case when e.focus and p.cleared > 0 then 1 else 0 end) as focus_resumed'))
    .sum({ started: 'p.started', ready: 'p.ready', delayed: 'p.delayed' });
  const order: readonly string[] = ENTERPRISE_TYPES;
  return rows.sort((a, b) => order.indexOf(String(a.type)) - order.indexOf(String(b.type)));
}

function byTypeTable(byType: Record<string, unknown>[]): FigureTable {
  return {
    key: 'by-type',
    title: text('按企业类型', 'By enterprise type'),
    columns: [
      { key: 'type', label: text('类型', 'Type'), kind: 'text' },
      { key: 'enterprises', label: text('企业数', 'Enterprises'), kind: 'number' },
      { key: 'resumed', label: text('已复工', 'Resumed'), kind: 'number' },
      { key: 'focus', label: text('重点企业', 'Focus'), kind: 'number' },
      ...COUNTS,
    ],
    rows: byType.map((row) => {
      const type = TYPE_NAMES[String(row.type)] ?? String(row.type);
      return {
        cells: {
          type,
          enterprises: num(row.enterprises),
          resumed: num(row.resumed),
          focus: num(row.focus),
          started: num(row.started),
          ready: num(row.ready),
          delayed: num(row.delayed),
        },
        drill: { table: 'enterprise-records', column: 'type', value: type },
      };
    }),
    total: byType.length,
    chart: { type: 'bar', category: 'type', series: ['started', 'ready', 'delayed'], stacked: true },
  };
}

/** Enterprises resumed, focus enterprises, projects started / ready / delayed, by enterprise type. */
export const enterpriseFigures: FigureProvider = async (db, scope, range) => {
  // The lists show the first enterprises only: those are chosen first, and only their projects are counted.
  const firstIds = (focusOnly: boolean) => {
    const ids = db('enterprises').orderBy('id').limit(range.rowLimit).select('id');
    if (scope !== 'all') ids.whereIn('id', scope);
    if (focusOnly) ids.where('focus', true);
    return db.from(ids.as('f')).select('f.id');
  };
  const [byType, records, focus] = await Promise.all([
    countByType(db, scope),
    perEnterprise(db, scope).whereIn('e.id', firstIds(false)).orderBy('e.id') as Promise<Record<string, unknown>[]>,
    perEnterprise(db, scope).whereIn('e.id', firstIds(true)).orderBy('e.id') as Promise<Record<string, unknown>[]>,
  ]);
  const total = (field: string) => sumOf(byType, (row) => num(row[field]));
  const figure = (key: string, zh: string, en: string, field = key) => ({ key, label: text(zh, en), value: total(field) });
  return {
    key: 'enterprises',
    title: text('企业复工与项目', 'Enterprises and projects'),
    dated: false,
    note: text(
      '已复工：至少一个项目经复工核查（镇（街道）检查组核查通过）准予复工，且未因后续核查不予通过而暂停。项目状态和复工核查结果为当前状态，不受日期范围影响。',
      'Resumed: at least one project cleared to resume by the readiness inspection (passed by the town/street team) and not suspended by a later level failing it. Project status and clearance are as of now; the date range does not apply.',
    ),
    totals: [
      figure('enterprises', '企业总数', 'Enterprises'),
      figure('resumed', '已复工企业', 'Enterprises resumed'),
      figure('focus', '重点企业', 'Focus enterprises'),
      figure('focusResumed', '已复工重点企业', 'Focus enterprises resumed', 'focus_resumed'),
      figure('started', '已开工项目', 'Projects started'),
      figure('ready', '具备开工条件项目', 'Projects ready to start'),
      figure('delayed', `${PROJECT_STATUS_NAMES.delayed['zh-CN']}项目`, 'Projects delayed'),
    ],
    tables: [
      byTypeTable(byType),
      {
        key: 'focus-enterprises',
        title: text('重点企业', 'Focus enterprises'),
        columns: RECORD_COLUMNS,
        rows: focus.map(enterpriseRow),
        total: total('focus'),
      },
      {
        key: 'enterprise-records',
        title: text('企业明细', 'Enterprises'),
        columns: RECORD_COLUMNS,
        rows: records.map(enterpriseRow),
        total: total('enterprises'),
      },
    ],
  };
};
