// Who filed a submission is asked often: an enterprise user's own list, the separation of duties (nobody reviews what
// they filed) and whether a file attached to a record may be read (the uploader's submissions naming the upload). An
// index on the filer, newest first, answers these without scanning the table. Never edit once merged.
import type { Knex } from 'knex';

/** Adds submissions_user_id_created_at_index. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('submissions', (t) => t.index(['user_id', 'created_at'], 'submissions_user_id_created_at_index'));
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('submissions', (t) => t.dropIndex(['user_id', 'created_at'], 'submissions_user_id_created_at_index'));
}
