// Turns what Fugong already records into webhook events, without touching a workflow: the case timeline
// (submission_events: received, settled, SLA breaches, quarantine start and release) and the task rows (opened,
// decided). Each source is read from a stored position with a look-back, because a row committed late (PostgreSQL
// hands out ids before commit) may appear behind the position; the event key makes a second sighting a no-op.
// Each new event gets one delivery row per active subscription that names its kind.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { fromJson, toJson } from '../db';
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

async function position(db: Knex, source: string): Promise<string | undefined> {
  return (await db('webhook_cursors').where({ source }).first('position'))?.position;
}

async function moveTo(db: Knex, source: string, at: string, value: string): Promise<void> {
  await db('webhook_cursors').insert({ source, position: value, updated_at: at }).onConflict('source').merge();
}

async function caseFacts(db: Knex, ids: string[]): Promise<Map<string, { formKey: string; caseNumber: string | null }>> {
  if (!ids.length) return new Map();
  const rows = await db('submissions')
    .whereIn('id', [...new Set(ids)])
    .select('id', 'form_key', 'case_number');
  return new Map(rows.map((row) => [String(row.id), { formKey: String(row.form_key), caseNumber: row.case_number ?? null }]));
}

async function timelineCandidates(db: Knex, at: string): Promise<Candidate[]> {
  const from = await position(db, 'submission_events');
  if (from === undefined) {
    // A fresh installation starts from now: subscribers hear of what happens after webhooks arrived, not the past.
    const [row] = await db('submission_events').max({ id: 'id' });
    await moveTo(db, 'submission_events', at, String(Number(row?.id ?? 0)));
    return [];
  }
  const rows = await db('submission_events')
    .where('id', '>', Math.max(0, Number(from) - TIMELINE_LOOKBACK_IDS))
    .orderBy('id')
    .limit(2000)
    .select('id', 'submission_id', 'kind', 'detail', 'at');
  if (rows.length) await moveTo(db, 'submission_events', at, String(Math.max(Number(from), Number(rows.at(-1)!.id))));
  const facts = await caseFacts(
    db,
    rows.map((row) => String(row.submission_id)),
  );
  return rows.flatMap((row): Candidate[] => {
    const kind = kindOfTimelineLine(String(row.kind));
    if (!kind) return [];
    const detail = fromJson<Record<string, unknown>>(row.detail) ?? {};
    const safe = Object.fromEntries(SAFE_DETAIL.filter((name) => typeof detail[name] === 'string').map((name) => [name, detail[name]]));
    const facts_ = facts.get(String(row.submission_id));
    const data: Record<string, unknown> = { ...safe, ...(facts_ ?? {}) };
    if (kind === 'case.settled') data.outcome = String(row.kind).slice('status.'.length);
    if (kind.startsWith('quarantine.')) data.quarantineId = String(row.submission_id);
    return [{ key: `timeline/${row.id}`, kind, caseId: String(row.submission_id), occurredAt: String(row.at), data }];
  });
}

async function taskCandidates(db: Knex, at: string): Promise<Candidate[]> {
  const from = await position(db, 'tasks');
  if (from === undefined) {
    await moveTo(db, 'tasks', at, at);
    return [];
  }
  const since = new Date(Date.parse(from) - TASK_LOOKBACK_MS).toISOString();
  const opened = await db('tasks').where('created_at', '>=', since).orderBy('created_at').limit(2000);
  const decided = await db('tasks')
    .where('closed_at', '>=', since)
    .where('close_reason', 'like', 'decided:%')
    .orderBy('closed_at')
    .limit(2000);
  const latest = [from, ...opened.map((row) => String(row.created_at)), ...decided.map((row) => String(row.closed_at))].sort().at(-1)!;
  await moveTo(db, 'tasks', at, latest);
  const base = (row: Record<string, unknown>) => ({
    taskId: String(row.id),
    processType: String(row.process_type),
    step: String(row.step),
    submissionId: row.submission_id ? String(row.submission_id) : null,
  });
  const caseOf = (row: Record<string, unknown>) => String(row.submission_id ?? row.workflow_id);
  return [
    ...opened.map((row) => ({
      key: `task/${row.id}/opened`,
      kind: 'task.opened' as const,
      caseId: caseOf(row),
      occurredAt: String(row.created_at),
      data: { ...base(row), dueAt: String(row.due_at) },
    })),
    ...decided.map((row) => ({
      key: `task/${row.id}/decided`,
      kind: 'task.decided' as const,
      caseId: caseOf(row),
      occurredAt: String(row.closed_at),
      data: { ...base(row), action: String(row.close_reason).slice('decided:'.length) },
    })),
  ];
}

/** Records the events that are new since the last pass and their deliveries; returns how many events were new. */
export async function collectWebhookEvents(db: Knex, now: Date): Promise<number> {
  const at = now.toISOString();
  const subscriptions = await db('webhook_subscriptions').where({ active: true }).select('id', 'kinds');
  if (!subscriptions.length) {
    // Without a subscriber nothing is read or kept; the positions move, so a new subscription starts from now.
    const [row] = await db('submission_events').max({ id: 'id' });
    await moveTo(db, 'submission_events', at, String(Number(row?.id ?? 0)));
    await moveTo(db, 'tasks', at, at);
    return 0;
  }
  const candidates = [...(await timelineCandidates(db, at)), ...(await taskCandidates(db, at))];
  if (!candidates.length) return 0;
  const known = new Set<string>();
  for (let i = 0; i < candidates.length; i += 500) {
    const keys = candidates.slice(i, i + 500).map((c) => c.key);
    for (const row of await db('webhook_events').whereIn('event_key', keys).select('event_key')) known.add(String(row.event_key));
  }
  // Recorded in the order they happened, so a case's events are delivered in that order.
  const fresh = candidates.filter((c) => !known.has(c.key)).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  let recorded = 0;
  for (const event of fresh) {
    await db('webhook_events')
      .insert({
        event_key: event.key,
        public_id: randomUUID(),
        kind: event.kind,
        case_id: event.caseId,
        data: toJson(event.data),
        occurred_at: event.occurredAt,
        recorded_at: at,
      })
      .onConflict('event_key')
      .ignore();
    const row = await db('webhook_events').where({ event_key: event.key }).first('id');
    const listeners = subscriptions.filter((s) => fromJson<string[]>(s.kinds).includes(event.kind));
    if (!listeners.length) continue;
    await db('webhook_deliveries')
      .insert(
        listeners.map((s) => ({
          event_id: row.id,
          subscription_id: s.id,
          case_id: event.caseId,
          status: 'pending',
          attempts: 0,
          next_attempt_at: at,
          created_at: at,
        })),
      )
      .onConflict(['event_id', 'subscription_id'])
      .ignore();
    recorded += 1;
  }
  return recorded;
}
