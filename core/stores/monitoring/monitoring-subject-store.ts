// A monitored subject (a returning worker, a site, a vehicle) and its check-in slots, as the subject-monitoring
// activities keep them: the subject recorded once, slots opened and closed, the end date moved with its history, the
// monitoring ended, and the people its notices go to.
import { fromJson, toJson } from '../../db';
import type { EndChange, MonitoringAudience } from '../../domain/monitoring-params';
import type { Db } from '../db-types';

/** A subject as stored. */
export interface SubjectRow {
  id: string;
  workflowId: string;
  formKey: string;
  /** The definition version the subject's monitoring started with. */
  formVersion: number;
  status: 'active' | 'ended';
  enterpriseId: number | null;
  name: string;
  startedBy: number;
  startedAt: string;
  endsAt: string;
  endedAt: string | null;
}

/** A new subject: its submission, definition and period. */
export interface NewSubject {
  id: string;
  formKey: string;
  formVersion: number;
  kind: string;
  name: string;
  enterpriseId: number | null;
  startedBy: number;
  startedAt: string;
  endsAt: string;
}

/** How a slot closed: done (with its readings), missed or cancelled. */
export interface SlotClosing {
  status: 'done' | 'missed' | 'cancelled';
  readings: Record<string, number> | null;
  note: string | null;
  alert: boolean;
  recordedBy: number | null;
  recordedAt: string | null;
}

/** Someone a monitoring notice goes to: an active user with an address. */
export interface MonitoringRecipient {
  id: number;
  email: string;
  displayName: string;
  locale: string;
}

function toSubjectRow(row: Record<string, unknown>): SubjectRow {
  return {
    id: String(row.id),
    workflowId: String(row.workflow_id),
    formKey: String(row.form_key),
    formVersion: Number(row.form_version),
    status: String(row.status) as SubjectRow['status'],
    enterpriseId: row.enterprise_id == null ? null : Number(row.enterprise_id),
    name: String(row.name),
    startedBy: Number(row.started_by),
    startedAt: String(row.started_at),
    endsAt: String(row.ends_at),
    endedAt: row.ended_at == null ? null : String(row.ended_at),
  };
}

/** The subject stored under `id`, or undefined. */
export async function findSubject(db: Db, id: string): Promise<SubjectRow | undefined> {
  const row: Record<string, unknown> | undefined = await db('monitoring_subjects').where({ id }).first();
  return row ? toSubjectRow(row) : undefined;
}

/** Records the subject, active, once: a second insert of the same id changes nothing. */
export async function insertSubject(db: Db, subject: NewSubject): Promise<void> {
  await db('monitoring_subjects')
    .insert({
      id: subject.id,
      workflow_id: `submission-${subject.id}`,
      form_key: subject.formKey,
      form_version: subject.formVersion,
      subject_kind: subject.kind,
      name: subject.name,
      enterprise_id: subject.enterpriseId,
      started_by: subject.startedBy,
      status: 'active',
      started_at: subject.startedAt,
      ends_at: subject.endsAt,
      end_changes: '[]',
    })
    .onConflict('id')
    .ignore();
}

/** Opens a slot once (by subject and slot time). */
export async function openSubjectSlot(db: Db, slot: { subjectId: string; slotAt: string; opensAt: string; dueAt: string }): Promise<void> {
  await db('monitoring_checkins')
    .insert({ subject_id: slot.subjectId, slot_at: slot.slotAt, opens_at: slot.opensAt, due_at: slot.dueAt, status: 'open' })
    .onConflict(['subject_id', 'slot_at'])
    .ignore();
}

/** Closes the slot if it is still open; answers whether it was. */
export async function closeSubjectSlot(db: Db, subjectId: string, slotAt: string, closing: SlotClosing): Promise<boolean> {
  const closed = await db('monitoring_checkins')
    .where({ subject_id: subjectId, slot_at: slotAt, status: 'open' })
    .update({
      status: closing.status,
      readings: closing.readings ? toJson(closing.readings) : null,
      note: closing.note,
      alert: closing.alert,
      recorded_by: closing.recordedBy,
      recorded_at: closing.recordedAt,
    });
  return closed > 0;
}

/** Counts one more alert of the subject. */
export async function countSubjectAlert(db: Db, subjectId: string): Promise<void> {
  await db('monitoring_subjects').where({ id: subjectId }).increment('alerts', 1);
}

/** Every change of the subject's end date so far, oldest first. */
export async function subjectEndChanges(db: Db, subjectId: string): Promise<EndChange[]> {
  const row = await db('monitoring_subjects').where({ id: subjectId }).first('end_changes');
  return fromJson<EndChange[]>(row.end_changes);
}

/** Writes the subject's end date and the changes that led to it. */
export async function setSubjectEnd(db: Db, subjectId: string, endsAt: string, changes: EndChange[]): Promise<void> {
  await db('monitoring_subjects')
    .where({ id: subjectId })
    .update({ ends_at: endsAt, end_changes: toJson(changes) });
}

/** Ends the subject if still active (call inside a transaction with `cancelOpenSlots`). */
export async function endActiveSubject(db: Db, subjectId: string, at: string): Promise<void> {
  await db('monitoring_subjects').where({ id: subjectId, status: 'active' }).update({ status: 'ended', ended_at: at });
}

/** Cancels the subject's slots still open. */
export async function cancelOpenSlots(db: Db, subjectId: string): Promise<void> {
  await db('monitoring_checkins').where({ subject_id: subjectId, status: 'open' }).update({ status: 'cancelled' });
}

/** When the subject's monitoring ended: its end, else its planned end; null when there is no such subject. */
export async function subjectEndedAt(db: Db, subjectId: string): Promise<string | null> {
  const current = await db('monitoring_subjects').where({ id: subjectId }).first('ended_at', 'ends_at');
  return (current?.ended_at ?? current?.ends_at ?? null) as string | null;
}

/** The active users with an address whom `audience` names for a subject started by `startedBy` in `enterpriseId`. */
export async function monitoringRecipients(
  db: Db,
  subject: { startedBy: number; enterpriseId: number | null },
  audience: MonitoringAudience[],
): Promise<MonitoringRecipient[]> {
  const enterpriseId = subject.enterpriseId ?? -1;
  const cadres = db('cadre_assignments').where({ enterprise_id: enterpriseId }).whereNull('ended_at').select('cadre_id');
  const rows = await db('users')
    .where({ active: true })
    .whereNotNull('email')
    .andWhere((w) => {
      if (audience.includes('submitter')) w.orWhere('id', subject.startedBy);
      if (audience.includes('cadre-of-enterprise')) w.orWhereIn('id', cadres);
      if (audience.includes('enterprise')) w.orWhere({ role: 'enterprise', enterprise_id: enterpriseId });
      if (audience.includes('hq')) w.orWhere('role', 'hq');
      if (audience.includes('admin')) w.orWhere('role', 'admin');
    })
    .orderBy('id')
    .select('id', 'email', 'display_name', 'locale');
  return rows.map((row) => ({
    id: Number(row.id),
    email: String(row.email),
    displayName: String(row.display_name),
    locale: String(row.locale),
  }));
}
