// knex's SQLite client, with every write transaction opened by `BEGIN IMMEDIATE`. A plain `BEGIN` is deferred: the
// transaction takes SQLite's write lock only at its first write, and when that write finds another process (the worker,
// the web server) holding the lock, SQLite answers "busy" at once instead of waiting its busy timeout — it cannot wait,
// since the transaction's earlier reads may already be stale. Taking the write lock at `BEGIN` makes the wait happen
// there, where the busy timeout applies, so contention between processes costs time, not a 503.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Query = (conn: unknown, sql: string) => Promise<unknown>;
type TransactionClass = new (...args: unknown[]) => { readOnly?: boolean; query: Query };
type ClientClass = new (config: unknown) => object;

const SqliteTransaction = require('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as TransactionClass;
const SqliteClient = require('knex/lib/dialects/sqlite3/index.js') as ClientClass;

class ImmediateTransaction extends SqliteTransaction {
  begin(conn: unknown) {
    // `db.transaction(fn, { readOnly: true })` reads a consistent snapshot without blocking other writers.
    return this.query(conn, this.readOnly ? 'BEGIN DEFERRED;' : 'BEGIN IMMEDIATE;');
  }
}

/** The sqlite3 dialect whose transactions take the write lock when they begin; pass it as knex's `client`. */
export class ImmediateSqliteClient extends SqliteClient {
  transaction(...args: unknown[]) {
    return new ImmediateTransaction(this, ...args);
  }
}
