// Rolling the schema back to just before one migration, whatever has been added after it since.
import type { Knex } from 'knex';
import { migrationSource } from '#core/migrations';

/** Undoes migrations one at a time, newest first, until `name` itself is undone; returns their names in that order. */
export async function migrateDownThrough(db: Knex, name: string): Promise<string[]> {
  const rolledBack: string[] = [];
  while (!rolledBack.includes(name)) {
    const [, names] = (await db.migrate.down({ migrationSource })) as [unknown, string[]];
    if (!names.length) break;
    rolledBack.push(...names);
  }
  return rolledBack;
}
