// Group-robot messages in the outbox: one row per notice and robot (the idempotency key makes a repeated enqueue a
// no-op), delivered by a dispatcher that respects each robot's messages per minute (a throttled row waits, it is
// never dropped), retries failures with exponential backoff, and parks a row as `dead` after the last attempt until
// an admin says "retry now". A row in flight holds a lease, so a crashed dispatcher's row is picked up again later.
import type { Knex } from 'knex';
import type { Locale } from '../domain/locale';
import { ROBOT_CHANNELS } from './robot-provider';
import type { RenderedMarkdown } from './markdown-renderer';
import type { RobotRow } from './robot-store';

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
  submissionId?: string;
  /** False when the channel's base URL is not configured: the row then stays readable in the outbox, like mail without SMTP. */
  deliverable: boolean;
  at: string;
}

/** Records the message once per key; returns the row (the earlier one when the key was already there). */
export async function enqueueRobotMessage(db: Knex, input: RobotEnqueue): Promise<{ id: number; status: string }> {
  const existing = await db('outbox').where({ idempotency_key: input.key }).first('id', 'status');
  if (existing) return { id: Number(existing.id), status: existing.status };
  const usable = input.robot && (input.robot.active === true || input.robot.active === 1);
  await db('outbox')
    .insert({
      idempotency_key: input.key,
      template: input.purpose,
      locale: input.locale,
      channel: input.robot?.channel ?? 'wecom-robot',
      robot_id: input.robot?.id ?? null,
      to_address: `robot:${input.robotKey}`.slice(0, 300),
      subject: input.message.title.slice(0, 300),
      text_body: input.message.markdown,
      html_body: '',
      // A robot that is gone or switched off cannot be reached: the row is parked where admins see it.
      status: !usable ? 'dead' : input.deliverable ? 'queued' : 'outbox',
      last_error: !input.robot ? `no robot named "${input.robotKey}"` : usable ? null : 'robot is switched off',
      submission_id: input.submissionId ?? null,
      next_attempt_at: input.at,
      created_at: input.at,
    })
    .onConflict('idempotency_key')
    .ignore();
  const row = await db('outbox').where({ idempotency_key: input.key }).first('id', 'status');
  return { id: Number(row.id), status: row.status };
}

/** Robot rows due now: queued and past their backoff, or in flight past their lease. */
export function dueRobotRows(db: Knex, nowIso: string, limit: number) {
  return db('outbox')
    .whereIn('channel', [...ROBOT_CHANNELS])
    .whereIn('status', ['queued', 'sending'])
    .where((q) => {
      q.whereNull('next_attempt_at').orWhere('next_attempt_at', '<=', nowIso);
    })
    .orderBy('id')
    .limit(limit);
}

/** An admin's "retry now": a dead (or waiting) robot row is queued at once with a fresh count of attempts. */
export async function retryRobotRow(db: Knex, id: number, nowIso: string): Promise<boolean> {
  const changed = await db('outbox')
    .where({ id })
    .whereIn('channel', [...ROBOT_CHANNELS])
    .whereIn('status', ['dead', 'queued'])
    .whereNotNull('robot_id')
    .update({ status: 'queued', attempts: 0, next_attempt_at: nowIso });
  return changed > 0;
}
