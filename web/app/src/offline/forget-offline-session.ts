// Signing out on a field phone (issue 23): the app first tries to send the queue (pending-key.ts); checks still queued
// then stay on the phone, encrypted, and the officer is asked first; then the service worker's cached answers (names,
// the register) and the queue's keys go with the session, so nothing on the phone can read the queue until the same
// user signs in again — whose app then sends it on start (queue-sync.ts). Installed for field users by the header's
// queue status and by the field pages; the sign-out button (app.tsx) only sends the event, so the first scripts every
// role loads stay as small as they were.
import { addZhCnMessages } from '../i18n/loaded-dictionaries';
import { offlineZhCn } from '../i18n/messages/offline-messages';
import { translate } from '../i18n/translate';
import { localeStore } from '../i18n/locale-store';
import { offlineStore } from './offline-store';
import { SIGN_OUT_EVENT, storedPendingCount, type SignOutDetail } from './pending-key';

/** The window event that tells loaded queue code the session ended. */
export const SIGNED_OUT_EVENT = 'fugong-signed-out';

/** Drops the service worker's cached answers and every queue key on this phone. */
export function forgetOfflineSession(): void {
  navigator.serviceWorker?.controller?.postMessage({ type: 'forget-field-data' });
  window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  void offlineStore.forgetKeys().catch(() => undefined);
}

let guarded = false;

/** Answers the sign-out button once per page: cancels it when the officer keeps the session for unsent checks. */
export function guardSignOut(): void {
  if (guarded) return;
  guarded = true;
  addZhCnMessages(offlineZhCn);
  window.addEventListener(SIGN_OUT_EVENT, (event) => {
    // Only the leaving user's items: another's on a shared phone are theirs to send.
    const userId = (event as CustomEvent<SignOutDetail | null>).detail?.userId;
    const pending = userId === undefined ? 0 : storedPendingCount(userId);
    if (pending > 0 && !window.confirm(translate(localeStore.load(), 'offline.signOutWarning', { count: pending }))) event.preventDefault();
    else forgetOfflineSession();
  });
}
