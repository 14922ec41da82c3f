// Two web replicas and two workers start at the same moment after a deploy, each preparing the one app database:
// migrations, reference data, shipped forms and (for a demo) the seed. Several connections pools on one fresh
// database, as separate processes would hold, prepare it at once; all must come up, and everything exists once.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { createDb, migrate } from '#core/db';
import { migrationSource } from '#core/migrations/index';
import { withStartupLock } from '#core/startup-lock';

interface FreshDatabase {
  name: string;
  /** Opens `count` independent pools on one new, empty database; `drop` throws it away. */
  open(count: number): Promise<{ pools: Knex[]; lockFile?: string; drop(): Promise<void> }>;
}

const fresh: FreshDatabase[] = [
  {
    name: 'sqlite',
    async open(count) {
      const filename = join(mkdtempSync(join(tmpdir(), 'fugong-start-')), 'app.sqlite');
      const pools = Array.from({ length: count }, () => createDb({ client: 'sqlite3', filename }));
      return { pools, lockFile: `${filename}.start-up.lock`, drop: async () => undefined };
    },
  },
];
const url = process.env.TEST_DATABASE_URL;
if (url)
  fresh.push({
    name: 'postgres',
    async open(count) {
      const schema = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
      const admin = knexFactory({ client: 'pg', connection: url });
      await admin.raw(`create schema ${schema}`);
      const pools = Array.from({ length: count }, () =>
        knexFactory({ client: 'pg', connection: url, searchPath: [schema], pool: { min: 0, max: 4 } }),
      );
      return {
        pools,
        async drop() {
          await admin.raw(`drop schema ${schema} cascade`);
          await admin.destroy();
        },
      };
    },
  });

describe.each(fresh)('start-up of several processes on one fresh $name database', (database) => {
  it('lets three web processes and a worker prepare it at once: all come up, each migration applied once, demo data seeded once', async () => {
    const { pools, lockFile, drop } = await database.open(4);
    try {
      const [worker, ...webs] = pools;
      const outcomes = await Promise.allSettled([
        ...webs.map((db) => prepareDatabase(db, { seedDemo: true })),
        withStartupLock(worker!, () => migrate(worker!)),
      ]);
      expect(outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
      const seeded = outcomes.slice(0, 3).map((o) => (o as PromiseFulfilledResult<{ demoLogins: unknown[] }>).value.demoLogins.length);
      expect(seeded.filter((n) => n > 0)).toHaveLength(1);

      const names = await pools[1]!('knex_migrations').pluck('name');
      const shipped = (await migrationSource.getMigrations([])).map((m) => m[0]);
      expect([...names].sort()).toEqual([...shipped].sort());
      const users = await pools[2]!('users').groupBy('username').having(pools[2]!.raw('count(*) > 1')).pluck('username');
      expect(users).toEqual([]);
      expect(Number((await pools[2]!('users').count({ n: '*' }))[0]!.n)).toBe(seeded.find((n) => n > 0));
      const forms = await pools[3]!('form_definitions').groupBy('key', 'version').having(pools[3]!.raw('count(*) > 1')).pluck('key');
      expect(forms).toEqual([]);
      if (lockFile) expect(existsSync(lockFile)).toBe(false);
    } finally {
      for (const db of pools) await db.destroy();
      await drop();
    }
  });
});
