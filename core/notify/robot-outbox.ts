// Group-robot messages in the outbox: one row per notice and robot (the idempotency key makes a repeated enqueue a
// no-op), delivered by a dispatcher that respects each robot's messages per minute (a throttled row waits, it is
// never dropped), retries failures with exponential backoff, and parks a row as `dead` after the last attempt until
// an admin says "retry now". A row in flight holds a lease, so a crashed dispatcher's row is picked up again later.
// A row parked because its robot was not registered or switched off is queued again when an admin registers it, switches
// it on or replaces its address, if at most MAIL_KEPT_SEND_HOURS old (requeueForRobot).
import type { Db } from '../stores/db-types';
import type { OutboxRow } from '../stores/outbox/outbox-lease-store';
import { dueOutboxRows, insertOutboxMessage, outboxStatusOf, requeueOutboxRow, requeueRobotDeadRows } from '../stores/outbox/outbox-store';
import type { Locale } from '../domain/locale';
import { ROBOT_CHANNELS } from './robot-provider';
import type { RenderedMarkdown } from './markdown-renderer';
import type { RobotRow } from '../stores/notify/robot-store';

/** The `last_error` of a message recorded for a key no robot was registered under (its row names no robot). */
export const notRegisteredError = (robotKey: string) => `no robot named "${robotKey}"`;
/** The `last_error` of a message recorded while its robot was switched off. */
export const ROBOT_SWITCHED_OFF = 'robot is switched off';
/** The `last_error` of a message the dispatcher parked because its robot had been switched off (or removed) since. */
export const ROBOT_GONE_OR_OFF = 'robot removed or switched off';

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
    lastError: !input.robot ? notRegisteredError(input.robotKey) : usable ? null : ROBOT_SWITCHED_OFF,
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

/** What brought a robot within reach again, and where its messages go now. */
export interface RobotReached {
  at: Date;
  /** MAIL_KEPT_SEND_HOURS: how old a message may be and still be sent by itself. */
  sendHours: number;
  /** The admin replaced its address: messages dead after failed sends to the old one are worth one more try too. */
  addressReplaced: boolean;
  /** Whether the robot's channel has its provider configured; without it the messages are kept (kept-release.ts). */
  deliverable: boolean;
}

/** An admin registered `robot`, switched it on or replaced its address: its messages parked as dead for want of it (not
 * registered, switched off; failed to the old address) at most `sendHours` old are queued again, as kept messages are
 * when their provider is configured; older ones stay dead, now tied to the robot so that "retry now" can send them.
 * Answers how many were queued. */
export function requeueForRobot(db: Db, robot: Pick<RobotRow, 'id' | 'key' | 'channel'>, reached: RobotReached): Promise<number> {
  return requeueRobotDeadRows(db, {
    robot,
    notRegisteredError: notRegisteredError(robot.key),
    switchedOffErrors: [ROBOT_SWITCHED_OFF, ROBOT_GONE_OR_OFF],
    failedToo: reached.addressReplaced,
    status: reached.deliverable ? 'queued' : 'outbox',
    sinceIso: new Date(reached.at.getTime() - reached.sendHours * 3_600_000).toISOString(),
    nowIso: reached.at.toISOString(),
  });
}
