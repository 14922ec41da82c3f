// The register of monitoring definitions other than the gate check: which definitions there are, their subjects in
// the reader's scope with state, check-ins, alerts and end-date changes, and one subject with every check-in. The
// subject's fields are its submission's, shown through the personal-data policy; readings of a monitored worker are
// health data for that policy too (a site's or a vehicle's readings are not about a person).
import type { MonitoredRow } from '#core/api/monitoring-types';
import type { LocalizedText } from '#core/domain/locale';
import { followsSubject, type AnyMonitoringParams, type SubjectMonitoringParams } from '#core/domain/monitoring-params';
import { maskValue } from '#core/privacy/mask';
import { applyPolicy, showsInFull, type Purpose, type Reader } from '#core/privacy/personal-data-policy';
import { submissionPrivacy, type SubmissionPrivacy } from '#core/privacy/submission-facts';
import type { Db } from '#core/stores/db-types';
import {
  checkInCounts,
  findRegisterSubject,
  newestPublishedForms,
  registerSubjects,
  subjectSlots,
  syncedReadings,
  type CheckInCounts,
  type RegisterSubjectRow,
  type SyncedReadingRow,
} from '#core/stores/monitoring/subject-register-store';
import type { PageQuery } from '../paging';

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
export async function subjectDefinitions(db: Db): Promise<SubjectDefinition[]> {
  return (await newestPublishedForms(db))
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

function readingsFor(readings: Record<string, number> | null, reader: Reader, privacy: SubmissionPrivacy, kind: string, purpose: Purpose) {
  if (!readings) return null;
  if (kind !== 'worker' || showsInFull('health', reader, privacy.facts, purpose)) return readings;
  return Object.fromEntries(Object.keys(readings).map((key) => [key, maskValue('health', readings[key], reader.locale)]));
}

/** The subjects of one definition in scope, newest first, as `reader` may see them. */
export async function registerOf(
  db: Db,
  reader: Reader,
  formKey: string,
  scope: RegisterScope,
  filter: { status?: 'active' | 'ended' },
  paging: PageQuery,
) {
  const { rows, page } = await registerSubjects(db, { formKey, scope, status: filter.status }, paging);
  const privacy = await submissionPrivacy(db, reader, rows.map(refOf));
  const counts = await checkInCounts(
    db,
    rows.map((row) => row.id),
  );
  return { subjects: rows.map((row) => shown(row, privacy.get(row.id)!, reader, 'list', counts.get(row.id)!)), page };
}

/** One subject in scope with every check-in, or undefined. */
export async function subjectOf(db: Db, reader: Reader, id: string, scope: RegisterScope) {
  const row = await findRegisterSubject(db, id, scope);
  if (!row) return undefined;
  const privacy = (await submissionPrivacy(db, reader, [refOf(row)])).get(row.id)!;
  const counts = (await checkInCounts(db, [row.id])).get(row.id)!;
  const slots = await subjectSlots(db, row.id);
  const synced = await syncedReadings(db, row.id);
  const item = (kept: SyncedReadingRow) => syncedView(kept, readingsFor(kept.readings, reader, privacy, row.kind, 'detail'), reader);
  return {
    ...shown(row, privacy, reader, 'detail', counts),
    checkIns: slots.map((slot) => {
      const own = synced.filter((kept) => kept.slotAt === slot.slotAt);
      const recorded = own.find((kept) => kept.outcome === 'recorded');
      return {
        slotAt: slot.slotAt,
        opensAt: slot.opensAt,
        dueAt: slot.dueAt,
        status: slot.status,
        readings: readingsFor(slot.readings, reader, privacy, row.kind, 'detail'),
        alert: slot.alert,
        recordedAt: slot.recordedAt,
        // Recorded from a device's queue: when it was made there and when it arrived.
        synced: recorded ? { deviceTime: recorded.deviceTime, receivedAt: recorded.receivedAt, clockSkewed: recorded.clockSkewed } : null,
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
function syncedView(kept: SyncedReadingRow, readings: unknown, reader: Reader) {
  const outcome = kept.outcome as keyof typeof SYNCED_LABELS;
  return {
    outcome,
    label: (SYNCED_LABELS[outcome] ?? SYNCED_LABELS.recorded)[reader.locale],
    slotAt: kept.slotAt,
    deviceTime: kept.deviceTime,
    receivedAt: kept.receivedAt,
    clockSkewed: kept.clockSkewed,
    alert: kept.alert,
    readings,
  };
}

/** What the personal-data policy reads of a subject's submission. */
function refOf(row: RegisterSubjectRow) {
  return {
    id: row.id,
    formKey: row.formKey,
    formVersion: row.submittedVersion,
    enterpriseId: row.enterpriseId,
    userId: row.userId,
    data: row.data,
  };
}

function shown(row: RegisterSubjectRow, privacy: SubmissionPrivacy, reader: Reader, purpose: Purpose, counts: CheckInCounts): MonitoredRow {
  const data = applyPolicy(privacy.schema, row.data, reader, privacy.facts, purpose);
  // The name was copied from the field the params name; a field marked personal shows here as the policy masks it.
  const nameField = Object.keys(row.data).find((key) => row.data[key] === row.name);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    formKey: row.formKey,
    kind: row.kind,
    name: String(nameField === undefined ? row.name : data[nameField]),
    data,
    enterpriseId: row.enterpriseId,
    status: row.status,
    startedAt: row.startedAt,
    endsAt: row.endsAt,
    endedAt: row.endedAt,
    endChanges: row.endChanges,
    checkIns: counts.done,
    missed: counts.missed,
    late: counts.late,
    openSlot: counts.openSlot,
    alerts: row.alerts,
  };
}
