// Admins' edited copies of the SMS texts (templates/email/<purpose>/<locale>.sms.hbs), beside the group-robot ones in
// robot_templates (0042): one row per purpose and language, the shipped file applies when there is none. Never edit
// once merged.
import type { Knex } from 'knex';

/** Creates sms_templates. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('sms_templates', (t) => {
    t.increments('id');
    t.string('name', 64).notNullable();
    t.string('locale', 8).notNullable();
    t.text('text').notNullable();
    t.integer('updated_by').references('users.id');
    t.string('updated_at', 30).notNullable();
    t.unique(['name', 'locale']);
  });
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('sms_templates');
}
