// Foundation schema: organisation, accounts, form definitions, submissions, outbox, audit. Never edit once merged.
import type { Knex } from 'knex';

/** Creates the foundation tables. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('working_groups', (t) => {
    t.increments('id');
    t.string('key', 64).notNullable().unique();
    t.string('name_zh', 100).notNullable();
    t.string('name_en', 100).notNullable();
  });
  await db.schema.createTable('enterprises', (t) => {
    t.increments('id');
    t.string('name', 200).notNullable();
    t.string('credit_code', 18).notNullable().unique();
    t.string('type', 32).notNullable();
    t.boolean('focus').notNullable().defaultTo(false);
    t.string('address', 300);
    t.string('liaison_name', 100);
    t.string('liaison_mobile', 20);
    t.string('liaison_email', 200);
    t.string('created_at', 30).notNullable();
  });
  await db.schema.createTable('projects', (t) => {
    t.increments('id');
    t.integer('enterprise_id').notNullable().references('enterprises.id');
    t.string('name', 200).notNullable();
    t.string('site', 300);
    t.string('status', 32).notNullable();
    t.boolean('major').notNullable().defaultTo(false);
  });
  await db.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('username', 64).notNullable().unique();
    t.string('display_name', 100).notNullable();
    t.string('role', 32).notNullable();
    t.string('password_hash', 200).notNullable();
    t.string('email', 200);
    t.integer('enterprise_id').references('enterprises.id');
    t.integer('working_group_id').references('working_groups.id');
    t.integer('project_id').references('projects.id');
    t.string('locale', 8).notNullable().defaultTo('zh-CN');
    t.boolean('active').notNullable().defaultTo(true);
    t.string('created_at', 30).notNullable();
  });
  await db.schema.createTable('cadre_assignments', (t) => {
    t.increments('id');
    t.integer('cadre_id').notNullable().references('users.id');
    t.integer('enterprise_id').notNullable().references('enterprises.id');
    t.string('assigned_at', 30).notNullable();
    t.string('ended_at', 30);
    t.index(['enterprise_id', 'ended_at']);
  });
  await db.schema.createTable('sessions', (t) => {
    t.string('id_hash', 64).primary();
    t.integer('user_id').notNullable().references('users.id');
    t.string('csrf_token', 64).notNullable();
    t.string('created_at', 30).notNullable();
    t.string('expires_at', 30).notNullable();
  });
  await db.schema.createTable('form_definitions', (t) => {
    t.increments('id');
    t.string('key', 64).notNullable();
    t.integer('version').notNullable();
    t.string('status', 16).notNullable();
    t.text('title').notNullable();
    t.text('description').notNullable();
    t.text('schema').notNullable();
    t.text('ui_schema').notNullable();
    t.text('i18n').notNullable();
    t.text('process').notNullable();
    t.text('audience').notNullable();
    t.string('source', 16).notNullable();
    t.string('author', 64).notNullable();
    t.string('created_at', 30).notNullable();
    t.unique(['key', 'version']);
  });
  await db.schema.createTable('submissions', (t) => {
    t.string('id', 64).primary();
    t.string('form_key', 64).notNullable();
    t.integer('form_version').notNullable();
    t.integer('enterprise_id').references('enterprises.id');
    t.integer('user_id').notNullable().references('users.id');
    t.text('data').notNullable();
    t.string('status', 16).notNullable();
    t.text('result');
    t.string('workflow_id', 128).notNullable().unique();
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['enterprise_id', 'created_at']);
  });
  await db.schema.createTable('outbox', (t) => {
    t.increments('id');
    t.string('idempotency_key', 200).notNullable().unique();
    t.string('template', 64).notNullable();
    t.string('locale', 8).notNullable();
    t.string('to_address', 300).notNullable();
    t.string('subject', 300).notNullable();
    t.text('text_body').notNullable();
    t.text('html_body').notNullable();
    t.string('status', 16).notNullable();
    t.string('submission_id', 64);
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error');
    t.string('created_at', 30).notNullable();
    t.string('sent_at', 30);
    t.index(['submission_id']);
  });
  await db.schema.createTable('audit_log', (t) => {
    t.increments('id');
    t.integer('actor_id');
    t.string('actor_role', 32);
    t.string('action', 64).notNullable();
    t.string('target_type', 64).notNullable();
    t.string('target_id', 128).notNullable();
    t.text('summary').notNullable();
    t.string('request_id', 64);
    t.string('created_at', 30).notNullable();
    t.index(['target_type', 'target_id']);
  });
}

/** Drops the foundation tables. */
export async function down(db: Knex): Promise<void> {
  for (const table of [
    'audit_log',
    'outbox',
    'submissions',
    'form_definitions',
    'sessions',
    'cadre_assignments',
    'users',
    'projects',
    'enterprises',
    'working_groups',
  ]) {
    await db.schema.dropTableIfExists(table);
  }
}
