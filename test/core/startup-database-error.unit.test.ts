// The start-up's work after its database check (migrations, reference data) turns a database that went away into the
// check's one line; a statement's own fault stays an error with its stack, since no setting would fix it.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '#core/config';
import { databaseUnavailable } from '#core/database-unavailable';
import { startupDatabaseError } from '#core/startup-checks';

const pg = { client: 'pg', url: 'postgres://fugong:s3cret@db.internal:5432/fugong' } as const;

describe('a database gone between the start-up check and the migrations', () => {
  it.each([
    ['refused', Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' })],
    ['reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['dropped', Object.assign(new Error('database "fugong" does not exist'), { code: '3D000' })],
    ['shut down', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['full of connections', Object.assign(new Error('sorry, too many clients already'), { code: '53300' })],
    ['cut mid-way', new Error('Connection terminated unexpectedly')],
    ['out of pool time', new Error('Knex: Timeout acquiring a connection. The pool is probably full.')],
  ])('counts a connection %s as the database being unavailable', (_how, error) => {
    expect(databaseUnavailable(error)).toBe(true);
    const said = startupDatabaseError(pg, error);
    expect(said).toBeInstanceOf(ConfigError);
    expect((said as Error).message).toMatch(/^DATABASE_URL postgres:\/\/fugong:\*\*\*@db\.internal:5432\/fugong cannot be used: /);
  });

  it.each([
    ['a syntax error', Object.assign(new Error('syntax error at or near "tabel"'), { code: '42601' })],
    ['a unique violation', Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('leaves %s as it is', (_what, error) => {
    expect(databaseUnavailable(error)).toBe(false);
    expect(startupDatabaseError(pg, error)).toBe(error);
  });
});
