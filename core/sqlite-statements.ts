// A connection's prepared statements, kept by their SQL (least recently used dropped first), for
// core/sqlite-client.ts. node-sqlite3 queues the calls on one statement and runs them in turn, resetting it and
// binding afresh each time, so concurrent callers of the same SQL each get their own answer.

/** The part of a node-sqlite3 `Statement` used here. */
interface SqliteStatement {
  run(bindings: unknown[], callback: (this: { lastID: number; changes: number }, err: Error | null) => void): void;
  all(bindings: unknown[], callback: (err: Error | null, rows: unknown[]) => void): void;
  finalize(callback: () => void): void;
}

/** The part of a node-sqlite3 `Database` used here. */
export interface SqliteDatabase {
  prepare(sql: string, callback: (err: Error | null) => void): SqliteStatement;
}

/** What a statement answered: its rows (`all`) or, for `run`, its insert id and change count as knex reads them. */
export interface StatementResult {
  response: unknown;
  context: { lastID: number; changes: number } | undefined;
}

/** The prepared statements of one connection. */
export interface PreparedStatements {
  execute(sql: string, bindings: unknown[], method: 'all' | 'run'): Promise<StatementResult>;
  finalizeAll(): Promise<void>;
}

// Enough for every statement the app repeats; one-off SQL (id lists of varying length, savepoint names) cycles through.
const KEPT = 200;

/** Keeps `connection`'s statements prepared, at most `kept` of them. */
export function preparedStatements(connection: SqliteDatabase, kept = KEPT): PreparedStatements {
  // `users` counts the calls between taking a statement and its answer: a dropped statement is finalized after them.
  type Entry = { statement: Promise<SqliteStatement>; users: number; dropped: boolean };
  const entries = new Map<string, Entry>();

  const prepare = (sql: string) =>
    new Promise<SqliteStatement>((resolve, reject) => {
      const statement = connection.prepare(sql, (err) => (err ? reject(err) : resolve(statement)));
    });

  const finalize = (entry: Entry) =>
    entry.statement.then(
      (s) => new Promise<void>((resolve) => s.finalize(() => resolve())),
      () => undefined,
    );

  function drop(sql: string, entry: Entry): void {
    entries.delete(sql);
    entry.dropped = true;
    if (entry.users === 0) void finalize(entry);
  }

  function take(sql: string): Entry {
    let entry = entries.get(sql);
    if (entry) {
      entries.delete(sql); // re-inserted below: the Map's order is the order of last use
    } else {
      const statement = prepare(sql);
      const fresh: Entry = (entry = { statement, users: 0, dropped: false });
      // A statement that does not prepare (a syntax error, a missing table) answers its error and is not kept.
      statement.catch(() => entries.get(sql) === fresh && entries.delete(sql));
      const oldest = entries.size >= kept ? entries.keys().next().value : undefined;
      if (oldest !== undefined) drop(oldest, entries.get(oldest)!);
    }
    entries.set(sql, entry);
    entry.users += 1;
    return entry;
  }

  function release(entry: Entry): void {
    entry.users -= 1;
    if (entry.dropped && entry.users === 0) void finalize(entry);
  }

  function call(statement: SqliteStatement, bindings: unknown[], method: 'all' | 'run'): Promise<StatementResult> {
    return new Promise<StatementResult>((resolve, reject) => {
      if (method === 'run') {
        statement.run(bindings, function (err) {
          // Copied now: a later call on the same statement overwrites these properties.
          if (err) reject(err);
          else resolve({ response: undefined, context: { lastID: this.lastID, changes: this.changes } });
        });
      } else {
        statement.all(bindings, (err, rows) => (err ? reject(err) : resolve({ response: rows, context: undefined })));
      }
    });
  }

  return {
    async execute(sql, bindings, method) {
      const entry = take(sql);
      try {
        return await call(await entry.statement, bindings, method);
      } finally {
        release(entry);
      }
    },
    async finalizeAll() {
      const all = [...entries.values()];
      entries.clear();
      for (const entry of all) entry.dropped = true;
      await Promise.all(all.filter((entry) => entry.users === 0).map(finalize));
    },
  };
}
