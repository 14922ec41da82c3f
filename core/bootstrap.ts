// Bringing the database to a usable state on start: migrations, shipped forms, and demo data on first run.
import type { Knex } from 'knex';
import { syncShippedForms } from '../forms/form-store';
import { migrate } from './db';
import { seedDemo, type DemoLogin } from './demo/demo-seed';

/** What prepareDatabase did. */
export interface PrepareResult {
  formsAdded: string[];
  demoLogins: DemoLogin[];
}

/** Applies migrations, loads new shipped form versions and (optionally) seeds demo data into an empty DB. */
export async function prepareDatabase(db: Knex, options: { seedDemo: boolean }): Promise<PrepareResult> {
  await migrate(db);
  const formsAdded = await syncShippedForms(db);
  const demoLogins = options.seedDemo ? await seedDemo(db) : [];
  return { formsAdded, demoLogins };
}
