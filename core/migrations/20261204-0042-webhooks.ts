// Outgoing webhooks (issue 22): admins' subscriptions (a URL, the event kinds, a sealed signing secret), the events read
// from what Fugong already records (one row per event key), one delivery row per event and subscription, and the
// collector's read positions; and admins' edited copies of the group-robot markdown templates (the channel beside the
// email parts of a purpose). Never edit once merged.
import type { Knex } from 'knex';

/** Creates the webhook tables. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('webhook_subscriptions', (t) => {
    t.increments('id');
    t.string('name', 100).notNullable();
    t.string('url', 500).notNullable();
    // JSON array of event kinds (core/webhooks/webhook-kinds.ts).
    t.text('kinds').notNullable();
    // AES-256-GCM under the payload keys; the clear secret is answered once, at creation.
    t.text('sealed_secret').notNullable();
    t.string('secret_hint', 32).notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('created_by');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
  });
  await db.schema.createTable('webhook_events', (t) => {
    t.increments('id');
    t.string('event_key', 200).notNullable().unique();
    t.string('public_id', 64).notNullable().unique();
    t.string('kind', 40).notNullable();
    // The case the event belongs to: deliveries of one case leave in the order of these rows' ids.
    t.string('case_id', 200).notNullable();
    t.text('data').notNullable();
    t.string('occurred_at', 30).notNullable();
    t.string('recorded_at', 30).notNullable();
  });
  await db.schema.createTable('webhook_deliveries', (t) => {
    t.increments('id');
    t.integer('event_id').notNullable().references('webhook_events.id');
    t.integer('subscription_id').notNullable().references('webhook_subscriptions.id');
    t.string('case_id', 200).notNullable();
    // pending → sending → delivered, or back to pending with a later next_attempt_at, or dead after the last attempt.
    t.string('status', 16).notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('next_attempt_at', 30);
    t.integer('last_status');
    t.string('last_error', 1000);
    t.string('delivered_at', 30);
    t.string('created_at', 30).notNullable();
    t.unique(['event_id', 'subscription_id']);
    t.index(['status', 'next_attempt_at']);
    t.index(['subscription_id', 'case_id', 'event_id']);
  });
  await db.schema.createTable('webhook_cursors', (t) => {
    t.string('source', 64).primary();
    t.string('position', 64).notNullable();
    t.string('updated_at', 30).notNullable();
  });
  // The collector reads task rows by when they were opened and closed.
  await db.schema.alterTable('tasks', (t) => {
    t.index(['created_at'], 'tasks_created_at_index');
    t.index(['closed_at'], 'tasks_closed_at_index');
  });
  await db.schema.createTable('robot_templates', (t) => {
    t.increments('id');
    t.string('name', 64).notNullable();
    t.string('locale', 8).notNullable();
    t.text('markdown').notNullable();
    t.integer('updated_by').references('users.id');
    t.string('updated_at', 30).notNullable();
    t.unique(['name', 'locale']);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('robot_templates');
  await db.schema.alterTable('tasks', (t) => {
    t.dropIndex(['closed_at'], 'tasks_closed_at_index');
    t.dropIndex(['created_at'], 'tasks_created_at_index');
  });
  await db.schema.dropTable('webhook_cursors');
  await db.schema.dropTable('webhook_deliveries');
  await db.schema.dropTable('webhook_events');
  await db.schema.dropTable('webhook_subscriptions');
}
