// knex's SQLite client, with every write transaction opened by `BEGIN IMMEDIATE`, and each statement prepared once per
// connection. A plain `BEGIN` is deferred: the transaction takes SQLite's write lock only at its first write, and when
// that write finds another process (the worker, the web server) holding the lock, SQLite answers "busy" at once instead
// of waiting its busy timeout — it cannot wait, since the transaction's earlier reads may already be stale. Taking the
// write lock at `BEGIN` makes the wait happen there, where the busy timeout applies, so contention between processes
// costs time, not a 503.
import { createRequire } from 'node:module';
import { preparedStatements, type PreparedStatements, type SqliteDatabase } from './sqlite-statements';

const require = createRequire(import.meta.url);

type Query = (conn: unknown, sql: string) => Promise<unknown>;
type TransactionClass = new (...args: unknown[]) => { readOnly?: boolean; query: Query };
type ClientClass = new (config: unknown) => { destroyRawConnection(conn: unknown): Promise<void> };
/** What knex's sqlite3 dialect hands `_query`: the statement, its bindings and method, and where the answer goes. */
type QueryObject = { sql?: string; bindings?: unknown[]; method?: string; returning?: unknown; response?: unknown; context?: unknown };

const SqliteTransaction = require('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as TransactionClass;
const SqliteClient = require('knex/lib/dialects/sqlite3/index.js') as ClientClass;

class ImmediateTransaction extends SqliteTransaction {
  begin(conn: unknown) {
    // `db.transaction(fn, { readOnly: true })` reads a consistent snapshot without blocking other writers.
    return this.query(conn, this.readOnly ? 'BEGIN DEFERRED;' : 'BEGIN IMMEDIATE;');
  }
}

// The statements of each open connection. node-sqlite3's `Database#run/all` prepares the SQL, runs it and finalizes it
// — two trips through libuv's thread pool and a parse for every statement; an app runs the same few hundred statements
// over and over, so each connection keeps them prepared and runs them in one trip.
const statementsOf = new WeakMap<object, PreparedStatements>();

/** knex's method → node-sqlite3's: rows for reads and `returning` writes, `lastID`/`changes` for the rest (as knex). */
function callMethodOf(obj: QueryObject): 'all' | 'run' {
  switch (obj.method) {
    case 'insert':
    case 'update':
      return obj.returning ? 'all' : 'run';
    case 'counter':
    case 'del':
      return 'run';
    default:
      return 'all';
  }
}

/** The sqlite3 dialect whose transactions take the write lock when they begin; pass it as knex's `client`. */
export class ImmediateSqliteClient extends SqliteClient {
  transaction(...args: unknown[]) {
    return new ImmediateTransaction(this, ...args);
  }

  /** Runs a statement on the connection's prepared copy of it (knex's own `_query`, one thread-pool trip shorter). */
  async _query(connection: SqliteDatabase, obj: QueryObject): Promise<QueryObject> {
    if (!obj.sql) throw new Error('The query is empty');
    let statements = statementsOf.get(connection);
    if (!statements) statementsOf.set(connection, (statements = preparedStatements(connection)));
    const { response, context } = await statements.execute(obj.sql, obj.bindings ?? [], callMethodOf(obj));
    obj.response = response;
    obj.context = context;
    return obj;
  }

  /** Finalizes the connection's prepared statements first: SQLite will not close a connection that still has some. */
  override async destroyRawConnection(connection: SqliteDatabase): Promise<void> {
    await statementsOf.get(connection)?.finalizeAll();
    statementsOf.delete(connection);
    return super.destroyRawConnection(connection);
  }
}
