// Processes without a section of their own (DESIGN §3: an administrator composes a new process from a starter with no
// code): every published form that starts a workflow, one row each, titled by the form. For the period, by submission
// date with statuses as of now, like the difficulty figures: cases submitted, still open, settled; for a ladder its open
// tasks per rung and those past due (a case waiting on the enterprise at 待企业确认 / 待企业补充, as in the difficulty
// section); for a collection the reports filed against those expected of its rounds. A retired process keeps its row,
// marked 已停用, while it has cases open.
import type { Db } from '../../db-types';
import type { LocalizedText } from '#core/domain/locale';
import { fromJson } from '../../../db';
import { PROCESS_NAMES, STATUS_NAMES } from '#core/domain/glossary';
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
import { num, sumOf } from '../figure-sql';
import {
  caseCounts,
  caseRecords,
  liveProcesses,
  periodCases,
  reportCounts,
  rungCounts,
  waitingCounts,
  type LiveProcess,
  type ProcessSelection,
} from './process-rows';
import { RUNG_NAMES, WAITING_ON_ENTERPRISE } from './difficulty-rows';

export type { ProcessSelection } from './process-rows';

const COUNTS: FigureColumn[] = [
  { key: 'submitted', label: text('提交数', 'Submitted'), kind: 'number' },
  { key: 'open', label: text('办理中', 'Open'), kind: 'number' },
  { key: 'settled', label: text('已办结', 'Settled'), kind: 'number' },
  { key: 'overdue', label: text('超时待办', 'Overdue tasks'), kind: 'number' },
];

const REPORTS: FigureColumn[] = [
  { key: 'reported', label: text('已报送', 'Reported'), kind: 'number' },
  { key: 'expected', label: text('应报送', 'Expected'), kind: 'number' },
];

// Statuses the glossary does not name (a process ended without settling): worded here, never shown as a key.
const OTHER_STATUSES: Record<string, LocalizedText> = {
  closed: text('已结束', 'Closed'),
  cancelled: text('已撤销', 'Cancelled'),
};
const statusName = (status: string, process?: LiveProcess): LocalizedText =>
  process?.statusNames[status] ??
  (STATUS_NAMES as Record<string, LocalizedText>)[status] ??
  OTHER_STATUSES[status] ??
  text('其他', 'Other');
const processName = (type: string): LocalizedText => (PROCESS_NAMES as Record<string, LocalizedText>)[type] ?? text('其他', 'Other');
const keyed = (rows: Record<string, unknown>[]) => new Map(rows.map((row) => [String(row.form_key), row]));

/** A process as its rows name it: a retired one marked so (it stays listed while it has open cases). */
const nameOf = (process: LiveProcess): LocalizedText =>
  process.retired ? text(`${process.title['zh-CN']}（已停用）`, `${process.title.en} (Retired)`) : process.title;

/** "<process> · 待企业确认": a ladder case waiting on the enterprise, in the difficulty section's words; undefined for a
 * case at a rung. */
function waitingRung(process: LiveProcess, status: string): LocalizedText | undefined {
  const key = (WAITING_ON_ENTERPRISE as Record<string, string>)[status];
  const waiting = key === undefined ? undefined : RUNG_NAMES[key];
  if (!waiting) return undefined;
  return text(`${process.title['zh-CN']} · ${waiting['zh-CN']}`, `${process.title.en} · ${waiting.en}`);
}

/** One row per process; a figure a process type has no data for (overdue tasks of a collection) is left empty. */
function byProcess(
  processes: LiveProcess[],
  cases: Map<string, Record<string, unknown>>,
  overdue: Map<string, number>,
  reports: Map<string, Record<string, unknown>>,
): FigureTable {
  const rows: FigureRow[] = processes.map((process) => {
    const counted = cases.get(process.key);
    const report = reports.get(process.key);
    const collection = process.processType === 'collection';
    return {
      cells: {
        process: nameOf(process),
        type: processName(process.processType),
        submitted: num(counted?.submitted),
        open: num(counted?.open),
        settled: num(counted?.settled),
        overdue: process.processType === 'ladder' ? (overdue.get(process.key) ?? 0) : null,
        reported: collection ? num(report?.reported) : null,
        expected: collection ? num(report?.expected) : null,
      },
      drill: { table: 'process-records', column: 'process', value: nameOf(process) },
    };
  });
  return {
    key: 'by-process',
    title: text('按流程', 'By process'),
    columns: [
      { key: 'process', label: text('流程', 'Process'), kind: 'text' },
      { key: 'type', label: text('流程类型', 'Process type'), kind: 'text' },
      ...COUNTS,
      ...REPORTS,
    ],
    rows,
    total: rows.length,
    chart: { type: 'bar', category: 'process', series: ['submitted', 'open', 'settled'] },
  };
}

/** Open tasks per ladder rung (the task's title names the form and the rung), in the ladder's order; then the cases
 * waiting on the enterprise, which no rung holds (待企业确认 / 待企业补充). */
function byRung(processes: LiveProcess[], rungs: Record<string, unknown>[], waiting: Record<string, unknown>[]): FigureTable {
  const order = (row: Record<string, unknown>) => {
    const process = processes.findIndex((p) => p.key === String(row.form_key));
    const stage = processes[process]?.stages.indexOf(String(row.step)) ?? -1;
    return process * 1000 + (stage < 0 ? 999 : stage);
  };
  const row = (rung: LocalizedText, open: unknown, overdue: unknown): FigureRow => ({
    cells: { rung, open: num(open), overdue: num(overdue) },
    drill: { table: 'process-records', column: 'rung', value: rung },
  });
  const atRungs = [...rungs].sort((a, b) => order(a) - order(b)).map((r) => row(fromJson<LocalizedText>(r.title), r.open, r.overdue));
  const statuses = Object.keys(WAITING_ON_ENTERPRISE);
  const withEnterprise = processes.flatMap((process) =>
    statuses.flatMap((status) => {
      const counted = waiting.find((w) => String(w.form_key) === process.key && String(w.status) === status);
      const rung = waitingRung(process, status);
      return counted && rung ? [row(rung, counted.open, 0)] : [];
    }),
  );
  const rows = [...atRungs, ...withEnterprise];
  return {
    key: 'by-rung',
    title: text('逐级办理流程按层级', 'Ladders by rung'),
    columns: [
      { key: 'rung', label: text('流程 · 层级', 'Process · rung'), kind: 'text' },
      { key: 'open', label: text('当前在办', 'Open there now'), kind: 'number' },
      { key: 'overdue', label: text('已超时', 'Past due'), kind: 'number' },
    ],
    rows,
    total: rows.length,
    chart: { type: 'bar', category: 'rung', series: ['open', 'overdue'] },
  };
}

async function records(
  db: Db,
  processes: LiveProcess[],
  scope: FigureScope,
  range: FigureRange,
  now: string,
  counted: number,
  narrow?: RecordFilter,
): Promise<FigureTable> {
  const keys = processes.map((p) => p.key);
  const byKey = new Map(processes.map((p) => [p.key, p]));
  const query = caseRecords(db, keys, scope, range);
  const total = narrow
    ? num(
        (
          await narrow(periodCases(db, keys, scope, range), 's.id')
            .count({ n: '*' })
            .first()
        )?.n,
      )
    : counted;
  const rows: Record<string, unknown>[] = keys.length ? await (narrow ? narrow(query, 's.id') : query).limit(range.rowLimit) : [];
  const yesNo = (value: boolean) => (value ? text('是', 'Yes') : text('否', 'No'));
  return {
    key: 'process-records',
    title: text('流程办理明细', 'Cases'),
    columns: [
      { key: 'day', label: text('提交日期', 'Submitted on'), kind: 'date' },
      { key: 'process', label: text('流程', 'Process'), kind: 'text' },
      { key: 'enterprise', label: text('企业', 'Enterprise'), kind: 'text' },
      { key: 'status', label: text('状态', 'Status'), kind: 'text' },
      { key: 'rung', label: text('当前层级', 'Current rung'), kind: 'text' },
      { key: 'overdue', label: text('超时', 'Overdue'), kind: 'text' },
    ],
    rows: rows.map((row) => {
      const process = byKey.get(String(row.form_key));
      const ladder = process?.processType === 'ladder';
      // A case waiting on the enterprise stands with it, whatever task of a rung is still open (none, as a rule).
      const waiting = ladder ? waitingRung(process, String(row.status)) : undefined;
      const rung = waiting ?? (ladder && row.rung ? fromJson<LocalizedText>(row.rung) : null);
      const cells: Record<string, FigureCell> = {
        day: String(row.day),
        process: process ? nameOf(process) : null,
        enterprise: row.enterprise_name ? String(row.enterprise_name) : null,
        status: statusName(String(row.status), process),
        rung,
        overdue: ladder ? yesNo(!waiting && Boolean(row.rung_due) && String(row.rung_due) < now) : null,
      };
      return { link: { kind: 'submission', id: String(row.id) }, cells };
    }),
    total,
  };
}

/** The processes group over the selection `selection` describes (see web/server/dashboard/figure-providers.ts). */
export function processFigures(selection: ProcessSelection): FigureProvider {
  return async (db, scope, range, narrow) => {
    const now = range.now ?? new Date().toISOString();
    const processes = await liveProcesses(db, selection, scope);
    const keysOf = (type?: string) => processes.filter((p) => !type || p.processType === type).map((p) => p.key);
    const [cases, rungs, waiting, reports] = await Promise.all([
      caseCounts(db, keysOf(), scope, range),
      rungCounts(db, keysOf('ladder'), scope, range, now),
      waitingCounts(db, keysOf('ladder'), scope, range),
      reportCounts(db, keysOf('collection'), scope, range),
    ]);
    const overdue = new Map<string, number>();
    for (const row of rungs) overdue.set(String(row.form_key), (overdue.get(String(row.form_key)) ?? 0) + num(row.overdue));
    const total = (key: string) => sumOf(cases, (row) => num(row[key]));
    const totals = [
      ...COUNTS.slice(0, 3).map((column) => ({ key: column.key, label: column.label, value: total(column.key) })),
      { key: 'overdue', label: COUNTS[3]!.label, value: sumOf([...overdue.values()], (n) => n) },
    ];
    return {
      key: 'processes',
      title: text('其他业务流程', 'Other processes'),
      dated: true,
      note: processes.length
        ? text(
            '每个已发布、会启动流程且没有专门版块的表单一行（含管理员在“表单管理”中新建的流程）；已停用的流程在仍有未办结的案件时照常列出，标注“已停用”。按提交日期统计，状态为当前状态；超时待办为已过办理时限仍未办理的任务；已解决待企业确认、退回待企业补充的案件计为在办，但不在任何办理层级。',
            'One row per published form that starts a process and has no section of its own, including those an administrator creates on the Forms page; a retired process stays listed, marked Retired, while it has cases not yet closed. Counted by submission date; statuses are as of now; overdue tasks are open tasks past their time limit; a case resolved and awaiting the enterprise’s confirmation, or returned for its information, is open but at no rung.',
          )
        : text(
            '还没有这样的流程。管理员在“表单管理”中从模板（逐级办理、限时报送、跟踪监测）新建流程并发布后，它会在这里列出。',
            'No such process yet. Once an administrator creates a process from a starter (ladder, collection, monitoring) on the Forms page and publishes it, it is listed here.',
          ),
      totals,
      tables: [
        byProcess(processes, keyed(cases), overdue, keyed(reports)),
        byRung(processes, rungs, waiting),
        await records(db, processes, scope, range, now, total('submitted'), narrow),
      ],
    };
  };
}
