// Visits recorded without signal (issue 23): the cadre's kind of item in the phone's queue (queue.ts). The form data
// is encrypted; on sync it goes to POST /api/visits with its client id, device time and definition version, and with
// `fileProblems` when the cadre asked for the problems taken away to be filed (one difficulty report, however often
// the visit is sent).
import { unsafeRequest } from '../api/unsafe-request';
import { queueEntries, queueItem, syncQueue, type QueueSource, type Sender } from './queue';

/** What is encrypted in a queued visit: the form data (people met, opinions) and whether to file its problems. */
interface VisitPayload {
  data: Record<string, unknown>;
  fileProblems: boolean;
  /** The enterprise's name as the form showed it, for the list on the phone. */
  label: string;
}

/** Queues one visit; refuses (returns false) when the user's key is not on the phone. */
export function queueVisit(
  userId: number,
  visit: { clientId: string; formVersion: number; data: Record<string, unknown>; fileProblems: boolean; label: string },
): Promise<boolean> {
  const payload: VisitPayload = { data: visit.data, fileProblems: visit.fileProblems, label: visit.label };
  return queueItem(userId, { clientId: visit.clientId, kind: 'visit', formVersion: visit.formVersion }, payload);
}

const sendVisit: Sender<VisitPayload> = async (item, payload) => {
  const answer = await unsafeRequest<{ visit: { id: number }; filed?: unknown[]; replayed?: boolean }>('/api/visits', {
    method: 'POST',
    body: {
      ...payload.data,
      clientId: item.clientId,
      deviceTime: item.deviceTime,
      formVersion: item.formVersion,
      ...(payload.fileProblems ? { fileProblems: true } : {}),
    },
  });
  return { visitId: answer.visit.id, filed: answer.filed?.length ?? 0, replayed: answer.replayed ?? false };
};

/** The visits in the queue, labelled with the enterprise's name, and their sending. */
export const visitQueue: QueueSource = {
  kind: 'visit',
  list: (userId) => queueEntries<VisitPayload>(userId, 'visit', (payload) => payload.label),
  sync: (userId) => syncQueue(userId, 'visit', sendVisit),
};
