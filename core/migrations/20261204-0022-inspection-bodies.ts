// Inspection bodies (issue 19, P2; seed 003 "三级检查"): the town/street inspection team, the joint inspection team and the
// industry regulator are organisation units with members, like the service class's working groups, so they live in the
// same table with a kind that tells them apart. Existing rows are the service class's groups. Never edit once merged.
import type { Knex } from 'knex';

/** Adds working_groups.kind ('service' | 'inspection'). */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('working_groups', (t) => {
    t.string('kind', 16).notNullable().defaultTo('service');
  });
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  if (db.client.config.client === 'pg') await db.schema.alterTable('working_groups', (t) => t.dropColumn('kind'));
  // SQLite drops a plain column in place; knex's dropColumn would rebuild `working_groups`, which users reference.
  else await db.raw('ALTER TABLE working_groups DROP COLUMN kind');
}
