// Organisation and accounts, second step: difficulty categories routed to working groups, persistent login
// throttling, admin-editable settings, and password-change bookkeeping. Never edit once merged.
import type { Knex } from 'knex';

/** Creates the tables. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('difficulty_categories', (t) => {
    t.string('key', 64).primary();
    t.string('name_zh', 100).notNullable();
    t.string('name_en', 100).notNullable();
    t.integer('working_group_id').notNullable().references('working_groups.id');
    t.integer('sort').notNullable().defaultTo(0);
  });
  await db.schema.createTable('login_failures', (t) => {
    t.increments('id');
    t.string('key', 200).notNullable();
    t.string('at', 30).notNullable();
    t.index(['key', 'at']);
  });
  await db.schema.createTable('settings', (t) => {
    t.string('key', 64).primary();
    t.text('value').notNullable();
    t.string('updated_at', 30).notNullable();
  });
  await db.schema.alterTable('users', (t) => {
    t.string('password_changed_at', 30);
  });
  await db.schema.alterTable('cadre_assignments', (t) => {
    t.integer('assigned_by').references('users.id');
    t.integer('ended_by').references('users.id');
    t.string('end_reason', 300);
  });
  await db.schema.alterTable('audit_log', (t) => {
    t.index(['created_at']);
    t.index(['actor_id']);
  });
}

/** Drops them again. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('audit_log', (t) => {
    t.dropIndex(['created_at']);
    t.dropIndex(['actor_id']);
  });
  await db.schema.alterTable('cadre_assignments', (t) => {
    t.dropColumn('assigned_by');
    t.dropColumn('ended_by');
    t.dropColumn('end_reason');
  });
  await db.schema.alterTable('users', (t) => t.dropColumn('password_changed_at'));
  await db.schema.dropTable('settings');
  await db.schema.dropTable('login_failures');
  await db.schema.dropTable('difficulty_categories');
}
