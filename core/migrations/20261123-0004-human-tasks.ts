// Human tasks (the projection of what workflows wait on), their comments, and users' saved inbox filters.
// Never edit once merged.
import type { Knex } from 'knex';

/** Creates the tables. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('tasks', (t) => {
    t.string('id', 200).primary();
    t.string('workflow_id', 128).notNullable();
    t.string('submission_id', 64);
    t.integer('enterprise_id').references('enterprises.id');
    t.integer('project_id').references('projects.id');
    t.string('process_type', 32).notNullable();
    t.string('step', 64).notNullable();
    t.text('title').notNullable();
    t.string('category', 64);
    t.integer('assignee_user_id').references('users.id');
    t.string('candidate_role', 32);
    t.integer('candidate_group_id').references('working_groups.id');
    t.integer('priority').notNullable().defaultTo(0);
    t.string('due_at', 30).notNullable();
    t.string('created_at', 30).notNullable();
    t.integer('claimed_by').references('users.id');
    t.string('claimed_at', 30);
    t.string('status', 16).notNullable();
    t.text('allowed_actions').notNullable();
    t.text('completion_schema').notNullable();
    t.text('outcome');
    t.integer('decided_by').references('users.id');
    t.string('closed_at', 30);
    t.string('search_text', 1000).notNullable().defaultTo('');
    t.index(['status', 'due_at']);
    t.index(['assignee_user_id', 'status']);
    t.index(['candidate_role', 'candidate_group_id', 'status']);
    t.index(['enterprise_id', 'status']);
    t.index(['workflow_id']);
  });
  await db.schema.createTable('task_comments', (t) => {
    t.increments('id');
    t.string('task_id', 200).notNullable().references('tasks.id');
    t.integer('user_id').notNullable().references('users.id');
    t.text('body').notNullable();
    t.string('at', 30).notNullable();
    t.index(['task_id']);
  });
  await db.schema.createTable('saved_filters', (t) => {
    t.increments('id');
    t.integer('user_id').notNullable().references('users.id');
    t.string('name', 100).notNullable();
    t.text('query').notNullable();
    t.unique(['user_id', 'name']);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('saved_filters');
  await db.schema.dropTable('task_comments');
  await db.schema.dropTable('tasks');
}
