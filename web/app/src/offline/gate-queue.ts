// Gate checks made without signal (issue 23): the gate's kind of item in the phone's queue (queue.ts) — the form data
// and the signature's PNG encrypted, the decision made on the phone beside them.
import { unsafeRequest } from '../api/unsafe-request';
import { uploadFile } from '../form/upload-file';
import { queueEntries, queueItem, syncQueue, type QueueSource, type Sender } from './queue';

/** What is encrypted in a queued gate check: the form data (personal) and the signature's PNG. */
interface GatePayload {
  data: Record<string, unknown>;
  signaturePng: string | null;
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

/** Queues one gate check; refuses (returns false) when the user's key is not on the phone. */
export async function queueGateCheck(
  userId: number,
  check: { clientId: string; formVersion: number; deviceOutcome: string; data: Record<string, unknown>; signature: Blob | null },
): Promise<boolean> {
  const payload: GatePayload = { data: check.data, signaturePng: check.signature ? await toBase64(check.signature) : null };
  return queueItem(
    userId,
    { clientId: check.clientId, kind: 'gate-check', formVersion: check.formVersion, deviceOutcome: check.deviceOutcome },
    payload,
  );
}

const sendGateCheck: Sender<GatePayload> = async (item, payload) => {
  const data = { ...payload.data };
  if (payload.signaturePng) {
    const bytes = Uint8Array.from(atob(payload.signaturePng), (c) => c.charCodeAt(0));
    const file = new File([bytes], 'signature.png', { type: 'image/png' });
    data.signature = (await uploadFile(file, () => undefined, new AbortController().signal)).ref;
  }
  const answer = await unsafeRequest<{ check: { outcome: string }; replayed: boolean }>('/api/gate/checks', {
    method: 'POST',
    body: { clientId: item.clientId, deviceTime: item.deviceTime, formVersion: item.formVersion, deviceOutcome: item.deviceOutcome, data },
  });
  return { outcome: answer.check.outcome, replayed: answer.replayed };
};

/** The gate checks in the queue, labelled with the worker's name, and their sending. */
export const gateQueue: QueueSource = {
  kind: 'gate-check',
  list: (userId) => queueEntries<GatePayload>(userId, 'gate-check', (payload) => String(payload.data.name ?? '')),
  sync: (userId) => syncQueue(userId, 'gate-check', sendGateCheck),
};
