// The database-busy drill at test size: SQLite (and PostgreSQL when TEST_DATABASE_URL is set) with other writers.
import { describe, expect, it } from 'vitest';
import { databaseBusyDrill } from '#scripts/drills/database-busy-drill';
import { explain, testContext } from './drill-context';

describe('database busy', () => {
  it('loses no acknowledged write and answers every failure with a clear error while other pools write', async () => {
    const results = await databaseBusyDrill(testContext(), { requests: 150, writers: 2, pgUrl: process.env.TEST_DATABASE_URL });
    expect(
      results.map((r) => r.pass),
      explain(results),
    ).toEqual(results.map(() => true));
  }, 600_000);
});
