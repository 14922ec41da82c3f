// An answer to a return whose files were linked but whose acceptance was never recorded (the process stopped after
// sending it): settling reads the workflow's history and gives the answer its files when the workflow accepted it, or
// removes the link when the workflow never took it, and the sweep then deletes those files like any unused upload.
// Until then a pending answer is shown to no one, and holds its files from the sweep without keeping them for good.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { migrationSource } from '#core/migrations';
import { caseRepliesOf, holdCaseReply } from '#core/stores/submissions/case-reply-store';
import { settlePendingReplies, SETTLE_AFTER_MS, type UpdateOutcome } from '#web/server/cases/pending-replies';
import { sweepUploads } from '#web/server/uploads/upload-sweep';
import { migrateDownThrough } from '../helpers/migrate-down';
import { testDatabases } from '../helpers/test-db';
import { addSubmission, addUpload, addUser } from './upload-fixtures';

const HOUR = 3_600_000;
const NOW = new Date('2026-12-06T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

describe.each(testDatabases())('pending answers to a return on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
  });
  afterAll(() => close());

  it('shows the files of an answer the workflow accepted, and lets the sweep take those of one it never took', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-uploads-'));
    const user = await addUser(db, `pending-reply-${run}`, ago(100 * HOUR));
    const submissionId = await addSubmission(db, user, [], ago(60 * HOUR));
    const file = async () => {
      const id = await addUpload(db, user, ago(49 * HOUR));
      writeFileSync(join(dir, id), 'bytes');
      return id;
    };
    const [accepted, absent, recent, unreadable] = [await file(), await file(), await file(), await file()];
    const outcomes: Record<string, UpdateOutcome | 'error'> = {};
    const hold = async (uploadId: string, text: string, sentAgo: number, outcome: UpdateOutcome | 'error') => {
      const updateId = `case-reply/${randomUUID()}`;
      outcomes[updateId] = outcome;
      await holdCaseReply(db, { submissionId, userId: user, text, uploadIds: [uploadId], updateId, at: ago(sentAgo) });
    };
    await hold(absent, '许可证见附件', HOUR, 'absent');
    await hold(accepted, '许可证见附件', HOUR, 'accepted');
    await hold(unreadable, '照片见附件', HOUR, 'error');
    await hold(recent, '照片见附件', SETTLE_AFTER_MS / 2, 'absent');

    // Pending: shown to no one, yet their files are not the sweep's.
    expect(await caseRepliesOf(db, submissionId)).toEqual([]);
    expect(await sweepUploads({ db, dir, now: () => NOW })).toMatchObject({ deleted: 0, kept: 0 });

    const lookup = async (_workflowId: string, updateId: string) => {
      const outcome = outcomes[updateId];
      if (outcome === 'error') throw new Error('history unavailable');
      return outcome!;
    };
    expect(await settlePendingReplies({ db, now: () => NOW, lookup })).toEqual({ accepted: 1, dropped: 1 });

    expect(await caseRepliesOf(db, submissionId)).toEqual([
      {
        userId: user,
        text: '许可证见附件',
        files: [{ id: accepted, fileName: `${accepted.slice(0, 8)}.png`, contentType: 'image/png', size: 1000 }],
      },
    ]);
    // The accepted answer's file is kept for good; the one never taken goes; the others wait for their settling.
    expect(await sweepUploads({ db, dir, now: () => NOW })).toMatchObject({ deleted: 1, kept: 1 });
    const left = await db('uploads').where({ user_id: user }).pluck('id');
    expect(left.sort()).toEqual([accepted, recent, unreadable].sort());
  });

  it('shows the files of every answer recorded before answers could be pending (migration 0062)', async () => {
    expect((await migrateDownThrough(db, '20261206-0062-case-reply-pending')).at(-1)).toBe('20261206-0062-case-reply-pending');
    const user = await addUser(db, `earlier-reply-${run}`, ago(100 * HOUR));
    const submissionId = await addSubmission(db, user, [], ago(60 * HOUR));
    const upload = await addUpload(db, user, ago(59 * HOUR));
    await db('case_replies').insert({
      submission_id: submissionId,
      user_id: user,
      text: '许可证见附件',
      uploads: `upload:${upload}`,
      created_at: ago(58 * HOUR),
    });

    await db.migrate.latest({ migrationSource });

    expect(await caseRepliesOf(db, submissionId)).toEqual([
      { userId: user, text: '许可证见附件', files: [expect.objectContaining({ id: upload })] },
    ]);
  });
});
