// Installs the service worker for a field page (issue 23) and asks it to cache what that page reads, so the page opens
// without signal after this one online visit. Only field pages call this: other roles get no worker and no cache.
import { guardSignOut } from './forget-offline-session';

/** Registers /sw.js and has the answers the field pages need cached now. */
export async function enableOffline(): Promise<void> {
  guardSignOut();
  // The dev server has no /sw.js: registering fails there and the page works online only.
  if (!('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register('/sw.js');
    await navigator.serviceWorker.ready;
    (navigator.serviceWorker.controller ?? registration.active)?.postMessage({ type: 'cache-field-data' });
    // Ask the browser not to evict the queue under storage pressure.
    await navigator.storage?.persist?.();
  } catch {
    // No worker (a private window, an old browser): the page still works online.
  }
}
