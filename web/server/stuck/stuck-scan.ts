// Finds the runs that cannot go on, from Temporal alone: running runs of this app's task queue whose pending activity
// keeps failing or whose workflow task keeps failing (DescribeWorkflowExecution), and runs that failed for good in the
// last days (visibility, then the closing event of their history). The work is bounded: one namespace and one task
// queue, at most MAX_RUNS runs of each sort, a few describe calls at a time.
import type { Client } from '@temporalio/client';
import type { ProtoFailure } from '@temporalio/common';
import { decodeFailure } from '@temporalio/common/lib/internal-non-workflow';
import proto from '@temporalio/proto';
import type { FailureSummary } from './stuck-reasons';
import type { StuckKind } from './stuck-types';

type Failure = proto.temporal.api.failure.v1.IFailure;
type Timestamp = { seconds?: unknown; nanos?: unknown } | null | undefined;

const { EventType, WorkflowTaskFailedCause } = proto.temporal.api.enums.v1;

/** At most this many running and this many failed runs are looked at per scan. */
export const MAX_RUNS = 2000;
/** A pending activity is listed from this attempt on, or earlier when it has a last failure. */
export const STUCK_ATTEMPT = 3;
const DESCRIBE_AT_ONCE = 8;
const HISTORY_PAGE = 200;

/** One run that cannot go on, as Temporal tells it (before the app DB names the case). */
export interface StuckRun {
  workflowId: string;
  workflowType: string;
  kind: StuckKind;
  /** Since when it has been stuck: the first attempt of the failing step, or when the run failed. */
  since: string | null;
  attempt: number | null;
  nextAttemptAt: string | null;
  /** The activity type of a retrying step. */
  activityType: string | null;
  failure: FailureSummary | null;
  nondeterministic: boolean;
}

/** What a scan found and whether it had to stop early. */
export interface StuckScan {
  runs: StuckRun[];
  truncated: boolean;
  checkedAt: string;
}

function timestamp(value: Timestamp): string | null {
  if (!value) return null;
  const seconds = Number(value.seconds ?? 0) + Number(value.nanos ?? 0) / 1e9;
  return seconds > 0 ? new Date(seconds * 1000).toISOString() : null;
}

/** The innermost cause of a failure chain: an activity failure wraps the application failure that says why. */
export function summariseFailure(failure: Failure | null | undefined): FailureSummary | null {
  if (!failure) return null;
  let inner = failure;
  while (inner.cause) inner = inner.cause;
  return { type: inner.applicationFailureInfo?.type || null, message: inner.message ?? '' };
}

/** A failure as Temporal keeps it, with each message put back from the sealed attributes the failure converter moved it
 * to (core/codec/failure-converter.cjs); a failure recorded before that, or one the keys cannot open, stays as it is. */
async function openFailure(temporal: Client, failure: Failure | null | undefined): Promise<Failure | null> {
  if (!failure) return null;
  const { payloadCodecs, payloadConverter } = temporal.options.loadedDataConverter;
  let decoded: Failure;
  try {
    decoded = await decodeFailure(payloadCodecs, failure as ProtoFailure);
  } catch {
    return failure;
  }
  for (let level: Failure | null | undefined = decoded; level; level = level.cause) {
    if (!level.encodedAttributes) continue;
    try {
      const { message } = payloadConverter.fromPayload<{ message?: unknown }>(level.encodedAttributes);
      if (typeof message === 'string') level.message = message;
    } catch {
      // sealed with a key this process does not hold: "Encoded failure" is all it can say
    }
  }
  return decoded;
}

/** summariseFailure of the opened failure (openFailure). */
async function summariseStored(temporal: Client, failure: Failure | null | undefined): Promise<FailureSummary | null> {
  return summariseFailure(await openFailure(temporal, failure));
}

const quoted = (text: string) => `'${text.replace(/'/g, "\\'")}'`;

async function listRuns(
  temporal: Client,
  namespace: string,
  query: string,
): Promise<{ ids: { workflowId: string; runId: string; type: string; closedAt: string | null }[]; truncated: boolean }> {
  const ids: { workflowId: string; runId: string; type: string; closedAt: string | null }[] = [];
  let nextPageToken: Uint8Array | undefined;
  do {
    const page = await temporal.workflowService.listWorkflowExecutions({ namespace, query, pageSize: 500, nextPageToken });
    for (const execution of page.executions ?? []) {
      ids.push({
        workflowId: execution.execution?.workflowId ?? '',
        runId: execution.execution?.runId ?? '',
        type: execution.type?.name ?? '',
        closedAt: timestamp(execution.closeTime as Timestamp),
      });
    }
    nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
  } while (nextPageToken && ids.length < MAX_RUNS);
  return { ids: ids.slice(0, MAX_RUNS), truncated: Boolean(nextPageToken) || ids.length > MAX_RUNS };
}

/** Runs `work` over `items`, `limit` at a time, keeping the order. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit) results.push(...(await Promise.all(items.slice(i, i + limit).map(work))));
  return results;
}

type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

/** The newest events of a run, newest first: where its failing workflow task and its retrying steps began. */
async function recentEvents(temporal: Client, namespace: string, workflowId: string, runId: string): Promise<HistoryEvent[]> {
  const history = await temporal.workflowService.getWorkflowExecutionHistoryReverse({
    namespace,
    execution: { workflowId, runId },
    maximumPageSize: HISTORY_PAGE,
  });
  return history.history?.events ?? [];
}

/** The newest WorkflowTaskFailed event: its failure and whether the SDK found the code non-deterministic. */
async function lastWorkflowTaskFailure(temporal: Client, events: HistoryEvent[]) {
  const event = events.find((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED);
  const attributes = event?.workflowTaskFailedEventAttributes;
  const failure = await summariseStored(temporal, attributes?.failure);
  const nondeterministic =
    attributes?.cause === WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_NON_DETERMINISTIC_ERROR ||
    /nondetermin/i.test(failure?.message ?? '');
  return { failure, nondeterministic };
}

/** When the activity `activityId` was first scheduled: a retry writes no event, so this is its first attempt's time. */
function firstScheduled(events: HistoryEvent[], activityId: string): string | null {
  const event = events.find(
    (e) =>
      e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED && e.activityTaskScheduledEventAttributes?.activityId === activityId,
  );
  return timestamp(event?.eventTime as Timestamp);
}

async function describeRunning(temporal: Client, namespace: string, run: { workflowId: string; runId: string; type: string }) {
  const found: StuckRun[] = [];
  let description;
  try {
    description = await temporal.workflowService.describeWorkflowExecution({
      namespace,
      execution: { workflowId: run.workflowId, runId: run.runId },
    });
  } catch {
    return found; // closed or gone since it was listed
  }
  const task = description.pendingWorkflowTask;
  const taskFailing = Boolean(task && (task.attempt ?? 0) > 1);
  const retrying = (description.pendingActivities ?? []).filter(
    (activity) => (activity.attempt ?? 1) >= STUCK_ATTEMPT || activity.lastFailure,
  );
  if (!taskFailing && retrying.length === 0) return found;
  // Only the few stuck runs have their history read, one page of it.
  const events = await recentEvents(temporal, namespace, run.workflowId, run.runId);
  const base = { workflowId: run.workflowId, workflowType: run.type, nondeterministic: false };
  if (task && taskFailing) {
    const { failure, nondeterministic } = await lastWorkflowTaskFailure(temporal, events);
    found.push({
      ...base,
      kind: 'workflow-task-failing',
      since: timestamp(task.originalScheduledTime as Timestamp) ?? timestamp(task.scheduledTime as Timestamp),
      attempt: task.attempt ?? null,
      nextAttemptAt: null,
      activityType: null,
      failure,
      nondeterministic,
    });
  }
  for (const activity of retrying) {
    found.push({
      ...base,
      kind: 'activity-retrying',
      since: firstScheduled(events, activity.activityId ?? '') ?? timestamp(activity.scheduledTime as Timestamp),
      attempt: activity.attempt ?? 1,
      nextAttemptAt: timestamp(activity.nextAttemptScheduleTime as Timestamp),
      activityType: activity.activityType?.name ?? '',
      failure: await summariseStored(temporal, activity.lastFailure),
    });
  }
  return found;
}

async function describeFailed(
  temporal: Client,
  namespace: string,
  run: { workflowId: string; runId: string; type: string; closedAt: string | null },
): Promise<StuckRun> {
  let failure: FailureSummary | null = null;
  try {
    const history = await temporal.workflowService.getWorkflowExecutionHistoryReverse({
      namespace,
      execution: { workflowId: run.workflowId, runId: run.runId },
      maximumPageSize: 1,
    });
    failure = await summariseStored(temporal, history.history?.events?.[0]?.workflowExecutionFailedEventAttributes?.failure);
  } catch {
    // Its history is gone (retention): the run is listed without a cause.
  }
  return {
    workflowId: run.workflowId,
    workflowType: run.type,
    kind: 'failed',
    since: run.closedAt,
    attempt: null,
    nextAttemptAt: null,
    activityType: null,
    failure,
    nondeterministic: false,
  };
}

/** Scans the task queue for runs that cannot go on; failed runs count when they closed in the last `days` days. */
export async function scanStuck(temporal: Client, namespace: string, taskQueue: string, days: number, now: Date): Promise<StuckScan> {
  const since = new Date(now.getTime() - days * 86_400_000).toISOString();
  const ofQueue = `TaskQueue = ${quoted(taskQueue)}`;
  const [running, failed] = await Promise.all([
    listRuns(temporal, namespace, `${ofQueue} AND ExecutionStatus = 'Running'`),
    listRuns(temporal, namespace, `${ofQueue} AND ExecutionStatus = 'Failed' AND CloseTime > ${quoted(since)}`),
  ]);
  const retrying = (await inBatches(running.ids, DESCRIBE_AT_ONCE, (run) => describeRunning(temporal, namespace, run))).flat();
  const ended = await inBatches(failed.ids, DESCRIBE_AT_ONCE, (run) => describeFailed(temporal, namespace, run));
  return { runs: [...retrying, ...ended], truncated: running.truncated || failed.truncated, checkedAt: now.toISOString() };
}
