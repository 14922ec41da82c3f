// The credit ledger (append-only: the database itself refuses UPDATE and DELETE) and the public bulletin's notices
// (publicity windows and published commendations). Never edit once merged.
import type { Knex } from 'knex';

const REFUSE = 'the credit ledger is append-only: add a compensating entry instead';

async function createLedger(db: Knex): Promise<void> {
  await db.schema.createTable('credit_entries', (t) => {
    t.increments('id');
    // One entry per workflow step (or admin request): a retried activity finds its entry already written.
    t.string('entry_key', 200).notNullable().unique();
    t.integer('enterprise_id').notNullable().references('enterprises.id');
    t.integer('points').notNullable();
    t.text('reason').notNullable();
    t.text('basis').notNullable();
    t.integer('approver_id').references('users.id');
    t.string('submission_id', 64);
    // A compensating entry names the one it reverses; each entry can be reversed once.
    t.integer('reverses_id').references('credit_entries.id').unique();
    t.string('created_at', 30).notNullable();
    t.index(['enterprise_id', 'created_at']);
  });
  if (db.client.config.client === 'pg') {
    await db.raw(
      `create function credit_entries_refuse() returns trigger language plpgsql as $$ begin raise exception '${REFUSE}'; end $$`,
    );
    await db.raw(
      'create trigger credit_entries_append_only before update or delete on credit_entries for each row execute function credit_entries_refuse()',
    );
  } else {
    await db.raw(`create trigger credit_entries_no_update before update on credit_entries begin select raise(abort, '${REFUSE}'); end`);
    await db.raw(`create trigger credit_entries_no_delete before delete on credit_entries begin select raise(abort, '${REFUSE}'); end`);
  }
}

/** Creates the ledger with its append-only triggers, and the notices. */
export async function up(db: Knex): Promise<void> {
  await createLedger(db);
  await db.schema.createTable('notices', (t) => {
    t.increments('id');
    t.string('notice_key', 200).notNullable().unique();
    // 'publicity': a window open for objections; 'commendation': the notice published after it closed without one.
    t.string('kind', 20).notNullable();
    // publicity: open → closed | objected; commendation: published.
    t.string('status', 20).notNullable();
    t.string('submission_id', 64).notNullable();
    t.integer('enterprise_id').references('enterprises.id');
    // Rendered title and plain text per language: { "zh-CN": { title, text }, "en": { title, text } }.
    t.text('content').notNullable();
    t.string('closes_at', 30);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['kind', 'status', 'created_at']);
    t.index(['submission_id']);
  });
}

/** Drops them again. */
export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('notices');
  if (db.client.config.client === 'pg') {
    await db.raw('drop trigger if exists credit_entries_append_only on credit_entries');
    await db.raw('drop function if exists credit_entries_refuse()');
  }
  await db.schema.dropTable('credit_entries');
}
