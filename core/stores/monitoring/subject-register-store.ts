// The register of subject monitoring, as stored: the published definitions that follow a subject, the subjects of one
// with their submissions, each subject's check-in counts, its slots and the readings synced from a device's queue.
// web/server/monitoring/monitoring-register.ts shows them through the personal-data policy.
import type { Knex } from 'knex';
import { fromJson } from '../../db';
import type { EndChange } from '../../domain/monitoring-params';
import { fromRow, type StoredForm } from '#core/stores/forms/form-store';
import type { Page } from '#core/api/paging-types';
import { pageOfQuery, type PageQuery } from '#core/stores/page-of-query';
import type { Db } from '../db-types';

/** A subject with what its submission says. */
export interface RegisterSubjectRow {
  id: string;
  formKey: string;
  /** The definition version its submission was made with. */
  submittedVersion: number;
  enterpriseId: number | null;
  userId: number | null;
  data: Record<string, unknown>;
  caseNumber: string | null;
  kind: string;
  name: string;
  status: 'active' | 'ended';
  startedAt: string;
  endsAt: string;
  endedAt: string | null;
  endChanges: EndChange[];
  alerts: number;
}

/** Which subjects a register lists: one definition's, in every enterprise or these, of one status or any. */
export interface RegisterFilter {
  formKey: string;
  scope: 'all' | number[];
  status?: 'active' | 'ended';
}

/** A slot open now. */
export interface OpenSlot {
  slotAt: string;
  opensAt: string;
  dueAt: string;
}

/** A subject's check-ins so far: done, missed, late (synced after their slot closed), and the slot open now. */
export interface CheckInCounts {
  done: number;
  missed: number;
  late: number;
  openSlot: OpenSlot | null;
}

/** A check-in slot of a subject with its readings. */
export interface SubjectSlotRow extends OpenSlot {
  status: string;
  readings: Record<string, number> | null;
  alert: boolean;
  recordedAt: string | null;
}

/** A reading synced from a device's queue, settled (recorded, late, or kept after the end). */
export interface SyncedReadingRow {
  outcome: string;
  slotAt: string | null;
  deviceTime: string;
  receivedAt: string;
  clockSkewed: boolean;
  alert: boolean;
  readings: Record<string, number> | null;
}

/** The newest published version of every definition, by key. */
export async function newestPublishedForms(db: Db): Promise<StoredForm[]> {
  const rows: Record<string, unknown>[] = await db('form_definitions')
    .where({ status: 'published' })
    .orderBy([{ column: 'key' }, { column: 'version', order: 'desc' }]);
  const newest = new Map<unknown, Record<string, unknown>>();
  for (const row of rows) if (!newest.has(row.key)) newest.set(row.key, row);
  return [...newest.values()].map(fromRow);
}

function subjectQuery(db: Db, where: (q: Knex.QueryBuilder) => void): Knex.QueryBuilder {
  const query = db('monitoring_subjects as m')
    .join('submissions as s', 's.id', 'm.id')
    .orderBy('m.started_at', 'desc')
    .orderBy('m.id', 'desc')
    .select('m.*', 's.data', 's.case_number', 's.user_id', 's.form_version as submitted_version');
  where(query);
  return query;
}

function toRegisterRow(row: Record<string, unknown>): RegisterSubjectRow {
  return {
    id: String(row.id),
    formKey: String(row.form_key),
    submittedVersion: Number(row.submitted_version),
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    userId: row.user_id == null ? null : Number(row.user_id),
    data: fromJson<Record<string, unknown>>(row.data),
    caseNumber: row.case_number ? String(row.case_number) : null,
    kind: String(row.subject_kind),
    name: String(row.name),
    status: String(row.status) as 'active' | 'ended',
    startedAt: String(row.started_at),
    endsAt: String(row.ends_at),
    endedAt: row.ended_at ? String(row.ended_at) : null,
    endChanges: fromJson<EndChange[]>(row.end_changes),
    alerts: Number(row.alerts),
  };
}

/** One page of the subjects the filter names, newest first. */
export async function registerSubjects(
  db: Db,
  filter: RegisterFilter,
  paging: PageQuery,
): Promise<{ rows: RegisterSubjectRow[]; page: Page }> {
  const query = subjectQuery(db, (q) => {
    q.where('m.form_key', filter.formKey);
    if (filter.scope !== 'all') q.whereIn('m.enterprise_id', filter.scope);
    if (filter.status) q.where('m.status', filter.status);
  });
  const { rows, page } = await pageOfQuery<Record<string, unknown>>(db, query, paging);
  return { rows: rows.map(toRegisterRow), page };
}

/** The subject under `id` if its enterprise is in scope, or undefined. */
export async function findRegisterSubject(db: Db, id: string, scope: 'all' | number[]): Promise<RegisterSubjectRow | undefined> {
  const row: Record<string, unknown> | undefined = await subjectQuery(db, (q) => {
    q.where('m.id', id);
    if (scope !== 'all') q.whereIn('m.enterprise_id', scope);
  }).first();
  return row ? toRegisterRow(row) : undefined;
}

/** The check-in counts of each subject in `ids` (zeros for one without check-ins). */
export async function checkInCounts(db: Db, ids: string[]): Promise<Map<string, CheckInCounts>> {
  const counts = new Map<string, CheckInCounts>(ids.map((id) => [id, { done: 0, missed: 0, late: 0, openSlot: null }]));
  if (!ids.length) return counts;
  const byStatus = await db('monitoring_checkins')
    .whereIn('subject_id', ids)
    .groupBy('subject_id', 'status')
    .select('subject_id', 'status')
    .count('* as n');
  for (const row of byStatus) {
    const entry = counts.get(String(row.subject_id));
    if (entry && (row.status === 'done' || row.status === 'missed')) entry[row.status] = Number(row.n);
  }
  const open = await db('monitoring_checkins')
    .whereIn('subject_id', ids)
    .where({ status: 'open' })
    .select('subject_id', 'slot_at', 'opens_at', 'due_at');
  for (const row of open) {
    const entry = counts.get(String(row.subject_id));
    if (entry) entry.openSlot = { slotAt: String(row.slot_at), opensAt: String(row.opens_at), dueAt: String(row.due_at) };
  }
  const late = await db('offline_check_ins')
    .whereIn('subject_id', ids)
    .where({ outcome: 'late' })
    .groupBy('subject_id')
    .select('subject_id')
    .count('* as n');
  for (const row of late) {
    const entry = counts.get(String(row.subject_id));
    if (entry) entry.late = Number(row.n);
  }
  return counts;
}

const readingsOf = (value: unknown) => (value ? fromJson<Record<string, number>>(value) : null);

/** Every check-in slot of the subject, oldest first. */
export async function subjectSlots(db: Db, subjectId: string): Promise<SubjectSlotRow[]> {
  const rows = await db('monitoring_checkins').where({ subject_id: subjectId }).orderBy('slot_at');
  return rows.map((slot) => ({
    slotAt: String(slot.slot_at),
    opensAt: String(slot.opens_at),
    dueAt: String(slot.due_at),
    status: String(slot.status),
    readings: readingsOf(slot.readings),
    alert: Boolean(slot.alert),
    recordedAt: slot.recorded_at ? String(slot.recorded_at) : null,
  }));
}

/** The subject's readings synced from a device's queue and settled, in the order they arrived. */
export async function syncedReadings(db: Db, subjectId: string): Promise<SyncedReadingRow[]> {
  const rows = await db('offline_check_ins').where({ subject_id: subjectId }).whereNot({ outcome: 'pending' }).orderBy('id');
  return rows.map((kept) => ({
    outcome: String(kept.outcome),
    slotAt: kept.slot_at ? String(kept.slot_at) : null,
    deviceTime: String(kept.device_time),
    receivedAt: String(kept.received_at),
    clockSkewed: Boolean(kept.clock_skewed),
    alert: Boolean(kept.alert),
    readings: readingsOf(kept.readings),
  }));
}
