// Cadre visit log (P7: visits, people met, opinions, problems solved on site or taken away to coordinate), and the
// indexes the dashboard's figures need on the projections. Never edit once merged.
import type { Knex } from 'knex';

/** Creates the visit tables and the dashboard indexes. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('visits', (t) => {
    t.increments('id');
    t.integer('enterprise_id').notNullable().references('enterprises.id');
    t.integer('cadre_id').notNullable().references('users.id');
    // The local date of the visit (YYYY-MM-DD), as the cadre states it.
    t.string('visited_on', 10).notNullable();
    t.text('people_met').notNullable();
    t.integer('opinions_count').notNullable().defaultTo(0);
    t.text('opinions').notNullable();
    // Problem counts kept on the visit (written with its problems, and when one is filed) so the dashboard's
    // figures over a city's visits are one scan of this table, without joining the problems.
    t.integer('solved_count').notNullable().defaultTo(0);
    t.integer('coordinate_count').notNullable().defaultTo(0);
    t.integer('filed_count').notNullable().defaultTo(0);
    t.string('created_at', 30).notNullable();
    // Covering indexes: a city's figures per day and per cadre are read from the index alone.
    const counts = ['opinions_count', 'solved_count', 'coordinate_count', 'filed_count'];
    t.index(['visited_on', 'enterprise_id', ...counts], 'visits_visited_on_index');
    t.index(['cadre_id', 'visited_on', 'enterprise_id', ...counts], 'visits_cadre_id_visited_on_index');
    t.index(['enterprise_id', 'visited_on']);
  });
  await db.schema.createTable('visit_problems', (t) => {
    t.increments('id');
    t.integer('visit_id').notNullable().references('visits.id');
    // 'solved' on site, or 'coordinate': taken away, and possibly filed as a difficulty report.
    t.string('kind', 16).notNullable();
    t.string('category', 64);
    t.text('description').notNullable();
    t.string('submission_id', 64);
    t.index(['visit_id']);
    t.index(['submission_id']);
  });
  // The dashboard reads submissions per form and period, tasks per submission (and whether an SLA ran out on one),
  // timeline lines per kind, projects per enterprise and status.
  await db.schema.alterTable('submissions', (t) => t.index(['form_key', 'created_at'], 'submissions_form_key_created_at_index'));
  await db.schema.alterTable('tasks', (t) => t.index(['submission_id', 'status'], 'tasks_submission_id_status_index'));
  await db.schema.alterTable('submission_events', (t) => t.index(['kind', 'submission_id'], 'submission_events_kind_submission_id_index'));
  await db.schema.alterTable('projects', (t) => t.index(['enterprise_id', 'status'], 'projects_enterprise_id_status_index'));
}

/** Drops them again. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('projects', (t) => t.dropIndex(['enterprise_id', 'status'], 'projects_enterprise_id_status_index'));
  await db.schema.alterTable('submission_events', (t) =>
    t.dropIndex(['kind', 'submission_id'], 'submission_events_kind_submission_id_index'),
  );
  await db.schema.alterTable('tasks', (t) => t.dropIndex(['submission_id', 'status'], 'tasks_submission_id_status_index'));
  await db.schema.alterTable('submissions', (t) => t.dropIndex(['form_key', 'created_at'], 'submissions_form_key_created_at_index'));
  await db.schema.dropTable('visit_problems');
  await db.schema.dropTable('visits');
}
