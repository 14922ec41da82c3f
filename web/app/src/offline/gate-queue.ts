// Gate checks made without signal: queued encrypted on the phone, then sent once each when the connection returns.
// The client id makes a repeat harmless (the server answers the first result, `replayed`); one send runs at a time.
import { ApiError } from '../api/api-error';
import { unsafeRequest } from '../api/unsafe-request';
import { uploadFile } from '../form/upload-file';
import { PENDING_KEY } from './pending-key';
import { offlineStore, type QueueItem } from './offline-store';
import { queueKey, seal, unseal } from './queue-crypto';

/** What is encrypted in a queued gate check: the form data (personal) and the signature's PNG. */
interface GatePayload {
  data: Record<string, unknown>;
  signaturePng: string | null;
}

/** Who asked to be told when the queue changes. */
const listeners = new Set<() => void>();

/** Calls `listener` whenever the queue changes; returns the unsubscribe. */
export function onQueueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function changed(): Promise<void> {
  const pending = (await offlineStore.all()).filter((item) => item.status === 'pending').length;
  localStorage.setItem(PENDING_KEY, String(pending));
  for (const listener of listeners) listener();
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
  const key = await queueKey(userId);
  if (!key) return false;
  const payload: GatePayload = { data: check.data, signaturePng: check.signature ? await toBase64(check.signature) : null };
  const now = new Date().toISOString();
  await offlineStore.put({
    clientId: check.clientId,
    userId,
    kind: 'gate-check',
    deviceTime: now,
    formVersion: check.formVersion,
    deviceOutcome: check.deviceOutcome,
    ...(await seal(key, payload)),
    status: 'pending',
    updatedAt: now,
  });
  await changed();
  // Background Sync where the browser has it; otherwise the page sends on its next `online` event.
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  await (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync
    ?.register('fugong-queue')
    .catch(() => undefined);
  return true;
}

/** The items of `userId`, newest first, with the worker's name where the key can read it. */
export async function gateQueue(userId: number): Promise<(QueueItem & { workerName: string | null })[]> {
  const key = await queueKey(userId);
  const items = (await offlineStore.all()).filter((item) => item.userId === userId && item.kind === 'gate-check');
  items.sort((a, b) => b.deviceTime.localeCompare(a.deviceTime));
  return Promise.all(
    items.map(async (item) => ({
      ...item,
      workerName: key
        ? await unseal<GatePayload>(key, item.iv, item.sealed).then(
            (p) => String(p.data.name ?? ''),
            () => null,
          )
        : null,
    })),
  );
}

/** Removes an item the server refused (the officer checks the worker again instead). */
export async function dropQueueItem(clientId: string): Promise<void> {
  await offlineStore.remove(clientId);
  await changed();
}

async function send(key: CryptoKey, item: QueueItem): Promise<'sent' | 'stop'> {
  const payload = await unseal<GatePayload>(key, item.iv, item.sealed);
  const data = { ...payload.data };
  try {
    if (payload.signaturePng) {
      const bytes = Uint8Array.from(atob(payload.signaturePng), (c) => c.charCodeAt(0));
      const file = new File([bytes], 'signature.png', { type: 'image/png' });
      data.signature = (await uploadFile(file, () => undefined, new AbortController().signal)).ref;
    }
    const answer = await unsafeRequest<{ check: { outcome: string }; replayed: boolean }>('/api/gate/checks', {
      method: 'POST',
      body: {
        clientId: item.clientId,
        deviceTime: item.deviceTime,
        formVersion: item.formVersion,
        deviceOutcome: item.deviceOutcome,
        data,
      },
    });
    await offlineStore.put({
      ...item,
      status: 'synced',
      answer: { outcome: answer.check.outcome, replayed: answer.replayed },
      updatedAt: new Date().toISOString(),
    });
    return 'sent';
  } catch (error) {
    // No signal, signed out, or the server failing: the item waits for the next try.
    if (!(error instanceof ApiError) || error.status === 0 || error.status === 401 || error.status >= 500) return 'stop';
    const details = error.details.map((d) => d.message).filter(Boolean);
    await offlineStore.put({
      ...item,
      status: 'refused',
      answer: { code: error.code, message: error.message, details },
      updatedAt: new Date().toISOString(),
    });
    return 'sent';
  }
}

let running: Promise<number> | null = null;

/** Sends the user's pending gate checks, oldest first, one at a time; answers how many were sent. */
export function syncGateQueue(userId: number): Promise<number> {
  running ??= (async () => {
    try {
      const key = await queueKey(userId);
      if (!key) return 0;
      const pending = (await offlineStore.all())
        .filter((item) => item.userId === userId && item.kind === 'gate-check' && item.status === 'pending')
        .sort((a, b) => a.deviceTime.localeCompare(b.deviceTime));
      let sent = 0;
      for (const item of pending) {
        if ((await send(key, item)) === 'stop') break;
        sent += 1;
        await changed();
      }
      return sent;
    } finally {
      running = null;
    }
  })();
  return running;
}
