// Bringing the database to a usable state on start: migrations, shipped forms, and demo data on first run.
import type { Knex } from 'knex';
import { syncShippedForms } from '../forms/form-store';
import { migrate } from './db';
import { seedDemo, type DemoLogin } from './demo/demo-seed';
import { ensureReferenceData } from './org/reference-data';

/** What prepareDatabase did. */
export interface PrepareResult {
  formsAdded: string[];
  demoLogins: DemoLogin[];
}

/** Applies migrations, inserts missing reference data, loads new shipped form versions and (optionally) seeds demo data into an empty DB. */
export async function prepareDatabase(db: Knex, options: { seedDemo: boolean }): Promise<PrepareResult> {
  await migrate(db);
  await ensureReferenceData(db);
  const formsAdded = await syncShippedForms(db);
  const demoLogins = options.seedDemo ? await seedDemo(db) : [];
  return { formsAdded, demoLogins };
}
