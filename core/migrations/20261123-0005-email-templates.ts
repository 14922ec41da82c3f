// Admin-edited copies of the shipped email templates, one per template and language. Never edit once merged.
import type { Knex } from 'knex';

/** Creates the table. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('email_templates', (t) => {
    t.increments('id');
    t.string('name', 64).notNullable();
    t.string('locale', 8).notNullable();
    t.string('subject', 300).notNullable();
    t.text('html').notNullable();
    t.text('text').notNullable();
    t.integer('updated_by').references('users.id');
    t.string('updated_at', 30).notNullable();
    t.unique(['name', 'locale']);
  });
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('email_templates');
}
