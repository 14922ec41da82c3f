// The visit log becomes a form definition (forms/definitions/visit-log.json, issue 18): a visit keeps the version of
// the definition it was made with and its form data, so a field an administrator adds is stored and shown without a
// column of its own. The columns the dashboard and the roll-up triggers of 0030 read (cadre_id, visited_on and the
// counts) stay and are still written; columns are added rather than the table rebuilt, so those triggers stay as
// they are. Existing visits are filled in as version 1 with data made from their columns and problems.
// Never edit once merged.
import type { Knex } from 'knex';

/** The shipped visit-log version whose fields are exactly the old columns. */
const FIRST_VERSION = 1;
const BATCH = 500;

/** Form data of a visit stored before this migration, from its columns and its problems, in the definition's shape. */
function dataOf(visit: Record<string, unknown>, problems: Record<string, unknown>[]): Record<string, unknown> {
  const data: Record<string, unknown> = {
    enterpriseId: Number(visit.enterprise_id),
    visitedOn: String(visit.visited_on),
    peopleMet: String(visit.people_met),
    opinionsCount: Number(visit.opinions_count),
  };
  if (visit.opinions) data.opinions = String(visit.opinions);
  if (problems.length) {
    data.problems = problems.map((p) => ({
      kind: String(p.kind),
      ...(p.category ? { category: String(p.category) } : {}),
      description: String(p.description),
    }));
  }
  return data;
}

async function backfill(db: Knex): Promise<void> {
  for (let after = 0; ;) {
    const visits = await db('visits').where('id', '>', after).orderBy('id').limit(BATCH);
    if (!visits.length) return;
    const ids = visits.map((visit) => Number(visit.id));
    const problems = await db('visit_problems').whereIn('visit_id', ids).orderBy('id');
    for (const visit of visits) {
      const own = problems.filter((p) => Number(p.visit_id) === Number(visit.id));
      await db('visits')
        .where({ id: visit.id })
        .update({ form_version: FIRST_VERSION, data: JSON.stringify(dataOf(visit, own)) });
    }
    after = ids.at(-1)!;
  }
}

/** Adds the version and data of each visit and fills them for the visits already stored. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('visits', (t) => {
    t.integer('form_version').notNullable().defaultTo(FIRST_VERSION);
    t.text('data');
  });
  await backfill(db);
}

/** Drops them again, in place: rebuilding the table (knex's way on SQLite) would drop the roll-up triggers of 0030. */
export async function down(db: Knex): Promise<void> {
  for (const column of ['data', 'form_version']) await db.raw(`alter table visits drop column ${column}`);
}
