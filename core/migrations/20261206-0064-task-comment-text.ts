// A comment the system writes on a task (the reason a cadre hand-over gives) was stored in one language: the language
// of whoever triggered it, or zh-CN when settling wrote it for a process that stopped, so an English reader read
// Chinese and a Chinese reader could read English. Such a comment now keeps its words in both languages, as a task's
// title does, and each reader is shown theirs; `body` keeps the zh-CN words (and what a person typed, as before).
// Null for every comment a person wrote and every one written before. Never edit once merged.
import type { Knex } from 'knex';

/** Adds task_comments.localized_body (JSON text in every locale), nullable. */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('task_comments', (t) => {
    t.text('localized_body').nullable();
  });
}

/** Drops the column. */
export async function down(db: Knex): Promise<void> {
  if (db.client.config.client === 'pg') {
    await db.schema.alterTable('task_comments', (t) => t.dropColumn('localized_body'));
  } else {
    // SQLite drops a plain column in place; knex's dropColumn would rebuild the table.
    await db.raw('ALTER TABLE task_comments DROP COLUMN localized_body');
  }
}
