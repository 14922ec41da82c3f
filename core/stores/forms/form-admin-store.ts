// The admin side of form definitions: one mutable draft per form, immutable published versions, retirement,
// and how many running instances each version still has.
import { FINAL_SUBMISSION_STATUSES } from '#core/domain/submission-status';
import type { FormDefinition } from '#forms/form-definition';
import type { Db } from '../db-types';
import { fromRow, toRow, type StoredForm } from './form-store';

/** One line of the admin's form list. */
export interface FormSummary {
  key: string;
  title: StoredForm['title'];
  audience: StoredForm['audience'];
  audienceExcludes?: StoredForm['audienceExcludes'];
  processType: string;
  latestVersion: number | null;
  status: 'published' | 'retired' | 'draft-only';
  hasDraft: boolean;
  versions: number;
  /** Submissions of any version whose process still runs. */
  running: number;
}

/** Every form key with its newest published version and whether a draft is pending. */
export async function listFormSummaries(db: Db): Promise<FormSummary[]> {
  const rows = (await db('form_definitions').orderBy(['key', { column: 'version', order: 'desc' }])).map(fromRow);
  const running = await runningByForm(db);
  const byKey = new Map<string, StoredForm[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return [...byKey.entries()].map(([key, versions]) => {
    const released = versions.find((v) => v.status !== 'draft');
    const newest = versions[0]!;
    return {
      key,
      title: (released ?? newest).title,
      audience: (released ?? newest).audience,
      ...((released ?? newest).audienceExcludes ? { audienceExcludes: (released ?? newest).audienceExcludes } : {}),
      processType: (released ?? newest).process.processType,
      latestVersion: released?.version ?? null,
      status: !released ? 'draft-only' : versions.some((v) => v.status === 'published') ? 'published' : 'retired',
      hasDraft: newest.status === 'draft',
      versions: versions.filter((v) => v.status !== 'draft').length,
      running: running.get(key) ?? 0,
    };
  });
}

/** Every version of a form, newest first (the draft, if any, first of all). */
export async function formVersions(db: Db, key: string): Promise<StoredForm[]> {
  return (await db('form_definitions').where({ key }).orderBy('version', 'desc')).map(fromRow);
}

/** Creates or replaces the draft of a form; it takes the next version number. */
export async function saveDraft(db: Db, definition: FormDefinition, author: string, now = new Date()): Promise<StoredForm> {
  return db.transaction(async (trx) => {
    // Write first: on SQLite a transaction that reads and then writes holds a read lock when it asks for the write
    // lock, and SQLite answers "busy" at once instead of waiting while the worker process writes; a transaction whose
    // first statement writes waits its busy timeout like any other. (The draft's author is set again below anyway.)
    await trx('form_definitions').where({ key: definition.key, status: 'draft' }).update({ author });
    const newest = await trx('form_definitions').where({ key: definition.key }).orderBy('version', 'desc').first();
    const row = { ...toRow(definition), status: 'draft', source: 'admin', author, created_at: now.toISOString() };
    if (newest?.status === 'draft') {
      await trx('form_definitions')
        .where({ id: newest.id })
        .update({ ...row, version: newest.version });
    } else {
      await trx('form_definitions').insert({ ...row, version: (newest?.version ?? 0) + 1 });
    }
    return fromRow(await trx('form_definitions').where({ key: definition.key, status: 'draft' }).first());
  });
}

/** The draft of a form, or undefined. */
export async function draftOf(db: Db, key: string): Promise<StoredForm | undefined> {
  const row = await db('form_definitions').where({ key, status: 'draft' }).first();
  return row ? fromRow(row) : undefined;
}

/** Throws the draft away. */
export async function discardDraft(db: Db, key: string): Promise<number> {
  return db('form_definitions').where({ key, status: 'draft' }).delete();
}

/** Publishes the draft: from now on it is immutable and new submissions use it. */
export async function publishDraft(db: Db, key: string, now = new Date()): Promise<number> {
  await db('form_definitions').where({ key, status: 'draft' }).update({ status: 'published', created_at: now.toISOString() });
  const row = await db('form_definitions').where({ key, status: 'published' }).orderBy('version', 'desc').first('version');
  return Number(row.version);
}

/** Retires a form: no version accepts new submissions; running instances carry on. */
export async function retireForm(db: Db, key: string): Promise<number> {
  return db('form_definitions').where({ key, status: 'published' }).update({ status: 'retired' });
}

async function runningByForm(db: Db): Promise<Map<string, number>> {
  const rows: { form_key: string; n: number | string }[] = await db('submissions')
    .whereNotIn('status', [...FINAL_SUBMISSION_STATUSES])
    .select('form_key')
    .count({ n: '*' })
    .groupBy('form_key');
  return new Map(rows.map((row) => [row.form_key, Number(row.n)]));
}

/** Running instances (submissions whose process has not finished) per version of a form. */
export async function runningByVersion(db: Db, key: string): Promise<Record<number, number>> {
  const rows: { form_version: number; n: number | string }[] = await db('submissions')
    .where({ form_key: key })
    .whereNotIn('status', [...FINAL_SUBMISSION_STATUSES])
    .select('form_version')
    .count({ n: '*' })
    .groupBy('form_version');
  return Object.fromEntries(rows.map((row) => [Number(row.form_version), Number(row.n)]));
}
