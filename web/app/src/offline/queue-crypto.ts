// Encryption of the queue's personal data (issue 23): AES-GCM with the user's key from GET /api/offline-key, imported
// as non-extractable and kept in IndexedDB only while the user is signed in (signing out forgets it). Offline, after a
// reload, the stored key still works; signed out, nothing on the phone can read the queue.
import { apiRequest } from '../api/api-request';
import { SIGNED_OUT_EVENT } from './forget-offline-session';
import { offlineStore } from './offline-store';

const memory = new Map<number, CryptoKey>();
window.addEventListener(SIGNED_OUT_EVENT, () => memory.clear());

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The user's queue key: in memory, else on the phone, else from the server (needs signal); null when none can be had. */
export async function queueKey(userId: number): Promise<CryptoKey | null> {
  const known = memory.get(userId) ?? (await offlineStore.key(userId))?.key;
  if (known) {
    memory.set(userId, known);
    return known;
  }
  try {
    const { key } = await apiRequest<{ key: string }>('/api/offline-key');
    const imported = await crypto.subtle.importKey('raw', fromBase64(key), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    await offlineStore.putKey(userId, imported);
    memory.set(userId, imported);
    return imported;
  } catch {
    return null;
  }
}

/** Forgets every key held on the phone (sign-out). */
export async function forgetQueueKeys(): Promise<void> {
  memory.clear();
  await offlineStore.forgetKeys().catch(() => undefined);
}

/** Encrypts a JSON payload. */
export async function seal(key: CryptoKey, payload: unknown): Promise<{ iv: Uint8Array<ArrayBuffer>; sealed: ArrayBuffer }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(payload)));
  return { iv, sealed };
}

/** Decrypts what `seal` made. */
export async function unseal<T>(key: CryptoKey, iv: Uint8Array, sealed: ArrayBuffer): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> }, key, sealed);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
