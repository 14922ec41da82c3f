import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '#core/db';
import { preparedStatements, type SqliteDatabase } from '#core/sqlite-statements';

const require = createRequire(import.meta.url);
const sqlite3 = require('sqlite3') as {
  Database: new (
    file: string,
    cb: (err: Error | null) => void,
  ) => SqliteDatabase & { close(cb: (err: Error | null) => void): void; exec(sql: string, cb: (err: Error | null) => void): void };
};

const freshFile = () => join(mkdtempSync(join(tmpdir(), 'fugong-statements-')), 'db.sqlite');

describe('statements kept prepared on a SQLite connection (through knex)', () => {
  let db: Knex;
  beforeAll(async () => {
    db = createDb({ client: 'sqlite3', filename: freshFile() });
    await db.schema.createTable('things', (t) => {
      t.increments('id');
      t.string('name').notNullable().unique();
    });
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('gives each of many callers of the same statement its own rows', async () => {
    await db('things').insert([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    const names = ['a', 'b', 'c', 'a', 'c', 'b', 'nobody'];
    const rows = await Promise.all(names.map((name) => db('things').where({ name }).first('name')));
    expect(rows.map((r) => r?.name)).toEqual(['a', 'b', 'c', 'a', 'c', 'b', undefined]);
  });

  it('answers each insert with its own id and each delete with its own count', async () => {
    const ids = await Promise.all(['d', 'e', 'f'].map((name) => db('things').insert({ name })));
    const stored = await db('things').whereIn('name', ['d', 'e', 'f']).orderBy('name').pluck('id');
    expect(ids.map(([id]) => id)).toEqual(stored);
    const counts = await Promise.all([db('things').where({ name: 'd' }).delete(), db('things').where({ name: 'zz' }).delete()]);
    expect(counts).toEqual([1, 0]);
  });

  it('answers a failing statement with its own error, and the same statement runs afterwards', async () => {
    await expect(db('things').insert({ name: 'a' })).rejects.toThrow(/UNIQUE constraint failed: things.name/);
    await expect(db('things').insert({ name: 'g' })).resolves.toHaveLength(1);
    await expect(db.raw('select 1 from nowhere')).rejects.toThrow(/no such table: nowhere/);
    await expect(db.raw('select 1 from nowhere')).rejects.toThrow(/no such table: nowhere/);
  });

  it('rolls a transaction back and commits the next one on the same prepared BEGIN and COMMIT', async () => {
    await expect(
      db.transaction(async (trx) => {
        await trx('things').insert({ name: 'h' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await db.transaction(async (trx) => trx('things').insert({ name: 'i' }));
    expect(await db('things').whereIn('name', ['h', 'i']).pluck('name')).toEqual(['i']);
  });

  it('sees a table changed after its statements were prepared', async () => {
    await db.schema.alterTable('things', (t) => t.string('colour'));
    await db('things').where({ name: 'a' }).update({ colour: 'red' });
    expect(await db('things').where({ name: 'a' }).first('name', 'colour')).toEqual({ name: 'a', colour: 'red' });
  });
});

describe('prepared statements of one connection', () => {
  it('keeps at most the newest few, still answers calls made on one being dropped, and lets the connection close', async () => {
    const file = freshFile();
    const connection = await new Promise<InstanceType<typeof sqlite3.Database>>((resolve, reject) => {
      const c = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(c)));
    });
    await new Promise<void>((resolve, reject) => connection.exec('create table n (v integer)', (err) => (err ? reject(err) : resolve())));
    const statements = preparedStatements(connection, 2);
    // Five different statements at once through a cache of two: each older one is dropped while its call is pending.
    const answers = await Promise.all([1, 2, 3, 4, 5].map((v) => statements.execute(`select ${v} as v`, [], 'all')));
    expect(answers.map((a) => (a.response as { v: number }[])[0]!.v)).toEqual([1, 2, 3, 4, 5]);
    const inserted = await statements.execute('insert into n (v) values (?)', [7], 'run');
    expect(inserted.context).toEqual({ lastID: 1, changes: 1 });
    await statements.finalizeAll();
    await new Promise<void>((resolve, reject) => connection.close((err) => (err ? reject(err) : resolve())));
  });

  it('cannot close a connection whose statements are still prepared (why the client finalizes them first)', async () => {
    const connection = await new Promise<InstanceType<typeof sqlite3.Database>>((resolve, reject) => {
      const c = new sqlite3.Database(freshFile(), (err) => (err ? reject(err) : resolve(c)));
    });
    const statements = preparedStatements(connection);
    await statements.execute('select 1 as v', [], 'all');
    await expect(new Promise<void>((resolve, reject) => connection.close((err) => (err ? reject(err) : resolve())))).rejects.toThrow(
      /unfinalized statements|SQLITE_BUSY/,
    );
    await statements.finalizeAll();
    await new Promise<void>((resolve, reject) => connection.close((err) => (err ? reject(err) : resolve())));
  });
});
