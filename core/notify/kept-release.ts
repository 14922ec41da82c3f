// A message recorded while its channel's provider was not configured (no SMTP_URL, no SMS gateway, no WECOM_ROBOT_URL or
// DINGTALK_ROBOT_URL) stays in the outbox as `outbox` (kept): nothing calls a provider that is not there. When a worker
// starts with the provider, the channel's first pass releases it: what is at most MAIL_KEPT_SEND_HOURS old is queued and
// sent, what is older is marked `expired` (a reminder of a deadline days gone would confuse more than help); an admin
// reads why on the outbox page and may still send one with "retry now". Each release is audited once per channel.
import type { Db } from '../stores/db-types';
import { recordAudit } from '../stores/audit-store';
import { releaseKeptMessages } from '../stores/outbox/outbox-store';

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
 * when any were kept; answers how many were queued and how many expired. */
export async function releaseKeptNow(db: Db, channel: string, now: Date, sendHours = KEPT_SEND_HOURS): Promise<KeptReleased> {
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

/** A pass's first step: releases the kept messages of `channels` once (again at the next pass if it failed, so a
 * database hiccup at start loses nothing); later calls do nothing. */
export function keptReleaseOnce(
  db: Db,
  channels: readonly string[],
  options: KeptRelease = {},
  now: () => Date = () => new Date(),
): () => Promise<void> {
  let done = false;
  return async () => {
    if (done) return;
    for (const channel of channels) {
      const released = await releaseKeptNow(db, channel, now(), options.sendHours);
      if (released.queued + released.expired > 0) options.onReleased?.(channel, released);
    }
    done = true;
  };
}
