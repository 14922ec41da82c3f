// A project's "cleared to resume" status (issue 19, P2; seed 003 "达到要求才能复工"): set by the final approval of the
// resumption-readiness inspection, with the date, the approving body and the case; the dashboard's "resumed" reads it
// instead of the status an admin types. Plain columns (no foreign keys), so SQLite adds them without rebuilding the
// table. Never edit once merged.
import type { Knex } from 'knex';

/** Adds the clearance columns to projects. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('projects', (t) => {
    t.string('cleared_at', 30);
    // The inspection body (a working_groups row of kind 'inspection') whose approval cleared it.
    t.integer('cleared_by_group_id');
    t.integer('cleared_by_user_id');
    t.string('cleared_submission_id', 64);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  const columns = ['cleared_at', 'cleared_by_group_id', 'cleared_by_user_id', 'cleared_submission_id'];
  if (db.client.config.client === 'pg') {
    await db.schema.alterTable('projects', (t) => t.dropColumns(...columns));
    return;
  }
  // SQLite drops plain columns in place; knex's dropColumn would rebuild `projects`, which other tables reference.
  for (const column of columns) await db.raw(`ALTER TABLE projects DROP COLUMN ${column}`);
}
