// Installs the service worker for a field page (issue 23) and asks it to cache what that page reads, so the page opens
// without signal after this one online visit. Only field pages call this: other roles get no worker and no cache.
import { requestState } from '../api/request-state';
import { guardSignOut } from './forget-offline-session';

/** The answers the gate pages read. */
export const GATE_DATA = ['/api/session', '/api/gate/setup', '/api/gate/register'];

/** Registers /sw.js and has the answers `paths` (those of the calling page) cached now. */
export async function enableOffline(paths: readonly string[] = GATE_DATA): Promise<void> {
  guardSignOut();
  // The dev server has no /sw.js: registering fails there and the page works online only.
  if (!('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register('/sw.js');
    await navigator.serviceWorker.ready;
    (navigator.serviceWorker.controller ?? registration.active)?.postMessage({
      type: 'cache-field-data',
      paths,
      locale: requestState.locale,
    });
    // Ask the browser not to evict the queue under storage pressure.
    await navigator.storage?.persist?.();
  } catch {
    // No worker (a private window, an old browser): the page still works online.
  }
}
