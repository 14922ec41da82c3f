// The stuck list: Temporal's stuck runs (stuck-scan.ts) named by the cases people know (core/stores/case-ref-store.ts), each with
// its reason in words (stuck-reasons.ts). A scan describes every running run of the queue, so its result is kept a
// short while: paging through the list or a second admin opening it does not scan again.
import type { Client } from '@temporalio/client';
import type { LocalizedText } from '#core/domain/locale';
import { AppError } from '#core/errors';
import { failedReason, retryingReason, stepOf, workflowTaskReason } from './stuck-reasons';
import { scanStuck, type StuckRun, type StuckScan } from './stuck-scan';
import { casesOfWorkflows } from '#core/stores/case-ref-store';
import type { Db } from '#core/stores';
import type { StuckCase, StuckCaseRef, StuckKind } from './stuck-types';

/** How long a scan answers before the next request scans again. */
export const SCAN_FRESH_MS = 20_000;

/** The stuck list and when it was read. */
export interface StuckList {
  items: StuckCase[];
  checkedAt: string;
  /** True when the queue held more runs than one scan looks at. */
  truncated: boolean;
}

const BACKGROUND: Record<string, LocalizedText> = {
  collectionRoundWorkflow: { 'zh-CN': '定期填报的一轮', en: 'A reporting round' },
  dailyDigestWorkflow: { 'zh-CN': '每日待办汇总', en: 'The daily digest' },
};
const SOME_PROCESS: LocalizedText = { 'zh-CN': '后台流程', en: 'A background process' };
const UNREACHABLE: LocalizedText = {
  'zh-CN': '工作流引擎无法连接，暂时无法列出卡住的案件',
  en: 'The workflow engine cannot be reached, so stuck cases cannot be listed now',
};
const ORDER: Record<StuckKind, number> = { 'workflow-task-failing': 0, 'activity-retrying': 1, failed: 2 };

function reasonOf(run: StuckRun): LocalizedText {
  if (run.kind === 'failed') return failedReason(run.failure ?? { type: null, message: '' });
  if (run.kind === 'workflow-task-failing') return workflowTaskReason(run.attempt ?? 2, run.nondeterministic);
  return retryingReason(run.activityType ?? '', run.attempt ?? 1, run.failure);
}

function toItem(run: StuckRun, cases: Map<string, StuckCaseRef>): StuckCase {
  const ref = cases.get(run.workflowId) ?? null;
  return {
    kind: run.kind,
    case: ref,
    process: ref?.formTitle ?? BACKGROUND[run.workflowType] ?? SOME_PROCESS,
    reason: reasonOf(run),
    step: run.kind === 'activity-retrying' ? stepOf(run.activityType ?? '') : null,
    attempt: run.attempt,
    since: run.since,
    nextAttemptAt: run.nextAttemptAt,
    failureType: run.failure?.type ?? null,
    technical: run.failure?.message || null,
  };
}

/** Dependencies of the stuck list. */
export interface StuckDeps {
  db: Db;
  temporal: Client;
  namespace: string;
  taskQueue: string;
  now: () => Date;
}

/** The stuck list over `deps`, with its short-lived scan cache. */
export function createStuckCases(deps: StuckDeps) {
  const scans = new Map<number, { at: number; scan: Promise<StuckScan> }>();
  return {
    /** The stuck cases, failed runs of the last `days` days included; `fresh` scans again whatever the cache holds. */
    async list(days: number, fresh: boolean): Promise<StuckList> {
      const now = deps.now();
      let entry = scans.get(days);
      if (fresh || !entry || now.getTime() - entry.at > SCAN_FRESH_MS) {
        const started = { at: now.getTime(), scan: scanStuck(deps.temporal, deps.namespace, deps.taskQueue, days, now) };
        scans.set(days, started);
        // A failed scan is not kept; a newer one that replaced it meanwhile stays.
        started.scan.catch(() => {
          if (scans.get(days) === started) scans.delete(days);
        });
        entry = started;
      }
      let scan: StuckScan;
      try {
        scan = await entry.scan;
      } catch {
        throw new AppError(503, 'temporal_unreachable', UNREACHABLE);
      }
      const { runs, checkedAt, truncated } = scan;
      const cases = await casesOfWorkflows(
        deps.db,
        runs.map((run) => run.workflowId),
      );
      const items = runs
        .map((run) => toItem(run, cases))
        .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || (a.since ?? '').localeCompare(b.since ?? ''));
      return { items, checkedAt, truncated };
    },
  };
}
