// The service worker's store of the field pages' API answers (issue 23): masked, but they carry names (the register's
// workers, the enterprises a cadre visits), so they are kept sealed with the signed-in user's offline key (AES-GCM, the
// key of GET /api/offline-key, imported non-extractable) in the worker's own IndexedDB "fugong-field-vault", not in
// the Cache API in clear. One user's answers at a time: a session answer naming someone else, or no one, and signing
// out drop them with the key, so nothing stored can be read once the user has signed out. Runs in the service worker.

const DB_NAME = 'fugong-field-vault';
const KEYS = 'key';
const ANSWERS = 'answers';
const SLOT = 'current';

interface KeyRecord {
  slot: typeof SLOT;
  userId: number;
  key: CryptoKey;
}

/** One cached answer; only the path, its type and the time it was fetched are in clear. */
interface SealedAnswer {
  path: string;
  userId: number;
  contentType: string;
  fetchedAt: string;
  iv: Uint8Array<ArrayBuffer>;
  sealed: ArrayBuffer;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(KEYS, { keyPath: 'slot' });
      request.result.createObjectStore(ANSWERS, { keyPath: 'path' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB'));
  });
}

async function run<T>(stores: string[], mode: IDBTransactionMode, act: (tx: IDBTransaction) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(stores, mode);
      const request = act(tx);
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('indexedDB'));
    });
  } finally {
    db.close();
  }
}

const storedKey = () => run<KeyRecord | undefined>([KEYS], 'readonly', (tx) => tx.objectStore(KEYS).get(SLOT));

/** The user a session answer names, or null when it names no one (signed out) or is not one. */
function userIdOf(answer: unknown): number | null {
  const user = (answer as { user?: { id?: unknown } | null } | null)?.user;
  return typeof user?.id === 'number' ? user.id : null;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

const same: RequestInit = { credentials: 'same-origin', headers: { Accept: 'application/json' } };
/** A user the server gives no offline key (not a field role): not asked again while this worker runs. */
let refused: number | null = null;
let acquiring: Promise<KeyRecord | null> | null = null;

async function acquire(): Promise<KeyRecord | null> {
  const session = await fetch('/api/session', same);
  const userId = session.ok ? userIdOf(await session.json()) : null;
  if (userId === null || userId === refused) return null;
  const answer = await fetch('/api/offline-key', same);
  if (!answer.ok) {
    if (answer.status === 403) refused = userId;
    return null;
  }
  const { key } = (await answer.json()) as { key: string };
  const imported = await crypto.subtle.importKey('raw', fromBase64(key), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const record: KeyRecord = { slot: SLOT, userId, key: imported };
  await run([KEYS], 'readwrite', (tx) => tx.objectStore(KEYS).put(record));
  return record;
}

/** The signed-in user's key: the stored one, else fetched now (online only); null for a user without one. */
async function currentKey(): Promise<KeyRecord | null> {
  const stored = await storedKey();
  if (stored) return stored;
  acquiring ??= acquire().finally(() => (acquiring = null));
  return acquiring;
}

/** Drops every cached answer and the key (signing out, or someone else signed in). */
export async function forgetFieldData(): Promise<void> {
  await run([KEYS, ANSWERS], 'readwrite', (tx) => {
    tx.objectStore(ANSWERS).clear();
    return tx.objectStore(KEYS).clear();
  });
}

/** Reads a session answer seen online: one naming no one, or another user than the key's, drops the cached answers. */
export async function noteSession(answer: unknown): Promise<void> {
  const userId = userIdOf(answer);
  const stored = await storedKey();
  if (userId === null || (stored && stored.userId !== userId)) await forgetFieldData();
}

/** Keeps a successful answer for `path`, sealed; kept not at all when the user has no key. */
export async function keepFieldData(path: string, response: Response): Promise<void> {
  const text = await response.text();
  if (path.split('?')[0] === '/api/session') await noteSession(JSON.parse(text));
  const record = await currentKey();
  if (!record) return;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, record.key, new TextEncoder().encode(text));
  const answer: SealedAnswer = {
    path,
    userId: record.userId,
    contentType: response.headers.get('Content-Type') ?? 'application/json',
    fetchedAt: new Date().toISOString(),
    iv,
    sealed,
  };
  await run([ANSWERS], 'readwrite', (tx) => tx.objectStore(ANSWERS).put(answer));
}

/** The answer kept for `path`, opened with the stored key; undefined when there is none or no key to open it. */
export async function readFieldData(path: string): Promise<Response | undefined> {
  const [record, answer] = await Promise.all([
    storedKey(),
    run<SealedAnswer | undefined>([ANSWERS], 'readonly', (tx) => tx.objectStore(ANSWERS).get(path)),
  ]);
  if (!record || !answer || answer.userId !== record.userId) return undefined;
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: answer.iv }, record.key, answer.sealed);
  return new Response(plain, { status: 200, headers: { 'Content-Type': answer.contentType } });
}
