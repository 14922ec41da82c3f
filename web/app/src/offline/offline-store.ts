// The phone's own store for work made without signal (IndexedDB "fugong-offline"): the queue of items waiting to be
// sent, and each field user's queue key (a non-extractable CryptoKey: usable here, never readable as bytes).

/** How a queued item stands; `unreadable`: the user's key cannot open it (send-pending.ts), so it is set aside. */
export type QueueStatus = 'pending' | 'synced' | 'refused' | 'unreadable';

/** One item of the queue; what identifies a person is inside `sealed`, encrypted with the user's key. */
export interface QueueItem {
  /** Client-generated UUID: the server's idempotency key. */
  clientId: string;
  userId: number;
  kind: 'gate-check' | 'visit' | 'quarantine-check-in';
  /** The phone's clock when the item was made (ISO 8601). */
  deviceTime: string;
  /** The definition version the item was made with; it keeps it whatever is published later. */
  formVersion: number;
  /** Hours it may wait before the page warns: the limit of the definition it was made with (queue-limit.ts). */
  limitHours?: number;
  /** The decision made on the phone (gate checks). */
  deviceOutcome?: string;
  /** A gate check's signature once uploaded (`upload:<id>`, no personal data): a retry sends it again, not the image. */
  signatureRef?: string;
  /** AES-GCM: the initialisation vector and the encrypted JSON of the payload. */
  iv: Uint8Array;
  sealed: ArrayBuffer;
  status: QueueStatus;
  /** The server's answer: its decision once synced, or why it refused the item. */
  answer?: {
    outcome?: string;
    replayed?: boolean;
    /** A synced gate check: the site enterprise's clearance as the server knew it (the phone's copy may be older). */
    enterpriseClearance?: string | null;
    /** A synced visit: its id and how many difficulty reports it filed. */
    visitId?: number;
    filed?: number;
    /** A synced quarantine check-in: the slot it was recorded in (or meant for, when late) and whether it is a fever. */
    slotAt?: string | null;
    fever?: boolean;
    code?: string;
    message?: string;
    details?: string[];
  };
  updatedAt: string;
}

const DB_NAME = 'fugong-offline';
const QUEUE = 'queue';
const KEYS = 'keys';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(QUEUE, { keyPath: 'clientId' });
      request.result.createObjectStore(KEYS, { keyPath: 'userId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB'));
  });
}

async function run<T>(store: string, mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(store, mode).objectStore(store));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB'));
    });
  } finally {
    db.close();
  }
}

/** The device store. */
export const offlineStore = {
  put: (item: QueueItem) => run(QUEUE, 'readwrite', (s) => s.put(item)),
  remove: (clientId: string) => run(QUEUE, 'readwrite', (s) => s.delete(clientId)),
  all: () => run<QueueItem[]>(QUEUE, 'readonly', (s) => s.getAll() as IDBRequest<QueueItem[]>),
  key: (userId: number) => run<{ userId: number; key: CryptoKey } | undefined>(KEYS, 'readonly', (s) => s.get(userId)),
  putKey: (userId: number, key: CryptoKey) => run(KEYS, 'readwrite', (s) => s.put({ userId, key })),
  /** Drops every user's key: signing out leaves the queue unreadable until the same user signs in again. */
  forgetKeys: () => run(KEYS, 'readwrite', (s) => s.clear()),
};
