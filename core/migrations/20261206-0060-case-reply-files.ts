// An enterprise answers a return for more information with documents as well as words (a permit's photo, a PDF): each
// accepted answer is a row naming the files it carried (`upload:<id>` refs, space-separated, as a draft's held files
// are), so the upload quota and sweep count them as attached and a cadre's timeline shows them beside the answer. The
// files stay out of the workflow: its `ladder.reply` event keeps the text, this row keeps the files. Never edit once
// merged.
import type { Knex } from 'knex';

/** Creates case_replies, indexed by case and by the answering account (the upload checks correlate by uploader). */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('case_replies', (t) => {
    t.increments('id').primary();
    t.string('submission_id', 64).notNullable().references('submissions.id');
    t.integer('user_id').notNullable().references('users.id');
    t.text('text').notNullable();
    t.text('uploads').notNullable();
    t.string('created_at', 30).notNullable();
    t.index(['submission_id', 'id']);
    t.index(['user_id']);
  });
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('case_replies');
}
