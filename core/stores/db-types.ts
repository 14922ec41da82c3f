// The database handle every store takes. A store function accepts either the pool or a transaction, so a caller that
// writes several aggregates at once (a route that updates a task, comments on it and audits both) passes its `trx`
// and the store's statements join that transaction.
import type { Knex } from 'knex';

export type { Knex };

/** A knex pool or a transaction on it: what every store function takes. */
export type Db = Knex | Knex.Transaction;

/** The pool itself, never a transaction: what the app is handed at start-up (pools, limiters and locks need the root). */
export type Database = Knex;
