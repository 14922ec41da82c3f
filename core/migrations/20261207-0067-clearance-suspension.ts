// A project's clearance to resume can be suspended (P2; seed 003 "达到要求才能复工"): a level above the one that
// cleared it (the joint team, the industry regulator) fails the enterprise's inspection. When, by which inspection body
// and member, on which case; a later clearance (a new readiness case passed by the town/street team) lifts it. And a
// gate check keeps whether the site's enterprise was cleared to resume when the worker was checked (the gate officer is
// told, the entry is not stopped). Plain columns (no foreign keys), so SQLite adds them without rebuilding the tables.
// Never edit once merged.
import type { Knex } from 'knex';

const COLUMNS = ['suspended_at', 'suspended_by_group_id', 'suspended_by_user_id', 'suspended_submission_id'];

/** Adds the suspension columns to projects and the clearance column to gate checks. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('projects', (t) => {
    t.string('suspended_at', 30);
    // The inspection body (a working_groups row of kind 'inspection') whose fail suspended the clearance.
    t.integer('suspended_by_group_id');
    t.integer('suspended_by_user_id');
    t.string('suspended_submission_id', 64);
  });
  await db.schema.alterTable('gate_checks', (t) => {
    // cleared / not-cleared / suspended; null on checks made before this migration.
    t.string('enterprise_clearance', 16);
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  if (db.client.config.client === 'pg') {
    await db.schema.alterTable('gate_checks', (t) => t.dropColumn('enterprise_clearance'));
    await db.schema.alterTable('projects', (t) => t.dropColumns(...COLUMNS));
    return;
  }
  // SQLite drops plain columns in place; knex's dropColumn would rebuild the tables, which other tables reference.
  await db.raw('ALTER TABLE gate_checks DROP COLUMN enterprise_clearance');
  for (const column of COLUMNS) await db.raw(`ALTER TABLE projects DROP COLUMN ${column}`);
}
