// Uploads no longer fill the disk (the upload quota, web/server/uploads/upload-quota.ts): a reservation per upload
// being received, taken in a write transaction before the bytes are read, so parallel uploads of one account count
// each other; uploads by uploader and time, for that account's counts; and `kept_at`, set when the sweep of
// unattached uploads finds one attached to a record that is never edited (a submission, a visit, a task's decision),
// so later sweeps pass it by and read only the uploads still undecided. Never edit once merged.
import type { Knex } from 'knex';

/** Creates upload_reservations; adds uploads.kept_at and the indexes. */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('upload_reservations', (t) => {
    // The id the upload will have.
    t.string('id', 64).primary();
    t.integer('user_id').notNullable().references('users.id');
    t.integer('bytes').notNullable();
    t.string('created_at', 30).notNullable();
    t.index(['user_id', 'created_at']);
  });
  await db.schema.alterTable('uploads', (t) => {
    t.string('kept_at', 30);
    t.index(['user_id', 'created_at'], 'uploads_user_id_created_at_index');
    t.index(['kept_at', 'created_at'], 'uploads_kept_at_created_at_index');
  });
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('uploads', (t) => {
    t.dropIndex(['kept_at', 'created_at'], 'uploads_kept_at_created_at_index');
    t.dropIndex(['user_id', 'created_at'], 'uploads_user_id_created_at_index');
  });
  await db.schema.alterTable('uploads', (t) => {
    t.dropColumn('kept_at');
  });
  await db.schema.dropTable('upload_reservations');
}
