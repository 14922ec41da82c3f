// core/stores: the one home of SQL. Each aggregate has one store here (tasks, users, …), and only a store reads or
// writes its tables; activities, routes and services call store functions, which take `Db` (the pool or a transaction)
// and return typed rows mapped once from the database's columns, so no caller casts `row.x as string`.
//
// The rule is in the lint (eslint.config.js): `knex` may be imported only here, in core/migrations, core/db.ts and
// core/sqlite-*.ts (and in test/, bench/, scripts/). Files that imported knex before the stores existed are listed in
// KNEX_LEGACY_FILES; that list only shrinks (test/lint/knex-in-stores.test.ts), as each aggregate moves here. A file
// that needs only the handle's type imports `Db` or `Knex` from this module.
export type { Db, Knex } from './db-types';
