// Migrations are listed in code (not discovered on disk) so tsx, vitest and the bundled image all see the same list.
import type { Knex } from 'knex';
import * as foundation from './20261123-0001-foundation';
import * as organisation from './20261123-0002-organisation';
import * as submissionExtras from './20261123-0003-submission-extras';
import * as humanTasks from './20261123-0004-human-tasks';

type Migration = { up: (db: Knex) => Promise<void>; down: (db: Knex) => Promise<void> };

const MIGRATIONS: ReadonlyArray<readonly [string, Migration]> = [
  ['20261123-0001-foundation', foundation],
  ['20261123-0002-organisation', organisation],
  ['20261123-0003-submission-extras', submissionExtras],
  ['20261123-0004-human-tasks', humanTasks],
];

/** knex migration source over the list above; names are stable forever. */
export const migrationSource: Knex.MigrationSource<readonly [string, Migration]> = {
  getMigrations: async () => [...MIGRATIONS],
  getMigrationName: ([name]) => name,
  getMigration: async ([, migration]) => migration,
};
