// A message recorded while its channel's provider was not configured (no SMTP_URL, no SMS gateway, no WECOM_ROBOT_URL or
// DINGTALK_ROBOT_URL) stays in the outbox as `outbox` (kept): nothing calls a provider that is not there. A worker that
// has the provider releases it: what is at most MAIL_KEPT_SEND_HOURS old is queued and sent, what is older is marked
// `expired` (a reminder of a deadline days gone would confuse more than help); an admin reads why on the outbox page
// and may still send one with "retry now". The channel's passes release at the first pass and again at most once a
// minute, so messages a worker WITHOUT the provider keeps while another worker WITH it runs leave within a minute, not
// at that worker's next start. A release that moved something is audited once per channel; an empty one is not.
import type { Db } from '../stores/db-types';
import { recordAudit } from '../stores/audit-store';
import { hasKeptMessages, releaseKeptMessages } from '../stores/outbox/outbox-store';

/** MAIL_KEPT_SEND_HOURS by default: a kept message a day old or less is still worth sending. */
export const KEPT_SEND_HOURS = 24;

/** How many kept messages a release queued and how many it marked expired. */
export interface KeptReleased {
  queued: number;
  expired: number;
}

/** How a channel's pass releases what was kept: the window, and whom to tell (the worker's log). */
export interface KeptRelease {
  /** MAIL_KEPT_SEND_HOURS: how old a kept message may be and still be sent (24 when absent). */
  sendHours?: number;
  /** Told what became of a channel's kept messages, when there were any. */
  onReleased?: (channel: string, released: KeptReleased) => void;
}

// Email keeps the action it was audited under before texts and robot messages were released too.
const actionOf = (channel: string) => (channel === 'email' ? 'outbox.kept-mail-released' : 'outbox.kept-messages-released');

/** Releases the messages of `channel` kept while its provider was not configured and audits what became of them, once,
 * when any were kept; answers how many were queued and how many expired. Nothing kept, nothing is written (a pass asks
 * again every minute). */
export async function releaseKeptNow(db: Db, channel: string, now: Date, sendHours = KEPT_SEND_HOURS): Promise<KeptReleased> {
  if (!(await hasKeptMessages(db, channel))) return { queued: 0, expired: 0 };
  const since = new Date(now.getTime() - sendHours * 3_600_000).toISOString();
  return db.transaction(async (trx) => {
    const released = await releaseKeptMessages(trx, channel, since, now.toISOString());
    if (released.queued + released.expired === 0) return released;
    const counts = { keptQueued: released.queued, keptExpired: released.expired, keptSendHours: sendHours };
    await recordAudit(
      trx,
      {
        actorId: null,
        actorRole: null,
        action: actionOf(channel),
        targetType: 'outbox',
        targetId: channel,
        summary: channel === 'email' ? counts : { channel, ...counts },
        requestId: null,
      },
      now,
    );
    return released;
  });
}

/** How often a channel's passes look for kept messages again after the first: a worker without the provider may keep
 * some while this one runs, and two updates a minute on an indexed column cost next to nothing. */
export const KEPT_RELEASE_EVERY_MS = 60_000;

/** A pass's first step: releases the kept messages of `channels` at the first pass and then at most once every
 * KEPT_RELEASE_EVERY_MS (by `now`); a release that failed is tried again at the next pass, so a database hiccup loses
 * nothing. */
export function keptReleaseStep(
  db: Db,
  channels: readonly string[],
  options: KeptRelease = {},
  now: () => Date = () => new Date(),
): () => Promise<void> {
  let lastAt: number | undefined;
  return async () => {
    const at = now();
    if (lastAt !== undefined && at.getTime() - lastAt < KEPT_RELEASE_EVERY_MS) return;
    for (const channel of channels) {
      const released = await releaseKeptNow(db, channel, at, options.sendHours);
      if (released.queued + released.expired > 0) options.onReleased?.(channel, released);
    }
    lastAt = at.getTime();
  };
}
