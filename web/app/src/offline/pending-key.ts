// The two names the first scripts share with the queue code, without pulling the queue code in.

/** Where the queue mirrors its pending count (offline/queue.ts writes it). */
export const PENDING_KEY = 'fugong.queue';

/** The cancelable window event the sign-out button sends (app.tsx); offline/forget-offline-session.ts answers it. */
export const SIGN_OUT_EVENT = 'fugong-sign-out';
