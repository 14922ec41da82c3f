// A text about someone's record (a quarantined worker's) keeps, beside what was sent, the same template rendered with
// the personal values masked: admins checking why a text did not arrive read what it said without reading the person
// (web/server/outbox/shown-content.ts). Null on rows recorded before, and on messages with nothing to mask. Never edit
// once merged.
import type { Knex } from 'knex';

/** Adds outbox.masked_text. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('outbox', (t) => {
    t.text('masked_text');
  });
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('outbox', (t) => {
    t.dropColumn('masked_text');
  });
}
