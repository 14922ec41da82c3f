// A test run killed before its teardown leaves its PostgreSQL databases (the template, each test's clone) on the server;
// the next run drops them, and only them: not a database of a run still going, nor one another machine made.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropLeftovers, markMaker } from '../helpers/postgres-makers';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('PostgreSQL databases a killed test run left', () => {
  let admin: Knex;
  const made: string[] = [];
  const databases = async () =>
    ((await admin.raw('select datname from pg_database')) as { rows: { datname: string }[] }).rows.map((row) => row.datname);
  const make = async (comment?: string) => {
    const name = `leftover_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await admin.raw('create database ??', [name]);
    made.push(name);
    if (comment === undefined) await markMaker(admin, name);
    else await admin.raw(`comment on database ?? is '${comment}'`, [name]);
    return name;
  };

  beforeAll(() => {
    admin = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  });
  afterAll(async () => {
    for (const name of made) await admin.raw('drop database if exists ?? with (force)', [name]);
    await admin.destroy();
  });

  it('drops a database whose maker on this host is gone, and keeps a living run’s, another host’s and an unmarked one', async () => {
    // A process that has ended: its number names no one now.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const killedRuns = await make(`fugong test run ${hostname()} ${gone}`);
    const living = await make();
    const otherHost = await make(`fugong test run another-machine-${randomUUID()} ${gone}`);
    const unmarked = await make('a database someone made by hand');

    const dropped = await dropLeftovers(admin);

    expect(dropped).toContain(killedRuns);
    const left = await databases();
    expect(left).not.toContain(killedRuns);
    expect(left).toEqual(expect.arrayContaining([living, otherHost, unmarked]));
  });
});
