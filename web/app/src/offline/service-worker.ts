// The service worker (built to /sw.js by web/app/vite.config.ts, outside the app's chunks): keeps the gate officer's
// and the cadre's pages usable without signal after one online visit (issue 23). The app shell (index.html and the
// field pages' scripts) is cached at install; the answers the field pages read (session, gate setup, site register,
// the cadre's visit list and the published visit-log definition) are kept as they arrive, sealed with the user's
// offline key (offline/field-data-vault.ts), and served from there only when the network fails. Nothing else is kept,
// and the answers are dropped when the user signs out (or another signs in). Queued items are not here: the page keeps
// them (encrypted) and sends them; a Background Sync event only wakes the page.
import { forgetFieldData, keepFieldData, noteSession, readFieldData } from './field-data-vault';

/** The shell files of this build (replaced at build time). */
declare const __FUGONG_SHELL__: string[];
/** A hash of the build, so a new build installs a new shell cache. */
declare const __FUGONG_BUILD__: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface SyncEvent extends ExtendableEvent {
  tag: string;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'sync', listener: (event: SyncEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableEvent & { data: unknown }) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options?: { type?: string }): Promise<{ postMessage(message: unknown): void }[]> };
  location: Location;
}

const scope = self as unknown as WorkerScope;
const SHELL = `fugong-shell-${__FUGONG_BUILD__}`;
/** Where earlier builds kept the answers in clear: deleted on activation. */
const PLAIN_DATA = 'fugong-field-data';
/** The API answers a field page needs to open offline; only GETs, only these paths. */
const FIELD_DATA = ['/api/session', '/api/gate/setup', '/api/gate/register', '/api/visits', '/api/visits/form'];

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(['/', ...__FUGONG_SHELL__]))
      .then(() => scope.skipWaiting()),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => (name.startsWith('fugong-shell-') && name !== SHELL) || name === PLAIN_DATA)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => scope.clients.claim()),
  );
});

/** The page's shell from the network, stored when it is a success; the stored one when the network fails. */
async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put('/', response.clone());
    return response;
  } catch (error) {
    const stored = await cache.match('/');
    if (stored) return stored;
    throw error;
  }
}

/** A field answer from the network, kept sealed (after it is answered) when it is a success; the kept one when the
 * network fails. */
async function fieldData(event: FetchEvent, path: string): Promise<Response> {
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(keepFieldData(path, response.clone()).catch(() => undefined));
    return response;
  } catch (error) {
    const stored = await readFieldData(path).catch(() => undefined);
    if (stored) return stored;
    throw error;
  }
}

/** Signing in or out passes through unchanged; the worker only learns whose answers it may keep. */
function watchSession(event: FetchEvent): void {
  const answered = fetch(event.request).then((response) => ({ response, copy: response.clone() }));
  event.respondWith(answered.then(({ response }) => response));
  event.waitUntil(
    answered
      .then(({ copy }) => {
        if (event.request.method === 'DELETE') return forgetFieldData();
        return copy.ok ? copy.json().then(noteSession) : undefined;
      })
      .catch(() => undefined),
  );
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(SHELL);
  const stored = await cache.match(request.url);
  if (stored) return stored;
  const response = await fetch(request);
  if (response.ok) await cache.put(request.url, response.clone());
  return response;
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin) return;
  if (url.pathname === '/api/session' && (request.method === 'POST' || request.method === 'DELETE')) watchSession(event);
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else if (FIELD_DATA.includes(url.pathname)) event.respondWith(fieldData(event, url.pathname + url.search));
});

scope.addEventListener('message', (event) => {
  const message = event.data as { type?: string; paths?: unknown; locale?: unknown } | null;
  // Signing out: the cached answers (names, the register) go with the session.
  if (message?.type === 'forget-field-data') event.waitUntil(forgetFieldData().catch(() => undefined));
  // A page that opened before this worker controlled it asks for its answers (of those above) to be cached now, in the
  // page's language (the visit-log definition is answered in it).
  if (message?.type === 'cache-field-data') {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (typeof message.locale === 'string') headers['Accept-Language'] = message.locale;
    const paths = Array.isArray(message.paths) ? message.paths.filter((path): path is string => typeof path === 'string') : FIELD_DATA;
    const asked = paths.filter((path) => FIELD_DATA.includes(new URL(path, scope.location.origin).pathname));
    event.waitUntil(
      Promise.all(
        asked.map(async (path) => {
          const response = await fetch(path, { credentials: 'same-origin', headers });
          if (response.ok) await keepFieldData(path, response);
        }),
      ).catch(() => undefined),
    );
  }
});

// Background Sync: the connection is back. The page holds the queue's key, so it is the page that sends.
scope.addEventListener('sync', (event) => {
  if (event.tag !== 'fugong-queue') return;
  event.waitUntil(
    scope.clients.matchAll({ type: 'window' }).then((clients) => clients.forEach((client) => client.postMessage({ type: 'sync-queue' }))),
  );
});
