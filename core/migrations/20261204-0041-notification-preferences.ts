// Per-recipient notification preferences (issue 22): a person's explicit choice of a channel for a kind of notice, and
// their quiet hours per channel. Defaults live in code (core/notify/notice-preferences.ts), so only choices are rows.
// Never edit once merged.
import type { Knex } from 'knex';

/** Creates the two preference tables. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('notification_preferences', (t) => {
    t.increments('id');
    t.integer('user_id').notNullable().references('users.id');
    t.string('purpose_class', 32).notNullable();
    t.string('channel', 24).notNullable();
    t.boolean('enabled').notNullable();
    t.string('updated_at', 30).notNullable();
    t.unique(['user_id', 'purpose_class', 'channel']);
  });
  // A row with no start and end: the person chose no quiet hours on that channel.
  await db.schema.createTable('notification_quiet_hours', (t) => {
    t.increments('id');
    t.integer('user_id').notNullable().references('users.id');
    t.string('channel', 24).notNullable();
    t.string('starts_at', 5);
    t.string('ends_at', 5);
    t.string('updated_at', 30).notNullable();
    t.unique(['user_id', 'channel']);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('notification_quiet_hours');
  await db.schema.dropTable('notification_preferences');
}
