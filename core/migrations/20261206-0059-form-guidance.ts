// A form's description is written for administrators (who handles it, escalations, follow-up tasks); the filler reads
// `guidance` in its place: what to fill, by when, what happens next. A JSON {zh-CN, en}, null for every version stored
// before (their fill page keeps showing the description). Never edit once merged.
import type { Knex } from 'knex';

/** Adds form_definitions.guidance, nullable. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('form_definitions', (t) => {
    t.text('guidance').nullable();
  });
}

/** Drops the column. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('form_definitions', (t) => {
    t.dropColumn('guidance');
  });
}
