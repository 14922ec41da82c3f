// The names the first scripts share with the queue code, without pulling the queue code in: which roles queue work on
// the phone, where the queue mirrors each user's pending count, and the sign-out's event and last-chance send.

/** The roles that capture on the phone without signal (the server's FIELD_ROLES): the gate officer, the cadre on visits. */
export const FIELD_ROLES: readonly string[] = ['gate', 'cadre'];

/** Where the queue mirrors its pending count per user, as JSON `{ "<userId>": n }` (offline/queue.ts writes it). */
export const PENDING_KEY = 'fugong.queue';

/** The pending count of `userId` as last mirrored (0 when none, or when the mirror is unreadable). */
export function storedPendingCount(userId: number): number {
  try {
    const counts = JSON.parse(localStorage.getItem(PENDING_KEY) ?? '{}') as unknown;
    const count = counts && typeof counts === 'object' ? (counts as Record<string, unknown>)[String(userId)] : 0;
    return typeof count === 'number' && count > 0 ? count : 0;
  } catch {
    return 0;
  }
}

/** The cancelable window event the sign-out button sends (app.tsx), its `detail` naming the user who leaves;
 * offline/forget-offline-session.ts answers it. */
export const SIGN_OUT_EVENT = 'fugong-sign-out';

/** What the sign-out event carries. */
export interface SignOutDetail {
  userId: number;
}

let flusher: (() => Promise<unknown>) | null = null;

/** Registers the queue's send, tried once more before signing out (offline/field-queue-status.tsx); returns the undo. */
export function onSignOutFlush(flush: () => Promise<unknown>): () => void {
  flusher = flush;
  return () => {
    if (flusher === flush) flusher = null;
  };
}

// A send that hangs on a weak signal must not keep the officer from signing out: after this the warning asks instead.
const FLUSH_PATIENCE_MS = 8_000;

/** Sends what the queue holds, when a field user's queue code is loaded and there is signal, before the sign-out asks
 * about what is left; resolves once sent, failed or out of patience. */
export async function flushBeforeSignOut(): Promise<void> {
  if (!flusher || !navigator.onLine) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    flusher().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, FLUSH_PATIENCE_MS);
    }),
  ]);
  clearTimeout(timer);
}
