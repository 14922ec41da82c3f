// The inbox's text filter by index (issue 21): on SQLite an FTS5 table with the trigram tokenizer over the tasks'
// search text (the default unicode61 tokenizer does not split Chinese; trigrams find any substring of three characters
// or more, in any script), kept by triggers; on PostgreSQL a pg_trgm GIN index, which serves LIKE/ILIKE '%…%'. A task's
// search text now starts with its report's case number, so one indexed column answers both. The "closed by me" and
// "claimed by me" shapes get their indexes. Never edit once merged.
import type { Knex } from 'knex';

const isPg = (db: Knex) => db.client.config.client === 'pg';

const SQLITE_TRIGGERS = [
  `create trigger tasks_fts_insert after insert on tasks begin insert into tasks_fts (rowid, search_text) values (new.rowid, new.search_text); end`,
  `create trigger tasks_fts_delete after delete on tasks begin ` +
    `insert into tasks_fts (tasks_fts, rowid, search_text) values ('delete', old.rowid, old.search_text); end`,
  `create trigger tasks_fts_update after update of search_text on tasks begin ` +
    `insert into tasks_fts (tasks_fts, rowid, search_text) values ('delete', old.rowid, old.search_text); ` +
    `insert into tasks_fts (rowid, search_text) values (new.rowid, new.search_text); end`,
];

/**
 * pg_trgm lives in `public` (an extension belongs to one schema of the database; the app may run in another, as each
 * test does), created once under a lock so that parallel migrations do not race. Without the right to create it the
 * index is left out and the filter still works, by a scan; false then.
 */
async function trigramExtension(db: Knex): Promise<boolean> {
  try {
    await db.transaction(async (trx) => {
      await trx.raw(`select pg_advisory_xact_lock(hashtext('fugong pg_trgm'))`);
      await trx.raw('create extension if not exists pg_trgm with schema public');
    });
    return true;
  } catch {
    return false;
  }
}

/** Puts the case number of a task's report in front of its search text. */
async function caseNumbersInSearchText(db: Knex): Promise<void> {
  const caseNumber = '(select s.case_number from submissions s where s.id = tasks.submission_id)';
  await db.raw(
    `update tasks set search_text = substr(${caseNumber} || ' ' || search_text, 1, 1000) ` +
      `where submission_id in (select id from submissions where case_number is not null)`,
  );
}

/** Adds the search index and the inbox indexes. */
export async function up(db: Knex): Promise<void> {
  await caseNumbersInSearchText(db);
  await db.schema.alterTable('tasks', (t) => {
    // "Closed by me" and "claimed by me": the tasks a user decided or holds, by status, in due order.
    t.index(['decided_by', 'status', 'due_at'], 'tasks_decided_by_status_due_at_index');
    t.index(['claimed_by', 'status', 'due_at'], 'tasks_claimed_by_status_due_at_index');
    // "Mine", one status at a time, in due order from the index alone.
    t.index(['assignee_user_id', 'status', 'due_at'], 'tasks_assignee_user_id_status_due_at_index');
  });
  if (isPg(db)) {
    if (await trigramExtension(db))
      await db.raw('create index tasks_search_text_trgm_index on tasks using gin (search_text public.gin_trgm_ops)');
    return;
  }
  await db.raw(`create virtual table tasks_fts using fts5 (search_text, content = 'tasks', content_rowid = 'rowid', tokenize = 'trigram')`);
  for (const sql of SQLITE_TRIGGERS) await db.raw(sql);
  await db.raw(`insert into tasks_fts (tasks_fts) values ('rebuild')`);
}

/** Removes them (the case numbers stay in the search text; the older filter matched them through the report anyway). */
export async function down(db: Knex): Promise<void> {
  if (isPg(db)) {
    // The extension stays: other schemas of the database may use it.
    await db.raw('drop index if exists tasks_search_text_trgm_index');
  } else {
    for (const name of ['tasks_fts_update', 'tasks_fts_delete', 'tasks_fts_insert']) await db.raw(`drop trigger if exists ${name}`);
    await db.raw('drop table if exists tasks_fts');
  }
  await db.schema.alterTable('tasks', (t) => {
    t.dropIndex(['assignee_user_id', 'status', 'due_at'], 'tasks_assignee_user_id_status_due_at_index');
    t.dropIndex(['claimed_by', 'status', 'due_at'], 'tasks_claimed_by_status_due_at_index');
    t.dropIndex(['decided_by', 'status', 'due_at'], 'tasks_decided_by_status_due_at_index');
  });
}
