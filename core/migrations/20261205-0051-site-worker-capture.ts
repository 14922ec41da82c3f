// What each site took down about a worker at its own gate checks (the security review of the gate look-up): the name
// of its latest check and the latest mobile given there, beside the worker's standing at the site. The worker's record
// stays the keeping site's; a site that does not keep it reads its own capture, never the keeper's. Backfilled from the
// gate checks' submissions, which hold what was typed at each check. Never edit once merged.
import type { Knex } from 'knex';

/** A field of a gate check's submission data, as SQL (`alias` is the submissions row). */
function field(db: Knex, alias: string, key: 'name' | 'mobile'): string {
  return db.client.config.client === 'pg' ? `(${alias}.data::jsonb ->> '${key}')` : `json_extract(${alias}.data, '$.${key}')`;
}

/** Adds site_workers.name and site_workers.mobile and fills them from each site's own checks. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('site_workers', (t) => {
    t.string('name', 100);
    t.string('mobile', 20);
  });
  const name = field(db, 'sub', 'name');
  const mobile = field(db, 'sub', 'mobile');
  await db.raw(`UPDATE site_workers SET name = (SELECT ${name} FROM submissions sub WHERE sub.id = site_workers.last_check_id)`);
  await db.raw(
    `UPDATE site_workers SET mobile = (
       SELECT ${mobile} FROM gate_checks g JOIN submissions sub ON sub.id = g.id
       WHERE g.project_id = site_workers.project_id AND g.worker_id = site_workers.worker_id AND ${mobile} <> ''
       ORDER BY g.checked_at DESC, g.id DESC LIMIT 1)`,
  );
}

/** Drops them again. */
export async function down(db: Knex): Promise<void> {
  if (db.client.config.client === 'pg') {
    await db.schema.alterTable('site_workers', (t) => {
      t.dropColumn('name');
      t.dropColumn('mobile');
    });
  } else {
    // SQLite drops an unconstrained column in place; knex's dropColumn would rebuild the table.
    await db.raw('ALTER TABLE site_workers DROP COLUMN name');
    await db.raw('ALTER TABLE site_workers DROP COLUMN mobile');
  }
}
