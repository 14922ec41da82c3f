// Human case numbers: a prefix per form definition, a number per submission and a counter per prefix and local day.
// Existing submissions are numbered in the order they were created. Never edit once merged.
import type { Knex } from 'knex';
import { loadConfig } from '../config';
import { casePrefixOf, formatCaseNumber, SHIPPED_CASE_PREFIXES } from '../domain/case-number';
import { localDate } from '../domain/working-calendar';

const BATCH = 500;

/** Adds the columns and the counters, then numbers every existing submission. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('form_definitions', (t) => {
    t.string('case_prefix', 8);
  });
  await db.schema.alterTable('submissions', (t) => {
    t.string('case_number', 32);
    t.unique(['case_number']);
  });
  await db.schema.createTable('case_counters', (t) => {
    t.string('prefix', 8).notNullable();
    t.string('day', 8).notNullable();
    t.integer('last').notNullable();
    t.primary(['prefix', 'day']);
  });
  for (const [key, prefix] of Object.entries(SHIPPED_CASE_PREFIXES)) {
    await db('form_definitions').where({ key }).whereNull('case_prefix').update({ case_prefix: prefix });
  }
  // A migration receives only the database; the local day follows the configured time zone like every deadline.
  await numberExistingSubmissions(db, loadConfig().timeZone);
}

/** Numbers the submissions that have no case number yet, oldest first, per prefix and local day; sets the counters. */
export async function numberExistingSubmissions(db: Knex, timeZone: string): Promise<void> {
  const prefixes = new Map<string, string>();
  const counters = new Map<string, number>();
  // Numbered rows leave the null set, so each batch starts at the front again.
  for (;;) {
    const rows: { id: string; form_key: string; created_at: string }[] = await db('submissions')
      .whereNull('case_number')
      .orderBy([{ column: 'created_at' }, { column: 'id' }])
      .limit(BATCH)
      .select('id', 'form_key', 'created_at');
    if (rows.length === 0) break;
    for (const row of rows) {
      if (!prefixes.has(row.form_key)) {
        const own = await db('form_definitions').where({ key: row.form_key }).orderBy('version', 'desc').first('case_prefix');
        prefixes.set(row.form_key, casePrefixOf(row.form_key, own?.case_prefix));
      }
      const prefix = prefixes.get(row.form_key)!;
      const day = localDate(row.created_at, timeZone);
      const key = `${prefix}/${day}`;
      const sequence = (counters.get(key) ?? 0) + 1;
      counters.set(key, sequence);
      await db('submissions')
        .where({ id: row.id })
        .update({ case_number: formatCaseNumber(prefix, day, sequence) });
    }
  }
  for (const [key, last] of counters) {
    const [prefix, day] = key.split('/') as [string, string];
    await db('case_counters')
      .insert({ prefix, day: day.replaceAll('-', ''), last })
      .onConflict(['prefix', 'day'])
      .merge();
  }
}

/** Drops them. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('case_counters');
  await db.schema.alterTable('submissions', (t) => {
    t.dropUnique(['case_number']);
    t.dropColumn('case_number');
  });
  await db.schema.alterTable('form_definitions', (t) => {
    t.dropColumn('case_prefix');
  });
}
