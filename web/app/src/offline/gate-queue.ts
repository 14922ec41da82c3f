// Gate checks made without signal (issue 23): the gate's kind of item in the phone's queue (queue.ts) — the form data
// and the signature's PNG encrypted, the decision made on the phone beside them; sent as gate-check-sender.ts says.
import { unsafeRequest } from '../api/unsafe-request';
import { uploadFile } from '../form/upload-file';
import { gateCheckSender, type GateCheckAnswer, type GatePayload } from './gate-check-sender';
import { queueEntries, queueItem, syncQueue, type QueueSource } from './queue';

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

const sendGateCheck = gateCheckSender({
  upload: async (png) =>
    (await uploadFile(new File([png], 'signature.png', { type: 'image/png' }), () => undefined, new AbortController().signal)).ref,
  post: (body) => unsafeRequest<GateCheckAnswer>('/api/gate/checks', { method: 'POST', body }),
});

/** The gate checks in the queue, labelled with the worker's name, and their sending. */
export const gateQueue: QueueSource = {
  kind: 'gate-check',
  list: (userId) => queueEntries<GatePayload>(userId, 'gate-check', (payload) => String(payload.data.name ?? '')),
  sync: (userId) => syncQueue(userId, 'gate-check', sendGateCheck),
};
