// Turns what Fugong already records into webhook events, without touching a workflow: the case timeline
// (submission_events: received, settled, SLA breaches, quarantine start and release) and the task rows (opened,
// decided). Each source is read from a stored position with a look-back, because a row committed late (PostgreSQL
// hands out ids before commit) may appear behind the position; the event key makes a second sighting a no-op.
// Each new event gets one delivery row per active subscription that names its kind.
import { randomUUID } from 'node:crypto';
import { fromJson } from '../db';
import type { Db } from '../stores/db-types';
import { activeSubscriptions } from '../stores/notify/webhook-store';
import { addDeliveries, cursorOf, knownEventKeys, moveCursor, recordEvent } from '../stores/outbox/webhook-event-store';
import {
  caseFacts,
  lastTimelineId,
  tasksDecidedSince,
  tasksOpenedSince,
  timelineAfter,
  type TaskLine,
} from '../stores/outbox/webhook-source-store';
import { kindOfTimelineLine, type WebhookKind } from './webhook-kinds';

/** An event before it is recorded. */
interface Candidate {
  key: string;
  kind: WebhookKind;
  caseId: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

const TIMELINE_LOOKBACK_IDS = 200;
const TASK_LOOKBACK_MS = 10 * 60_000;
// Only these detail fields of a timeline line go out: times and rung names, never a person's data or free text.
const SAFE_DETAIL = ['stage', 'startedAt', 'endsAt', 'releasedAt', 'action'] as const;

async function timelineCandidates(db: Db, at: string): Promise<Candidate[]> {
  const from = await cursorOf(db, 'submission_events');
  if (from === undefined) {
    // A fresh installation starts from now: subscribers hear of what happens after webhooks arrived, not the past.
    await moveCursor(db, 'submission_events', at, String(await lastTimelineId(db)));
    return [];
  }
  const rows = await timelineAfter(db, Math.max(0, Number(from) - TIMELINE_LOOKBACK_IDS), 2000);
  if (rows.length) await moveCursor(db, 'submission_events', at, String(Math.max(Number(from), rows.at(-1)!.id)));
  const facts = await caseFacts(
    db,
    rows.map((row) => row.submissionId),
  );
  return rows.flatMap((row): Candidate[] => {
    const kind = kindOfTimelineLine(row.kind);
    if (!kind) return [];
    const detail = fromJson<Record<string, unknown>>(row.detail) ?? {};
    const safe = Object.fromEntries(SAFE_DETAIL.filter((name) => typeof detail[name] === 'string').map((name) => [name, detail[name]]));
    const facts_ = facts.get(row.submissionId);
    const data: Record<string, unknown> = { ...safe, ...(facts_ ?? {}) };
    if (kind === 'case.settled') data.outcome = row.kind.slice('status.'.length);
    if (kind.startsWith('quarantine.')) data.quarantineId = row.submissionId;
    return [{ key: `timeline/${row.id}`, kind, caseId: row.submissionId, occurredAt: row.at, data }];
  });
}

async function taskCandidates(db: Db, at: string): Promise<Candidate[]> {
  const from = await cursorOf(db, 'tasks');
  if (from === undefined) {
    await moveCursor(db, 'tasks', at, at);
    return [];
  }
  const since = new Date(Date.parse(from) - TASK_LOOKBACK_MS).toISOString();
  const opened = await tasksOpenedSince(db, since, 2000);
  const decided = await tasksDecidedSince(db, since, 2000);
  const latest = [from, ...opened.map((task) => task.createdAt), ...decided.map((task) => String(task.closedAt))].sort().at(-1)!;
  await moveCursor(db, 'tasks', at, latest);
  const base = (task: TaskLine) => ({
    taskId: task.id,
    processType: task.processType,
    step: task.step,
    submissionId: task.submissionId ? task.submissionId : null,
  });
  const caseOf = (task: TaskLine) => task.submissionId ?? task.workflowId;
  return [
    ...opened.map((task) => ({
      key: `task/${task.id}/opened`,
      kind: 'task.opened' as const,
      caseId: caseOf(task),
      occurredAt: task.createdAt,
      data: { ...base(task), dueAt: task.dueAt },
    })),
    ...decided.map((task) => ({
      key: `task/${task.id}/decided`,
      kind: 'task.decided' as const,
      caseId: caseOf(task),
      occurredAt: String(task.closedAt),
      data: { ...base(task), action: String(task.closeReason).slice('decided:'.length) },
    })),
  ];
}

/** Records the events that are new since the last pass and their deliveries; returns how many events were new. */
export async function collectWebhookEvents(db: Db, now: Date): Promise<number> {
  const at = now.toISOString();
  const subscriptions = await activeSubscriptions(db);
  if (!subscriptions.length) {
    // Without a subscriber nothing is read or kept; the positions move, so a new subscription starts from now.
    await moveCursor(db, 'submission_events', at, String(await lastTimelineId(db)));
    await moveCursor(db, 'tasks', at, at);
    return 0;
  }
  const candidates = [...(await timelineCandidates(db, at)), ...(await taskCandidates(db, at))];
  if (!candidates.length) return 0;
  const known = new Set<string>();
  for (let i = 0; i < candidates.length; i += 500) {
    for (const key of await knownEventKeys(
      db,
      candidates.slice(i, i + 500).map((c) => c.key),
    ))
      known.add(key);
  }
  // Recorded in the order they happened, so a case's events are delivered in that order.
  const fresh = candidates.filter((c) => !known.has(c.key)).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  let recorded = 0;
  for (const event of fresh) {
    const eventId = await recordEvent(db, { ...event, publicId: randomUUID(), recordedAt: at });
    const listeners = subscriptions.filter((s) => s.kinds.includes(event.kind));
    if (!listeners.length) continue;
    await addDeliveries(
      db,
      eventId,
      event.caseId,
      listeners.map((s) => s.id),
      at,
    );
    recorded += 1;
  }
  return recorded;
}
