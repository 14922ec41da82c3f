// Migration 0055 gives each draft saved before it the files it named then, so no one's files go to the sweep the day it
// ships; drafts naming none hold none. From then on a draft holds what its form takes, written when it is saved.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { migrationSource } from '#core/migrations';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases } from '../helpers/test-db';
import { addUser } from './upload-fixtures';

describe.each(testDatabases())('draft held uploads migration on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
  });
  afterAll(async () => {
    await close?.();
  });

  it('fills each earlier draft with the files its data named, each once', async () => {
    expect((await migrateDownThrough(db, '20261205-0055-draft-held-uploads')).at(-1)).toBe('20261205-0055-draft-held-uploads');
    const user = await addUser(db, `draft-migration-${randomUUID().slice(0, 8)}`, '2026-12-01T00:00:00.000Z');
    const [a, b] = [randomUUID(), randomUUID()];
    const draft = (formKey: string, data: unknown) => ({
      user_id: user,
      form_key: formKey,
      submission_id: randomUUID(),
      data: JSON.stringify(data),
      updated_at: '2026-12-04T00:00:00.000Z',
    });
    await db('submission_drafts').insert([
      draft('commendation', { evidence: [`upload:${a}`, `upload:${b}`], deeds: `see upload:${a}` }),
      draft('daily-report', { note: 'no files' }),
    ]);

    await db.migrate.latest({ migrationSource });

    const rows = await db('submission_drafts').where({ user_id: user }).orderBy('form_key').select('form_key', 'held_uploads');
    expect(rows).toEqual([
      { form_key: 'commendation', held_uploads: `upload:${a} upload:${b}` },
      { form_key: 'daily-report', held_uploads: '' },
    ]);
  });
});
