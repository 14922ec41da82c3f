// A health-watch reading sent from a device's queue (issue 23): the check-in route with a `clientId`
// (web/server/offline/offline-item.ts). Every such reading is kept in offline_check_ins under its client id, with the
// first answer, so a repeat answers the same (`replayed: true`) and nothing reaches the workflow or the audit log twice.
// The steps are shared with the gate's quarantine check-ins (web/server/offline/queued-reading.ts); this module says
// what a health watch's subject adds: its definition's readings and rules, its workflow's Update and refusals.
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
import type { Client } from '@temporalio/client';
import { firedRules } from '#core/domain/gate-rules';
import type { Db } from '#core/stores/db-types';
import { subjectEndedAt, type SubjectRow } from '#core/stores/monitoring/monitoring-subject-store';
import { recordReadingsUpdate } from '#workflows/subject-monitoring-handlers';
import type { OfflineFields } from '../offline/offline-item';
import { endedWhen, recordQueuedReading, type CheckInAnswer, type QueuedReadings, type ReadingPlace } from '../offline/queued-reading';
import type { SessionUser } from '../request-context';
import { checkedReadings } from './reading-check';
import { refusalType, updateRefusal } from './update-refusal';

export type { CheckInAnswer, QueuedReadings } from '../offline/queued-reading';

type Subject = Pick<SubjectRow, 'id' | 'workflowId' | 'formKey' | 'formVersion' | 'status'>;
type Deps = { db: Db; temporal: Client; now: () => Date; timeZone: string };

function endedMessage(endedAt: string | null, locale: Request['locale'], timeZone: string): string {
  const when = endedWhen(endedAt, locale, timeZone);
  return locale === 'en'
    ? `This monitoring ended${when ? ` on ${when}` : ''}; the offline reading is kept for the record and need not be sent again`
    : `该对象的观察已${when ? `于 ${when} ` : ''}结束；这条离线记录已留存备查，无需重发`;
}

/** A health watch's subject as a place queued readings go to. */
function subjectPlace(
  deps: Deps,
  req: Request,
  user: SessionUser,
  subject: Subject,
  readings: QueuedReadings,
  asked: number | null,
): ReadingPlace {
  const { db } = deps;
  const version = asked ?? subject.formVersion;
  return {
    id: subject.id,
    active: subject.status === 'active',
    store: { table: 'offline_check_ins', column: 'subject_id' },
    slots: { table: 'monitoring_checkins', column: 'subject_id' },
    audit: {
      type: 'monitoring_subject',
      recorded: 'monitoring.check-in',
      late: 'monitoring.check-in-late',
      ended: 'monitoring.check-in-after-end',
    },
    async check() {
      const params = await checkedReadings(db, subject, version, readings.values, req.locale);
      return {
        formVersion: version,
        alert: firedRules(params.rules, readings.values).length > 0,
        queueLimitHours: params.offlineQueueLimitHours,
      };
    },
    send: (updateId) =>
      deps.temporal.workflow
        .getHandle(subject.workflowId)
        .executeUpdate(recordReadingsUpdate, { args: [{ values: readings.values, note: readings.note, by: user.id }], updateId }),
    meaning(error) {
      const type = refusalType(error);
      if (type === 'NoOpenCheckIn') return 'late';
      return type === 'Gone' || type === 'MonitoringOver' ? 'ended' : null;
    },
    refuse: (error) => updateRefusal(error, { locale: req.locale, timeZone: deps.timeZone }),
    async ended() {
      const endedAt = await subjectEndedAt(db, subject.id);
      return { code: 'monitoring_over', message: endedMessage(endedAt, req.locale, deps.timeZone) };
    },
  };
}

/** Records a queued reading of `subject` as the rules above say, and answers what the route sends back. */
export function offlineCheckIn(
  deps: Deps,
  req: Request,
  user: SessionUser,
  subject: Subject,
  readings: QueuedReadings,
  offline: OfflineFields & { clientId: string },
): Promise<CheckInAnswer> {
  const place = subjectPlace(deps, req, user, subject, readings, offline.formVersion);
  return recordQueuedReading(deps, req, user, place, readings, offline);
}
