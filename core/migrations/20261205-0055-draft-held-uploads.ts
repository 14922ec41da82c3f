// A saved draft held every file its data named, so an account could upload past its quota of unused files by saving a
// draft that named each batch, and the files stayed for good. `held_uploads` keeps the references a draft holds — those
// in its form's file fields, no more than the form can take (forms/draft-held-uploads.ts) — written with the draft, and
// the quota and the sweep read it (with the draft's age) instead of the data. Drafts saved before this hold what they
// named until saved again or left for the time a draft holds files (web/server/uploads/upload-quota.ts). Never edit
// once merged.
import type { Knex } from 'knex';

const UPLOAD_REF = /upload:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Adds submission_drafts.held_uploads and fills it from each draft's data. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('submission_drafts', (t) => {
    // `upload:<id>` references separated by spaces; empty when the draft holds no file.
    t.text('held_uploads').notNullable().defaultTo('');
  });
  const drafts: { id: number; data: unknown }[] = await db('submission_drafts').where('data', 'like', '%upload:%').select('id', 'data');
  for (const draft of drafts) {
    const text = typeof draft.data === 'string' ? draft.data : JSON.stringify(draft.data);
    const held = [...new Set(text.match(UPLOAD_REF) ?? [])].join(' ');
    await db('submission_drafts').where({ id: draft.id }).update({ held_uploads: held });
  }
}

/** Drops the column. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('submission_drafts', (t) => {
    t.dropColumn('held_uploads');
  });
}
