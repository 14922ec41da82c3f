// A rolling upgrade replaces replicas one at a time: an old web replica that restarts after a new worker migrated the
// database, or a rollback to the release before, starts on a database with migrations it does not know. They only add
// (deploy/README.md, "Upgrading with running workflows"), so it must come up and say so, not refuse with knex's
// "The migration directory is corrupt" stack and leave the city with no replica of the release it rolled back to.
import { describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { migrate } from '#core/db';
import { testDatabases } from '../helpers/test-db';

const NEWER = '20991231-9999-from-a-newer-release';

describe.each(testDatabases())('a $name database a newer release has migrated', ({ open }) => {
  it('is used as it is by this release, which names the migrations it does not know', async () => {
    const { db, close } = await open();
    try {
      await db('knex_migrations').insert({ name: NEWER, batch: 999, migration_time: new Date() });
      expect(await migrate(db)).toEqual([NEWER]);
      const prepared = await prepareDatabase(db, { seedDemo: false });
      expect(prepared.newerMigrations).toEqual([NEWER]);
    } finally {
      await close();
    }
  });

  it('names none when it holds only this release’s migrations', async () => {
    const { db, close } = await open();
    try {
      expect(await migrate(db)).toEqual([]);
    } finally {
      await close();
    }
  });
});
