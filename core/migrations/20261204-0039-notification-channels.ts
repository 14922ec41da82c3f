// Channels beside email (issue 22): the outbox gains a channel, the robot a row is for, and when it may next be tried
// (retries with backoff, rate limits, a lease while a message is in flight); group robots are registered with their
// webhook secrets sealed. Email rows keep channel 'email' and their old columns unchanged. Never edit once merged.
import type { Knex } from 'knex';

/** Adds the channel columns to the outbox and the robot registry. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('notification_robots', (t) => {
    t.increments('id');
    t.string('key', 64).notNullable().unique();
    t.string('name', 100).notNullable();
    t.string('channel', 24).notNullable();
    // 'hq', 'working_group' (working_group_id) or 'cadre' (cadre_user_id: the cadre's team chat).
    t.string('audience', 24).notNullable();
    t.integer('working_group_id').references('working_groups.id');
    t.integer('cadre_user_id').references('users.id');
    // AES-256-GCM under the payload keys; the clear webhook never leaves the worker and the test-send route.
    t.text('sealed_secret').notNullable();
    t.string('secret_hint', 32).notNullable();
    t.integer('per_minute').notNullable().defaultTo(20);
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('created_by');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
  });
  await db.schema.alterTable('outbox', (t) => {
    t.string('channel', 24).notNullable().defaultTo('email');
    t.integer('robot_id').references('notification_robots.id');
    t.string('next_attempt_at', 30);
    t.index(['channel', 'status', 'next_attempt_at']);
    t.index(['robot_id', 'sent_at']);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('outbox', (t) => {
    t.dropIndex(['robot_id', 'sent_at']);
    t.dropIndex(['channel', 'status', 'next_attempt_at']);
    t.dropColumn('next_attempt_at');
    t.dropColumn('robot_id');
    t.dropColumn('channel');
  });
  await db.schema.dropTable('notification_robots');
}
