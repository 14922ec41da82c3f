// A decision's audit entry is written before the workflow is asked to take the decision, not after: a process stopped
// between the two used to leave a decision that stands with no entry in the log. The entry waits in `audit_pending`,
// named by the id of the update that carries the decision, and moves to `audit_log` once the workflow has accepted it;
// a refused decision's entry is deleted, and one left by a stopped process is settled from the workflow's history
// (web/server/audit/pending-audits.ts). The log keeps the update's id (`audit_log.update_id`, unique) so the entry is
// written once whoever moves it. The log itself stays append-only and lists accepted entries only. Never edit once merged.
import type { Knex } from 'knex';

/** Creates audit_pending and adds audit_log.update_id (unique, null on entries not made through an update). */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('audit_pending', (t) => {
    t.string('update_id', 64).primary();
    t.string('workflow_id', 255).notNullable();
    t.integer('actor_id');
    t.string('actor_role', 32);
    t.string('action', 64).notNullable();
    t.string('target_type', 64).notNullable();
    t.string('target_id', 128).notNullable();
    t.text('summary').notNullable();
    t.string('request_id', 64);
    t.string('created_at', 30).notNullable();
    t.index(['created_at']);
  });
  await db.schema.alterTable('audit_log', (t) => {
    t.string('update_id', 64).nullable().unique();
  });
}

/** Drops them again (entries still pending were never known to be decisions that stand). */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('audit_log', (t) => t.dropUnique(['update_id']));
  if (db.client.config.client === 'pg') await db.schema.alterTable('audit_log', (t) => t.dropColumn('update_id'));
  else await db.raw('ALTER TABLE audit_log DROP COLUMN update_id');
  await db.schema.dropTable('audit_pending');
}
