// Drafts of unsent forms, uploaded files, and the timeline of each submission. Never edit once merged.
import type { Knex } from 'knex';

/** Creates the tables. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('submission_drafts', (t) => {
    t.increments('id');
    t.integer('user_id').notNullable().references('users.id');
    t.string('form_key', 64).notNullable();
    t.string('submission_id', 64).notNullable();
    t.text('data').notNullable();
    t.string('updated_at', 30).notNullable();
    t.unique(['user_id', 'form_key']);
  });
  await db.schema.createTable('uploads', (t) => {
    t.string('id', 64).primary();
    t.integer('user_id').notNullable().references('users.id');
    t.integer('enterprise_id').references('enterprises.id');
    t.string('file_name', 200).notNullable();
    t.string('content_type', 100).notNullable();
    t.integer('size').notNullable();
    t.string('sha256', 64).notNullable();
    t.string('created_at', 30).notNullable();
  });
  await db.schema.createTable('submission_events', (t) => {
    t.increments('id');
    t.string('submission_id', 64).notNullable();
    t.string('kind', 64).notNullable();
    t.text('detail').notNullable();
    t.string('at', 30).notNullable();
    t.index(['submission_id', 'id']);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('submission_events');
  await db.schema.dropTable('uploads');
  await db.schema.dropTable('submission_drafts');
}
