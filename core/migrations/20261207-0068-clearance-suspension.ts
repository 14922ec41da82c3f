// A project's clearance to resume can be suspended (P2; seed 003 "达到要求才能复工"): a level above the one that
// cleared it (the joint team, the industry regulator) fails the enterprise's inspection. When, by which inspection body
// and member, on which case; a later clearance (a new readiness case passed by the town/street team) lifts it. Plain
// columns (no foreign keys), so SQLite adds them without rebuilding the table. Never edit once merged.
import type { Knex } from 'knex';

const COLUMNS = ['suspended_at', 'suspended_by_group_id', 'suspended_by_user_id', 'suspended_submission_id'];

/** Adds the suspension columns to projects. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('projects', (t) => {
    t.string('suspended_at', 30);
    // The inspection body (a working_groups row of kind 'inspection') whose fail suspended the clearance.
    t.integer('suspended_by_group_id');
    t.integer('suspended_by_user_id');
    t.string('suspended_submission_id', 64);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  if (db.client.config.client === 'pg') {
    await db.schema.alterTable('projects', (t) => t.dropColumns(...COLUMNS));
    return;
  }
  // SQLite drops plain columns in place; knex's dropColumn would rebuild `projects`, which other tables reference.
  for (const column of COLUMNS) await db.raw(`ALTER TABLE projects DROP COLUMN ${column}`);
}
