// Migration 0012 backfills the dashboard's projections from the rows already stored: rolled back and applied again
// over the seeded scenario, it rebuilds exactly what the write paths kept up to date.
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { migrationSource } from '#core/migrations';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases } from '../helpers/test-db';
import { seedScenario } from './dashboard-scenario';

/** Every projection the migration adds, in a stable order. */
async function projections(db: Knex) {
  return {
    submissions: await db('submissions')
      .whereNotNull('category')
      .orWhereNotNull('outcome')
      .orderBy('id')
      .select('id', 'category', 'outcome'),
    reports: await db('collection_reports')
      .orderBy('id')
      .select('id', 'workers_on_site', 'returned_today', 'awaiting_return', 'projects_started', 'projects_ready', 'projects_delayed'),
    days: await db('collection_day_totals').orderBy('round_id').select(),
    latest: await db('collection_latest_reports').orderBy(['form_key', 'enterprise_id']).select(),
    visits: await db('visit_day_totals').orderBy('visited_on').select(),
    gate: await db('gate_site_hours').orderBy(['hour', 'project_id']).select(),
  };
}

describe.each(testDatabases())('dashboard projections migration on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: true });
    await seedScenario(db);
  });
  afterAll(async () => {
    await close?.();
  });

  it('rebuilds, from the stored rows, the projections the write paths kept', async () => {
    const kept = await projections(db);
    expect(kept.days).toHaveLength(3);
    expect(kept.visits.length).toBeGreaterThan(20);
    expect(kept.gate.length).toBeGreaterThan(0);
    // Later migrations are rolled back first, newest first, down to 0012 itself.
    const rolledBack = await migrateDownThrough(db, '20261123-0012-dashboard-projections');
    expect(rolledBack.at(-1)).toBe('20261123-0012-dashboard-projections');
    await db.migrate.latest({ migrationSource });
    expect(await projections(db)).toEqual(kept);
  });
});
