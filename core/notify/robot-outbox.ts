// Group-robot messages in the outbox: one row per notice and robot (the idempotency key makes a repeated enqueue a
// no-op), delivered by a dispatcher that respects each robot's messages per minute (a throttled row waits, it is
// never dropped), retries failures with exponential backoff, and parks a row as `dead` after the last attempt until
// an admin says "retry now". A row in flight holds a lease, so a crashed dispatcher's row is picked up again later.
import type { Db } from '../stores/db-types';
import type { OutboxRow } from '../stores/outbox/outbox-lease-store';
import { dueOutboxRows, insertOutboxMessage, outboxStatusOf, requeueOutboxRow } from '../stores/outbox/outbox-store';
import type { Locale } from '../domain/locale';
import { ROBOT_CHANNELS } from './robot-provider';
import type { RenderedMarkdown } from './markdown-renderer';
import type { RobotRow } from '../stores/notify/robot-store';

/** One robot message to record. */
export interface RobotEnqueue {
  /** The outbox row's idempotency key (unique per notice and robot). */
  key: string;
  purpose: string;
  locale: Locale;
  robotKey: string;
  /** The robot as registered; undefined when the params name a robot that no longer exists. */
  robot: RobotRow | undefined;
  message: RenderedMarkdown;
  /** The markdown rendered with the personal values masked, kept for readers who may not read `message` (the outbox's admins). */
  maskedMarkdown?: string;
  submissionId?: string;
  /** False when the channel's base URL is not configured: the row then stays readable in the outbox, like mail without SMTP. */
  deliverable: boolean;
  at: string;
}

/** Records the message once per key; returns the row (the earlier one when the key was already there). */
export async function enqueueRobotMessage(db: Db, input: RobotEnqueue): Promise<{ id: number; status: string }> {
  const existing = await outboxStatusOf(db, input.key);
  if (existing) return existing;
  const usable = input.robot?.active === true;
  await insertOutboxMessage(db, {
    idempotencyKey: input.key,
    template: input.purpose,
    locale: input.locale,
    channel: input.robot?.channel ?? 'wecom-robot',
    robotId: input.robot?.id ?? null,
    toAddress: `robot:${input.robotKey}`.slice(0, 300),
    subject: input.message.title.slice(0, 300),
    textBody: input.message.markdown,
    htmlBody: '',
    maskedText: input.maskedMarkdown ?? null,
    // A robot that is gone or switched off cannot be reached: the row is parked where admins see it.
    status: !usable ? 'dead' : input.deliverable ? 'queued' : 'outbox',
    lastError: !input.robot ? `no robot named "${input.robotKey}"` : usable ? null : 'robot is switched off',
    submissionId: input.submissionId ?? null,
    nextAttemptAt: input.at,
    createdAt: input.at,
  });
  return (await outboxStatusOf(db, input.key))!;
}

/** Robot rows due now: queued and past their backoff, or in flight past their lease. */
export function dueRobotRows(db: Db, nowIso: string, limit: number): Promise<OutboxRow[]> {
  return dueOutboxRows(db, ROBOT_CHANNELS, nowIso, limit);
}

/** An admin's "retry now": a dead (or waiting) robot row is queued at once with a fresh count of attempts. */
export function retryRobotRow(db: Db, id: number, nowIso: string): Promise<boolean> {
  return requeueOutboxRow(db, id, ROBOT_CHANNELS, nowIso, { robotOnly: true });
}
