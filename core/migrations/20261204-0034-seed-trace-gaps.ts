// Rules of the seeds that had no home (README "Not yet covered"): the epidemic-prevention stock of each daily report
// as columns the dashboard sums (003 防控物资); the per-enterprise service measures a cadre records (000 §III.1
// "一企一策"); a project's epidemic safety officer and resident officer (002 防疫安全管理专员、驻厂员). Plain columns
// only on existing tables, so SQLite adds them without rebuilding the table. Never edit once merged.
import type { Knex } from 'knex';
import { fromJson } from '../db';
import { supplyNumbers, type FigureFields } from '../dashboard/report-numbers';

/** Stock columns of a daily report, read from the fields `params.figures` binds (core/dashboard/report-numbers.ts). */
const SUPPLY_COLUMNS = ['masks', 'disinfectant', 'thermometers'];
const REPORT_TABLES = ['collection_reports', 'collection_latest_reports'];
const PROJECT_COLUMNS = [
  'safety_officer_name',
  'safety_officer_mobile',
  'safety_officer_set_by',
  'safety_officer_set_at',
  'resident_officer_name',
  'resident_officer_mobile',
  'resident_officer_set_by',
  'resident_officer_set_at',
];

// Reports filed before this migration get their stock from their data, read through their version's bindings.
async function backfillStock(db: Knex): Promise<void> {
  const rows: Record<string, unknown>[] = await db('collection_reports as r')
    .join('submissions as s', 's.id', 'r.submission_id')
    .join('form_definitions as f', function joinVersion() {
      this.on('f.key', 's.form_key').andOn('f.version', 's.form_version');
    })
    .select('r.id', 'r.submission_id', 's.data', 'f.process');
  for (const row of rows) {
    const figures = fromJson<{ params?: { figures?: FigureFields } }>(row.process).params?.figures;
    const stock = supplyNumbers(row.data, figures);
    await db('collection_reports').where({ id: row.id }).update(stock);
    await db('collection_latest_reports').where({ submission_id: row.submission_id }).update(stock);
  }
}

/** Adds the stock columns (filled from the reports already filed), the measures table and the officers of a project. */
export async function up(db: Knex): Promise<void> {
  for (const table of REPORT_TABLES)
    await db.schema.alterTable(table, (t) => {
      for (const column of SUPPLY_COLUMNS) t.integer(column);
    });
  await backfillStock(db);
  await db.schema.createTable('enterprise_measures', (t) => {
    t.increments('id');
    t.integer('enterprise_id').notNullable().references('enterprises.id');
    t.string('measure', 500).notNullable();
    t.string('category', 32).notNullable();
    t.string('responsible', 100).notNullable();
    t.string('due_on', 10).notNullable();
    t.string('status', 16).notNullable();
    t.string('outcome', 1000);
    t.integer('created_by').notNullable().references('users.id');
    t.string('created_at', 30).notNullable();
    t.integer('updated_by').references('users.id');
    t.string('updated_at', 30);
    t.index(['enterprise_id', 'status']);
  });
  await db.schema.alterTable('projects', (t) => {
    t.string('safety_officer_name', 50);
    t.string('safety_officer_mobile', 20);
    t.integer('safety_officer_set_by');
    t.string('safety_officer_set_at', 30);
    t.string('resident_officer_name', 50);
    t.string('resident_officer_mobile', 20);
    t.integer('resident_officer_set_by');
    t.string('resident_officer_set_at', 30);
  });
}

async function dropColumns(db: Knex, table: string, columns: string[]): Promise<void> {
  if (db.client.config.client === 'pg') {
    await db.schema.alterTable(table, (t) => t.dropColumns(...columns));
    return;
  }
  // SQLite drops plain columns in place; knex's dropColumn would rebuild the table, which other tables reference.
  for (const column of columns) await db.raw(`ALTER TABLE ${table} DROP COLUMN ${column}`);
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await dropColumns(db, 'projects', PROJECT_COLUMNS);
  await db.schema.dropTableIfExists('enterprise_measures');
  for (const table of REPORT_TABLES) await dropColumns(db, table, SUPPLY_COLUMNS);
}
