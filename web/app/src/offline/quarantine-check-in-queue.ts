// Quarantine check-ins recorded at the gate without signal (issue 23): the register's kind of item in the phone's queue
// (queue.ts). The temperature and the worker's name are encrypted; on sync the reading goes to
// POST /api/gate/quarantines/:id/check-ins with its client id, device time and definition version, and the server
// answers recorded, late (补报, the slot closed meanwhile) or refuses it with why (the quarantine ended meanwhile).
import { unsafeRequest } from '../api/unsafe-request';
import { queueEntries, queueItem, syncQueue, type QueueSource, type Sender } from './queue';

/** What is encrypted in a queued check-in: the reading (health data) and whose it is. */
interface CheckInPayload {
  quarantineId: string;
  temperature: number;
  name: string;
}

/** Queues one check-in; refuses (returns false) when the user's key is not on the phone. `formVersion` is the cached
 * gate-check version, or null when the phone has none (the server then takes the quarantine's own). */
export function queueQuarantineCheckIn(
  userId: number,
  checkIn: { clientId: string; formVersion: number | null; quarantineId: string; temperature: number; name: string },
): Promise<boolean> {
  const payload: CheckInPayload = { quarantineId: checkIn.quarantineId, temperature: checkIn.temperature, name: checkIn.name };
  return queueItem(userId, { clientId: checkIn.clientId, kind: 'quarantine-check-in', formVersion: checkIn.formVersion ?? 0 }, payload);
}

const sendCheckIn: Sender<CheckInPayload> = async (item, payload) => {
  const answer = await unsafeRequest<{
    checkIn: { outcome: string; slotAt: string | null; fever?: boolean; alert?: boolean };
    replayed?: boolean;
  }>(`/api/gate/quarantines/${encodeURIComponent(payload.quarantineId)}/check-ins`, {
    method: 'POST',
    body: {
      temperature: payload.temperature,
      clientId: item.clientId,
      deviceTime: item.deviceTime,
      ...(item.formVersion > 0 ? { formVersion: item.formVersion } : {}),
    },
  });
  const { checkIn } = answer;
  return {
    outcome: checkIn.outcome,
    slotAt: checkIn.slotAt,
    fever: checkIn.fever ?? checkIn.alert ?? false,
    replayed: answer.replayed ?? false,
  };
};

/** The check-ins in the queue, labelled with the worker's name, and their sending. */
export const quarantineCheckInQueue: QueueSource = {
  kind: 'quarantine-check-in',
  list: (userId) => queueEntries<CheckInPayload>(userId, 'quarantine-check-in', (payload) => payload.name),
  sync: (userId) => syncQueue(userId, 'quarantine-check-in', sendCheckIn),
};
