// A quarantine check-in sent from the gate officer's queue (issue 23): POST /api/gate/quarantines/:id/check-ins with a
// `clientId` (web/server/offline/offline-item.ts), recorded by the same steps as a health watch's queued reading
// (web/server/offline/queued-reading.ts) and kept in offline_quarantine_check_ins under its client id. Conflict rules,
// each tested in test/gate/offline-quarantine-check-ins.test.ts:
// 1. A repeat, or a twin sent at the same moment, answers the first answer with `replayed: true`; another user's
//    client id is refused (409 `client_id_taken`) without saying what it named.
// 2. The slot closed before the reading arrived: kept as late (补报) for that slot, with its device time and arrival
//    time; it does not fill a later slot, and a fever is flagged on the record.
// 3. A gate-check definition published meanwhile: the reading is kept with the version it was made with
//    (`formVersion`; the quarantine's own when not said), whose rules say whether it is a fever.
// 4. A device clock far off: the server's time decides which slot the reading fills; the device time is kept and the
//    record flagged `clockSkewed`.
// 5. The quarantine ended meanwhile (released, shortened, its workflow gone): the reading is kept for the record and
//    answered 409 `quarantine_over` with the end time and the words that nothing needs sending again.
import type { Request } from 'express';
import type { Client } from '@temporalio/client';
import { firedRules } from '#core/domain/gate-rules';
import type { Db } from '#core/stores';
import { quarantineEndedAt, quarantineFormVersion, type QuarantineRow } from '#core/stores/quarantine-store';
import { checkInUpdate } from '#workflows/monitoring-handlers';
import { refusalType } from '../monitoring/update-refusal';
import type { OfflineFields } from '../offline/offline-item';
import { endedWhen, recordQueuedReading, type CheckInAnswer, type ReadingPlace } from '../offline/queued-reading';
import type { SessionUser } from '../request-context';
import { gateForm } from './gate-form';
import { quarantineRefusal } from './quarantine-refusal';

type Quarantine = Pick<QuarantineRow, 'id' | 'workflowId' | 'status'>;
type Deps = { db: Db; temporal: Client; now: () => Date; timeZone: string };

function endedMessage(endedAt: string | null, locale: Request['locale'], timeZone: string): string {
  const when = endedWhen(endedAt, locale, timeZone);
  return locale === 'en'
    ? `This quarantine ended${when ? ` on ${when}` : ''}; the offline check-in is kept for the record and need not be sent again`
    : `该人员的隔离已${when ? `于 ${when} ` : ''}解除；这条离线测温记录已留存备查，无需重发`;
}

/** Records a queued check-in of `quarantine` as the rules above say, and answers what the route sends back. */
export function offlineQuarantineCheckIn(
  deps: Deps,
  req: Request,
  user: SessionUser,
  quarantine: Quarantine,
  reading: { temperature: number; note?: string },
  offline: OfflineFields & { clientId: string },
): Promise<CheckInAnswer> {
  const { db } = deps;
  const place: ReadingPlace = {
    id: quarantine.id,
    active: quarantine.status === 'active',
    store: { table: 'offline_quarantine_check_ins', column: 'quarantine_id' },
    slots: { table: 'quarantine_checkins', column: 'quarantine_id' },
    audit: {
      type: 'quarantine',
      recorded: 'quarantine.check-in',
      late: 'quarantine.check-in-late',
      ended: 'quarantine.check-in-after-end',
    },
    async check() {
      const version = offline.formVersion ?? (await quarantineFormVersion(db, quarantine.id));
      const { params } = await gateForm(db, version);
      return {
        formVersion: version,
        alert: firedRules(params.rules, { temperature: reading.temperature }).length > 0,
        queueLimitHours: params.offlineQueueLimitHours,
      };
    },
    send: (updateId) =>
      deps.temporal.workflow
        .getHandle(quarantine.workflowId)
        .executeUpdate(checkInUpdate, { args: [{ temperature: reading.temperature, note: reading.note, by: user.id }], updateId }),
    meaning(error) {
      const type = refusalType(error);
      if (type === 'NoOpenCheckIn') return 'late';
      return type === 'Gone' || type === 'QuarantineOver' ? 'ended' : null;
    },
    refuse: (error) => quarantineRefusal(error, { locale: req.locale, timeZone: deps.timeZone }),
    async ended() {
      const endedAt = await quarantineEndedAt(db, quarantine.id);
      return { code: 'quarantine_over', message: endedMessage(endedAt, req.locale, deps.timeZone) };
    },
  };
  return recordQueuedReading(deps, req, user, place, { values: { temperature: reading.temperature }, note: reading.note }, offline);
}
