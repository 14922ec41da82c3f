// Timeline lines written by workflow steps carry a key, so a retried activity never writes one twice. Never edit once merged.
import type { Knex } from 'knex';

/** Adds the key column; older lines have none. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('submission_events', (t) => {
    t.string('event_key', 200).nullable().unique();
  });
}

/** Drops it. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('submission_events', (t) => {
    t.dropUnique(['event_key']);
    t.dropColumn('event_key');
  });
}
