// What a phone keeps of the field pages' answers (web/app/src/offline/field-data-vault.ts), read from the page the way
// anyone holding the phone could: the sealed answers in IndexedDB and every Cache API entry, as text.
import type { Page } from 'playwright-core';

/** The kept answers' paths, and all the bytes the phone stores for them and in its caches, decoded as text. */
export interface StoredFieldData {
  paths: string[];
  /** How many keys the vault holds (one while a field user is signed in, none after signing out). */
  keys: number;
  text: string;
  caches: string[];
}

/** Reads the phone's field-data vault and caches. */
export function storedFieldData(page: Page): Promise<StoredFieldData> {
  return page.evaluate(async () => {
    const { answers, keys } = await new Promise<{ answers: { path: string; sealed: ArrayBuffer }[]; keys: number }>((resolve) => {
      const open = indexedDB.open('fugong-field-vault');
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onerror = () => resolve({ answers: [], keys: 0 });
      open.onsuccess = () => {
        const tx = open.result.transaction(['answers', 'key']);
        const all = tx.objectStore('answers').getAll();
        const count = tx.objectStore('key').count();
        tx.oncomplete = () => {
          open.result.close();
          resolve({ answers: all.result as { path: string; sealed: ArrayBuffer }[], keys: count.result });
        };
      };
    });
    const names = await caches.keys();
    const cached: string[] = [];
    for (const name of names) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cached.push(await ((await cache.match(request))?.text() ?? ''));
    }
    const decoder = new TextDecoder();
    return {
      paths: answers.map((answer) => answer.path),
      keys,
      text: [...answers.map((answer) => decoder.decode(answer.sealed)), ...cached].join('\n'),
      caches: names,
    };
  });
}

/** The answer the vault keeps for `path`, opened with the vault's key as the app opens it; null when none is kept. */
export function keptAnswer<T>(page: Page, path: string): Promise<T | null> {
  return page.evaluate(async (wanted) => {
    const open = indexedDB.open('fugong-field-vault');
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onerror = () => resolve(null);
      open.onsuccess = () => resolve(open.result);
    });
    if (!db) return null;
    const tx = db.transaction(['answers', 'key']);
    const answer = tx.objectStore('answers').get(wanted);
    const key = tx.objectStore('key').get('current');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    const sealed = answer.result as { iv: Uint8Array<ArrayBuffer>; sealed: ArrayBuffer } | undefined;
    const record = key.result as { key: CryptoKey } | undefined;
    if (!sealed || !record) return null;
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, record.key, sealed.sealed);
    return JSON.parse(new TextDecoder().decode(plain));
  }, path) as Promise<T | null>;
}
