// The register of monitoring definitions other than the gate check: which definitions there are, their subjects in
// the reader's scope with state, check-ins, alerts and end-date changes, and one subject with every check-in. The
// subject's fields are its submission's, shown through the personal-data policy; readings of a monitored worker are
// health data for that policy too (a site's or a vehicle's readings are not about a person).
import type { Knex } from 'knex';
import { fromJson } from '#core/db';
import type { LocalizedText } from '#core/domain/locale';
import { followsSubject, type AnyMonitoringParams, type EndChange, type SubjectMonitoringParams } from '#core/domain/monitoring-params';
import { maskValue } from '#core/privacy/mask';
import { applyPolicy, showsInFull, type Purpose, type Reader } from '#core/privacy/personal-data-policy';
import { submissionPrivacy, type SubmissionPrivacy } from '#core/privacy/submission-facts';
import { fromRow } from '#core/stores/forms/form-store';
import { pageOfQuery, type PageQuery } from '../paging';

/** A published monitoring definition that follows a subject, as the register names it. */
export interface SubjectDefinition {
  key: string;
  title: LocalizedText;
  subject: SubjectMonitoringParams['subject'];
  readings: SubjectMonitoringParams['readings'];
  days: number;
  checkInTimes: string[];
}

/** The newest published version of every monitoring definition that follows a subject. */
export async function subjectDefinitions(db: Knex): Promise<SubjectDefinition[]> {
  const rows = await db('form_definitions')
    .where({ status: 'published' })
    .orderBy([{ column: 'key' }, { column: 'version', order: 'desc' }]);
  const newest = new Map<string, Record<string, unknown>>();
  for (const row of rows) if (!newest.has(row.key)) newest.set(row.key, row);
  return [...newest.values()]
    .map(fromRow)
    .filter((form) => form.process.processType === 'monitoring' && followsSubject(form.process.params as unknown as AnyMonitoringParams))
    .map((form) => {
      const params = form.process.params as unknown as SubjectMonitoringParams;
      return {
        key: form.key,
        title: form.title,
        subject: params.subject,
        readings: params.readings,
        days: params.days,
        checkInTimes: params.checkInTimes,
      };
    });
}

/** Which enterprises' subjects a register may list: every one, or these. */
export type RegisterScope = 'all' | number[];

function readingsFor(values: unknown, reader: Reader, privacy: SubmissionPrivacy, kind: string, purpose: Purpose) {
  if (!values) return null;
  const readings = fromJson<Record<string, number>>(values);
  if (kind !== 'worker' || showsInFull('health', reader, privacy.facts, purpose)) return readings;
  return Object.fromEntries(Object.keys(readings).map((key) => [key, maskValue('health', readings[key], reader.locale)]));
}

function subjectQuery(db: Knex, where: (q: Knex.QueryBuilder) => void): Knex.QueryBuilder {
  const query = db('monitoring_subjects as m')
    .join('submissions as s', 's.id', 'm.id')
    .orderBy('m.started_at', 'desc')
    .orderBy('m.id', 'desc')
    .select('m.*', 's.data', 's.case_number', 's.user_id', 's.form_version as submitted_version');
  where(query);
  return query;
}

async function countsOf(db: Knex, ids: string[]) {
  const rows = ids.length
    ? await db('monitoring_checkins')
        .whereIn('subject_id', ids)
        .groupBy('subject_id', 'status')
        .select('subject_id', 'status')
        .count('* as n')
    : [];
  const counts = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const id = String(row.subject_id);
    counts.set(id, { ...(counts.get(id) ?? {}), [String(row.status)]: Number(row.n) });
  }
  const open = new Map<string, { slotAt: string; opensAt: string; dueAt: string }>(
    ids.length
      ? (
          await db('monitoring_checkins')
            .whereIn('subject_id', ids)
            .where({ status: 'open' })
            .select('subject_id', 'slot_at', 'opens_at', 'due_at')
        ).map((row) => [String(row.subject_id), { slotAt: String(row.slot_at), opensAt: String(row.opens_at), dueAt: String(row.due_at) }])
      : [],
  );
  const late = new Map<string, number>(
    ids.length
      ? (
          await db('offline_check_ins')
            .whereIn('subject_id', ids)
            .where({ outcome: 'late' })
            .groupBy('subject_id')
            .select('subject_id')
            .count('* as n')
        ).map((row) => [String(row.subject_id), Number(row.n)])
      : [],
  );
  return (id: string) => ({
    done: counts.get(id)?.done ?? 0,
    missed: counts.get(id)?.missed ?? 0,
    late: late.get(id) ?? 0,
    openSlot: open.get(id) ?? null,
  });
}

/** Check-in counts of a subject and the slot open now, if any. */
type Counts = Awaited<ReturnType<typeof countsOf>> extends (id: string) => infer C ? C : never;

/** The subjects of one definition in scope, newest first, as `reader` may see them. */
export async function registerOf(
  db: Knex,
  reader: Reader,
  formKey: string,
  scope: RegisterScope,
  filter: { status?: 'active' | 'ended' },
  paging: PageQuery,
) {
  const query = subjectQuery(db, (q) => {
    q.where('m.form_key', formKey);
    if (scope !== 'all') q.whereIn('m.enterprise_id', scope);
    if (filter.status) q.where('m.status', filter.status);
  });
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  const refs = rows.map((row) => refOf(row));
  const privacy = await submissionPrivacy(db, reader, refs);
  const counts = await countsOf(
    db,
    refs.map((ref) => ref.id),
  );
  return { subjects: rows.map((row, i) => shown(row, refs[i]!, privacy.get(refs[i]!.id)!, reader, 'list', counts(refs[i]!.id))), page };
}

/** One subject in scope with every check-in, or undefined. */
export async function subjectOf(db: Knex, reader: Reader, id: string, scope: RegisterScope) {
  const row: Record<string, unknown> | undefined = await subjectQuery(db, (q) => {
    q.where('m.id', id);
    if (scope !== 'all') q.whereIn('m.enterprise_id', scope);
  }).first();
  if (!row) return undefined;
  const ref = refOf(row);
  const privacy = (await submissionPrivacy(db, reader, [ref])).get(ref.id)!;
  const counts = await countsOf(db, [ref.id]);
  const slots = await db('monitoring_checkins').where({ subject_id: ref.id }).orderBy('slot_at');
  const synced = await db('offline_check_ins').where({ subject_id: ref.id }).whereNot({ outcome: 'pending' }).orderBy('id');
  const item = (kept: Record<string, unknown>) =>
    syncedView(kept, readingsFor(kept.readings, reader, privacy, String(row.subject_kind), 'detail'), reader);
  return {
    ...shown(row, ref, privacy, reader, 'detail', counts(ref.id)),
    checkIns: slots.map((slot) => {
      const own = synced.filter((kept) => kept.slot_at === slot.slot_at);
      const recorded = own.find((kept) => kept.outcome === 'recorded');
      return {
        slotAt: String(slot.slot_at),
        opensAt: String(slot.opens_at),
        dueAt: String(slot.due_at),
        status: String(slot.status),
        readings: readingsFor(slot.readings, reader, privacy, String(row.subject_kind), 'detail'),
        alert: Boolean(slot.alert),
        recordedAt: slot.recorded_at ? String(slot.recorded_at) : null,
        // Recorded from a device's queue: when it was made there and when it arrived.
        synced: recorded
          ? {
              deviceTime: String(recorded.device_time),
              receivedAt: String(recorded.received_at),
              clockSkewed: Boolean(recorded.clock_skewed),
            }
          : null,
        late: own.filter((kept) => kept.outcome === 'late').map(item),
      };
    }),
    lateReadings: synced.filter((kept) => kept.outcome === 'late').map(item),
    keptAfterEnd: synced.filter((kept) => kept.outcome === 'ended').map(item),
  };
}

const SYNCED_LABELS = {
  late: { 'zh-CN': '补报', en: 'Late reading' },
  ended: { 'zh-CN': '观察结束后送达', en: 'Arrived after the monitoring ended' },
  recorded: { 'zh-CN': '离线记录', en: 'Recorded offline' },
} as const;

/** A reading synced from a device's queue, as the register shows it: both times, and the device clock's flag. */
function syncedView(kept: Record<string, unknown>, readings: unknown, reader: Reader) {
  const outcome = String(kept.outcome) as keyof typeof SYNCED_LABELS;
  return {
    outcome,
    label: (SYNCED_LABELS[outcome] ?? SYNCED_LABELS.recorded)[reader.locale],
    slotAt: kept.slot_at ? String(kept.slot_at) : null,
    deviceTime: String(kept.device_time),
    receivedAt: String(kept.received_at),
    clockSkewed: Boolean(kept.clock_skewed),
    alert: Boolean(kept.alert),
    readings,
  };
}

function refOf(row: Record<string, unknown>) {
  return {
    id: String(row.id),
    formKey: String(row.form_key),
    formVersion: Number(row.submitted_version),
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    userId: row.user_id == null ? null : Number(row.user_id),
    data: fromJson<Record<string, unknown>>(row.data),
  };
}

function shown(
  row: Record<string, unknown>,
  ref: ReturnType<typeof refOf>,
  privacy: SubmissionPrivacy,
  reader: Reader,
  purpose: Purpose,
  counts: Counts,
) {
  const data = applyPolicy(privacy.schema, ref.data, reader, privacy.facts, purpose);
  // The name was copied from the field the params name; a field marked personal shows here as the policy masks it.
  const nameField = Object.keys(ref.data).find((key) => ref.data[key] === row.name);
  return {
    id: ref.id,
    caseNumber: row.case_number ? String(row.case_number) : null,
    formKey: ref.formKey,
    kind: String(row.subject_kind),
    name: String(nameField === undefined ? row.name : data[nameField]),
    data,
    enterpriseId: ref.enterpriseId,
    status: String(row.status) as 'active' | 'ended',
    startedAt: String(row.started_at),
    endsAt: String(row.ends_at),
    endedAt: row.ended_at ? String(row.ended_at) : null,
    endChanges: fromJson<EndChange[]>(row.end_changes),
    checkIns: counts.done,
    missed: counts.missed,
    late: counts.late,
    openSlot: counts.openSlot,
    alerts: Number(row.alerts),
  };
}
