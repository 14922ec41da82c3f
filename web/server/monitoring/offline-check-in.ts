// A health-watch reading sent from a device's queue (issue 23): the check-in route with a `clientId`
// (web/server/offline/offline-item.ts). Every such reading is kept in offline_check_ins under its client id, with the
// first answer, so a repeat answers the same (`replayed: true`) and nothing reaches the workflow or the audit log twice.
// Conflict rules, each tested in test/monitoring/offline-check-ins.test.ts:
// 1. The slot closed before the reading arrived (the workflow has no slot open, or the device time falls in a slot
//    already missed): the reading is kept as late (补报) for that slot, with its device time and its arrival time, and
//    shown so on the register; it does not fill a later slot, and a reading that breaks a rule is flagged.
// 2. A definition published meanwhile: the reading is checked against the version it was made with (`formVersion`,
//    of the subject's definition; the subject's own version when not said) and stored with it.
// 3. A device clock far off (offline-item.ts limits): the server's time decides — a skewed device time is not used to
//    pick a slot, the reading goes to the slot open at arrival — and the record is flagged `clockSkewed`.
// 4. The monitoring ended meanwhile (released, ended early, its workflow gone): the reading is kept for the record
//    and answered 409 `monitoring_over` with the end time and the words that nothing needs sending again.
import type { Request } from 'express';
import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import { fromJson, toJson } from '../../../core/db';
import { firedRules } from '../../../core/domain/gate-rules';
import type { SubjectMonitoringParams } from '../../../core/domain/monitoring-params';
import { AppError } from '../../../core/errors';
import type { FieldError } from '../../../forms/form-validator';
import { formVersion } from '../../../forms/form-store';
import { recordReadingsUpdate, type ReadingsReceipt } from '../../../workflows/subject-monitoring-handlers';
import { auditRequest } from '../audit/audit-request';
import { clientIdTaken, isUniqueViolation, itemClock, type ItemClock, type OfflineFields } from '../offline/offline-item';
import type { SessionUser } from '../request-context';
import { invalidBody } from '../route-contract';
import { refusalType, updateRefusal } from './update-refusal';

/** What the route answers: its status and body. */
export interface CheckInAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The readings of one queued check-in. */
export interface QueuedReadings {
  values: Record<string, number>;
  note?: string;
}

type Subject = Record<string, unknown> & { id: string; workflow_id: string; form_key: string; form_version: number };
type Deps = { db: Knex; temporal: Client; now: () => Date; timeZone: string };

const inProgress = new AppError(409, 'item_in_progress', {
  'zh-CN': '这条记录正在处理，请稍后再同步',
  en: 'This item is being recorded; sync it again in a moment',
});
const MESSAGES = {
  noVersion: { 'zh-CN': '没有这个版本的观察表单', en: 'No such version of this monitoring form' },
  unknownReading: { 'zh-CN': '不是本观察要记录的读数', en: 'is not a reading of this monitoring' },
  range: (min: number, max: number) => ({ 'zh-CN': `应在 ${min} 到 ${max} 之间`, en: `must be between ${min} and ${max}` }),
  late: {
    'zh-CN': '该检测时段在记录送达前已结束，已作为补报留存，并注明设备记录时间和送达时间',
    en: 'The check-in closed before this reading arrived; it is kept as a late reading with its device time and arrival time',
  },
};

function endedMessage(endedAt: string | null, locale: Request['locale'], timeZone: string): string {
  const when = endedAt
    ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(endedAt),
      )
    : null;
  return locale === 'en'
    ? `This monitoring ended${when ? ` on ${when}` : ''}; the offline reading is kept for the record and need not be sent again`
    : `该对象的观察已${when ? `于 ${when} ` : ''}结束；这条离线记录已留存备查，无需重发`;
}

/** The params of the version the reading was made with: said by the device, or the subject's own. */
async function paramsFor(db: Knex, subject: Subject, version: number | null, locale: Request['locale']): Promise<SubjectMonitoringParams> {
  const form = await formVersion(db, subject.form_key, version ?? Number(subject.form_version));
  if (!form || form.status === 'draft') throw invalidBody([{ path: '/formVersion', message: MESSAGES.noVersion[locale] }]);
  return form.process.params as unknown as SubjectMonitoringParams;
}

/** Every reading of the version, each in its range, and nothing else — as the workflow's validator asks. */
function readingErrors(params: SubjectMonitoringParams, values: Record<string, number>, locale: Request['locale']): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of Object.keys(values))
    if (!params.readings.some((spec) => spec.key === key))
      errors.push({ path: `/values/${key}`, message: MESSAGES.unknownReading[locale] });
  for (const spec of params.readings) {
    const v = values[spec.key];
    if (typeof v !== 'number' || v < spec.minimum || v > spec.maximum)
      errors.push({ path: `/values/${spec.key}`, message: MESSAGES.range(spec.minimum, spec.maximum)[locale] });
  }
  return errors;
}

type SlotRow = { slotAt: string; status: string };

/** The slot whose window holds the device time, when the device's clock is trusted; else null. */
async function slotMadeIn(db: Knex, subjectId: string, clock: ItemClock): Promise<SlotRow | null> {
  if (!clock.deviceTime || clock.clockSkewed) return null;
  const at = Date.parse(clock.deviceTime);
  const slot = await db('monitoring_checkins')
    .where({ subject_id: subjectId })
    .orderBy('slot_at')
    .select('slot_at', 'opens_at', 'due_at', 'status')
    .then((rows) => rows.find((s) => Date.parse(s.opens_at) <= at && at <= Date.parse(s.due_at)));
  return slot ? { slotAt: String(slot.slot_at), status: String(slot.status) } : null;
}

/** The slot a late reading was meant for: the one it was made in, or the last one due before it arrived. */
async function lateSlot(db: Knex, subjectId: string, clock: ItemClock): Promise<string | null> {
  const made = await slotMadeIn(db, subjectId, clock);
  if (made) return made.slotAt;
  const last = await db('monitoring_checkins')
    .where({ subject_id: subjectId })
    .where('due_at', '<=', clock.receivedAt)
    .orderBy('slot_at', 'desc')
    .first('slot_at');
  return last ? String(last.slot_at) : null;
}

/** The first answer again, or a refusal for anyone but the first sender; null when the id is new. */
async function firstAnswer(db: Knex, clientId: string, user: SessionUser, subject: Subject): Promise<CheckInAnswer | null> {
  const row = await db('offline_check_ins').where({ client_id: clientId }).first();
  if (!row) return null;
  if (Number(row.actor_id) !== user.id || String(row.subject_id) !== subject.id) throw clientIdTaken;
  if (row.outcome === 'pending') throw inProgress;
  const answer = fromJson<CheckInAnswer>(row.answer);
  const status = answer.status < 300 ? 200 : answer.status;
  return { status, body: { ...answer.body, replayed: true } };
}

/** Records a queued reading of `subject` as the rules above say, and answers what the route sends back. */
export async function offlineCheckIn(
  deps: Deps,
  req: Request,
  user: SessionUser,
  subject: Subject,
  readings: QueuedReadings,
  offline: OfflineFields & { clientId: string },
): Promise<CheckInAnswer> {
  const { db } = deps;
  const again = await firstAnswer(db, offline.clientId, user, subject);
  if (again) return again;
  const params = await paramsFor(db, subject, offline.formVersion, req.locale);
  const errors = readingErrors(params, readings.values, req.locale);
  if (errors.length) throw invalidBody(errors);
  const clock = itemClock(offline.deviceTime, deps.now());
  const alert = firedRules(params.rules, readings.values).length > 0;
  try {
    await db('offline_check_ins').insert({
      client_id: offline.clientId,
      actor_id: user.id,
      subject_id: subject.id,
      form_version: offline.formVersion ?? Number(subject.form_version),
      readings: toJson(readings.values),
      note: readings.note ?? null,
      device_time: clock.deviceTime ?? clock.receivedAt,
      received_at: clock.receivedAt,
      clock_skewed: clock.clockSkewed,
      outcome: 'pending',
      alert,
    });
  } catch (error) {
    // A twin sent at the same moment holds the id: answer as it did (or say it is still being recorded).
    if (!isUniqueViolation(error)) throw error;
    const twin = await firstAnswer(db, offline.clientId, user, subject);
    if (twin) return twin;
    throw error;
  }
  const facts = { deviceTime: clock.deviceTime, receivedAt: clock.receivedAt, clockSkewed: clock.clockSkewed };
  const keep = async (outcome: string, slotAt: string | null, answer: CheckInAnswer, action: string) => {
    await db.transaction(async (trx) => {
      await trx('offline_check_ins')
        .where({ client_id: offline.clientId })
        .update({ outcome, slot_at: slotAt, answer: toJson(answer) });
      await auditRequest(
        trx,
        req,
        action,
        { type: 'monitoring_subject', id: subject.id },
        { clientId: offline.clientId, slotAt, alert, ...facts },
      );
    });
    return answer;
  };
  const late = async () => {
    const slotAt = await lateSlot(db, subject.id, clock);
    const body = { checkIn: { outcome: 'late', slotAt, alert, ...facts, message: MESSAGES.late[req.locale] } };
    return keep('late', slotAt, { status: 200, body }, 'monitoring.check-in-late');
  };
  const ended = async () => {
    const current = await db('monitoring_subjects').where({ id: subject.id }).first('ended_at', 'ends_at');
    const message = endedMessage((current?.ended_at ?? current?.ends_at ?? null) as string | null, req.locale, deps.timeZone);
    const body = { error: { code: 'monitoring_over', message, details: [] }, kept: true };
    return keep('ended', null, { status: 409, body }, 'monitoring.check-in-after-end');
  };
  if (subject.status !== 'active') return ended();
  // A reading made (by a trusted clock) in a slot that has since been missed is late, not the open slot's reading.
  const meant = await slotMadeIn(db, subject.id, clock);
  if (meant && meant.status !== 'open') return late();
  let receipt: ReadingsReceipt;
  try {
    receipt = await deps.temporal.workflow
      .getHandle(subject.workflow_id)
      .executeUpdate(recordReadingsUpdate, { args: [{ values: readings.values, note: readings.note, by: user.id }] });
  } catch (error) {
    const type = refusalType(error);
    if (type === 'NoOpenCheckIn') return late();
    if (type === 'Gone' || type === 'MonitoringOver') return ended();
    // Anything else (not started yet, a reading the workflow refuses, the engine away) may be sent again.
    await db('offline_check_ins').where({ client_id: offline.clientId, outcome: 'pending' }).delete();
    updateRefusal(error);
  }
  const body = { checkIn: { ...receipt, outcome: 'recorded', ...facts } };
  return keep('recorded', receipt.slotAt, { status: 200, body }, 'monitoring.check-in');
}
