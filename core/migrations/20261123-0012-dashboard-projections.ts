// What the dashboard's figures read at city scale, stored at write time: a difficulty report's category and outcome
// as columns (instead of JSON extractions per report), a daily report's numbers on its report row, per-round totals
// and each enterprise's latest report, per-day visit totals, and the indexes the figures walk. Existing rows are
// backfilled here. Never edit once merged.
import type { Knex } from 'knex';
import { refreshRoundTotals } from '../dashboard/collection-day-totals';
import { REPORT_NUMBER_COLUMNS, reportNumbers } from '../dashboard/report-numbers';
import { refreshVisitDay } from '../dashboard/visit-day-totals';
import { countAtGate, type GateCount } from '../dashboard/gate-site-hours';

const BATCH = 500;
const asObject = (value: unknown): object => (typeof value === 'string' ? (JSON.parse(value) as object) : ((value as object | null) ?? {}));

async function addColumns(db: Knex): Promise<void> {
  await db.schema.alterTable('submissions', (t) => {
    t.string('category', 64);
    t.string('outcome', 32);
    // The difficulty figures per form and period read category, status and outcome from the index alone.
    t.index(['form_key', 'created_at', 'category', 'status', 'outcome'], 'submissions_form_figures_index');
  });
  // A ladder's current rung is its newest task: read from the index alone.
  await db.schema.alterTable('tasks', (t) => {
    t.index(['submission_id', 'created_at', 'step'], 'tasks_submission_id_created_at_step_index');
    // Reports on which an SLA ran out are found from the (few) escalated and expired tasks, not a scan of all tasks.
    t.index(['status', 'submission_id'], 'tasks_status_submission_id_index');
  });
  await db.schema.alterTable('collection_reports', (t) => {
    for (const column of REPORT_NUMBER_COLUMNS) t.integer(column);
  });
}

async function createTables(db: Knex): Promise<void> {
  await db.schema.createTable('collection_day_totals', (t) => {
    t.string('round_id', 160).primary().references('collection_rounds.id');
    t.string('form_key', 64).notNullable();
    t.string('local_date', 10).notNullable();
    // Report rows by status: targeted = all; pending = still expected (the round is open).
    for (const column of ['targeted', 'pending', 'on_time', 'late', 'missed', ...REPORT_NUMBER_COLUMNS])
      t.integer(column).notNullable().defaultTo(0);
    t.index(['form_key', 'local_date']);
  });
  await db.schema.createTable('collection_latest_reports', (t) => {
    t.string('form_key', 64).notNullable();
    t.integer('enterprise_id').notNullable().references('enterprises.id');
    t.string('local_date', 10).notNullable();
    t.string('round_id', 160).notNullable();
    t.string('submission_id', 64).notNullable();
    for (const column of REPORT_NUMBER_COLUMNS) t.integer(column);
    t.primary(['form_key', 'enterprise_id']);
    t.index(['form_key', 'local_date']);
  });
  await db.schema.createTable('gate_site_hours', (t) => {
    // The UTC hour (YYYY-MM-DDTHH) of the checks and releases counted.
    t.string('hour', 13).notNullable();
    t.integer('project_id').notNullable().references('projects.id');
    const counts = ['checks', 'admitted', 'quarantined', 'turned_back', 'released'];
    for (const column of counts) t.integer(column).notNullable().defaultTo(0);
    t.primary(['hour', 'project_id']);
    // Covering: per site (read in site order, no sort) and per hour, from the index alone.
    t.index(['project_id', 'hour', ...counts], 'gate_site_hours_project_index');
    t.index(['hour', ...counts], 'gate_site_hours_hour_index');
  });
  await db.schema.createTable('visit_day_totals', (t) => {
    t.string('visited_on', 10).primary();
    for (const column of ['visits', 'opinions', 'solved', 'coordinated', 'filed']) t.integer(column).notNullable().defaultTo(0);
  });
}

/** Fills the new difficulty columns and report numbers from the JSON already stored. */
async function backfillColumns(db: Knex): Promise<void> {
  for (let after = ''; ;) {
    const rows = await db('submissions').where('id', '>', after).orderBy('id').limit(BATCH).select('id', 'data', 'result');
    if (!rows.length) break;
    for (const row of rows) {
      const data = asObject(row.data) as Record<string, unknown>;
      const result = asObject(row.result) as { data?: Record<string, unknown> };
      const category = typeof data.category === 'string' ? data.category.slice(0, 64) : null;
      const outcome = typeof result.data?.outcome === 'string' ? result.data.outcome.slice(0, 32) : null;
      if (category || outcome) await db('submissions').where({ id: row.id }).update({ category, outcome });
    }
    after = String(rows.at(-1)!.id);
  }
  for (let after = 0; ;) {
    const rows = await db('collection_reports as r')
      .join('submissions as s', 's.id', 'r.submission_id')
      .where('r.id', '>', after)
      .orderBy('r.id')
      .limit(BATCH)
      .select('r.id', 's.data');
    if (!rows.length) break;
    for (const row of rows) await db('collection_reports').where({ id: row.id }).update(reportNumbers(row.data));
    after = Number(rows.at(-1)!.id);
  }
}

/** Builds the totals and latest reports from the rows already stored. */
async function backfillTotals(db: Knex): Promise<void> {
  for (const round of await db('collection_rounds').select('id')) await refreshRoundTotals(db, String(round.id));
  const reported = await db('collection_reports as r')
    .join('collection_rounds as k', 'k.id', 'r.round_id')
    .whereNotNull('r.submission_id')
    .orderBy('k.local_date')
    .select(
      'k.form_key',
      'r.enterprise_id',
      'k.local_date',
      'r.round_id',
      'r.submission_id',
      ...REPORT_NUMBER_COLUMNS.map((c) => `r.${c}`),
    );
  const latest = new Map(reported.map((row) => [`${row.form_key}|${row.enterprise_id}`, row]));
  const rows = [...latest.values()];
  for (let i = 0; i < rows.length; i += BATCH) await db('collection_latest_reports').insert(rows.slice(i, i + BATCH));
  for (const day of await db('visits').distinct('visited_on')) await refreshVisitDay(db, String(day.visited_on));
  // Instants are stored as ISO UTC text, so the hour is their first 13 characters.
  const checks: Record<string, string>[] = await db('gate_checks')
    .groupByRaw('1, 2, 3')
    .select('project_id', db.raw('substr(checked_at, 1, 13) as hour'), 'outcome')
    .count({ n: '*' });
  for (const row of checks)
    await countAtGate(
      db,
      Number(row.project_id),
      `${row.hour}:00:00Z`,
      row.outcome === 'turned-back' ? 'turned_back' : (row.outcome as GateCount),
      Number(row.n),
    );
  const releases: Record<string, string>[] = await db('quarantines')
    .whereNotNull('released_at')
    .groupByRaw('1, 2')
    .select('project_id', db.raw('substr(released_at, 1, 13) as hour'))
    .count({ n: '*' });
  for (const row of releases) await countAtGate(db, Number(row.project_id), `${row.hour}:00:00Z`, 'released', Number(row.n));
}

/** Adds the columns, tables and indexes, and backfills them. */
export async function up(db: Knex): Promise<void> {
  await addColumns(db);
  await createTables(db);
  await backfillColumns(db);
  await backfillTotals(db);
}

/** Removes them. */
export async function down(db: Knex): Promise<void> {
  for (const table of ['visit_day_totals', 'gate_site_hours', 'collection_latest_reports', 'collection_day_totals'])
    await db.schema.dropTableIfExists(table);
  await db.schema.alterTable('collection_reports', (t) => t.dropColumns(...REPORT_NUMBER_COLUMNS));
  await db.schema.alterTable('tasks', (t) => {
    t.dropIndex(['status', 'submission_id'], 'tasks_status_submission_id_index');
    t.dropIndex(['submission_id', 'created_at', 'step'], 'tasks_submission_id_created_at_step_index');
  });
  await db.schema.alterTable('submissions', (t) => {
    t.dropIndex(['form_key', 'created_at', 'category', 'status', 'outcome'], 'submissions_form_figures_index');
    t.dropColumns('category', 'outcome');
  });
}
