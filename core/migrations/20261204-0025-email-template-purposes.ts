// Email templates that admins create (not only edit): each new name plays the part of one shipped template — its
// purpose — whose sample data it is checked and previewed with. Its texts live in email_templates like any edited copy.
// Also widens email_templates.subject on PostgreSQL: a subject's template text (not the one-line subject it renders)
// may exceed 300 characters — the shipped case-update subject does — and a created template starts as such a copy.
// SQLite does not enforce the length. Never edit once merged.
import type { Knex } from 'knex';

/** Creates email_template_purposes. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('email_template_purposes', (t) => {
    t.string('name', 64).primary();
    // The name of the shipped template whose role this one plays (its data, its place in the params).
    t.string('purpose', 64).notNullable();
    t.integer('created_by').references('users.id');
    t.string('created_at', 30).notNullable();
  });
  if (db.client.config.client === 'pg') await db.raw('ALTER TABLE email_templates ALTER COLUMN subject TYPE text');
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('email_template_purposes');
  if (db.client.config.client === 'pg') await db.raw('ALTER TABLE email_templates ALTER COLUMN subject TYPE varchar(300)');
}
