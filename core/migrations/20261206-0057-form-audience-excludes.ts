// A form's audience names roles; a role may hold accounts a form is not for (an inspection body's members hold the
// special_class role of the service class, yet its nominations and good-practice articles are not theirs to file).
// `audience_excludes` lists who a version leaves out of the roles it names (forms/form-audience.ts); empty for every
// version stored before, which keeps the audience it had. Never edit once merged.
import type { Knex } from 'knex';

/** Adds form_definitions.audience_excludes, a JSON list, empty for existing versions. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('form_definitions', (t) => {
    t.text('audience_excludes').notNullable().defaultTo('[]');
  });
}

/** Drops the column. */
export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('form_definitions', (t) => {
    t.dropColumn('audience_excludes');
  });
}
