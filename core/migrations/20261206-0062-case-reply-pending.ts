// An answer's files are linked before the workflow is asked to accept the answer, not after: a process stopped between
// the two used to leave an accepted answer without its files. A row is written pending, named by the id of the update
// that carries the answer (`update_id`), and `accepted_at` is set once the workflow has accepted it; a refused answer's
// row is deleted, and one left pending by a stopped process is settled from the workflow's history
// (web/server/cases/pending-replies.ts). Every row written before is an accepted answer. Never edit once merged.
import type { Knex } from 'knex';

/** Adds case_replies.update_id (unique, null on rows from before) and accepted_at (null while pending). */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('case_replies', (t) => {
    t.string('update_id', 64).nullable().unique();
    t.string('accepted_at', 30).nullable();
    t.index(['accepted_at', 'created_at']);
  });
  await db('case_replies').update({ accepted_at: db.ref('created_at') });
}

/** Drops the columns (and pending rows, which nothing before this knew to hide). */
export async function down(db: Knex): Promise<void> {
  await db('case_replies').whereNull('accepted_at').delete();
  await db.schema.alterTable('case_replies', (t) => {
    t.dropIndex(['accepted_at', 'created_at']);
    t.dropUnique(['update_id']);
  });
  if (db.client.config.client === 'pg') {
    await db.schema.alterTable('case_replies', (t) => t.dropColumns('update_id', 'accepted_at'));
  } else {
    await db.raw('ALTER TABLE case_replies DROP COLUMN update_id');
    await db.raw('ALTER TABLE case_replies DROP COLUMN accepted_at');
  }
}
