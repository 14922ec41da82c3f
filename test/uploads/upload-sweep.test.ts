// The sweep of unattached uploads: once past the retention, an upload no submission, draft or other record of its
// uploader names is deleted with its file and the deletion audited as the system's; one a record names is kept for good
// (marked, never read again), one a draft holds is kept while the draft holds it and was saved in the last 30 days;
// files without a row go as well; two replicas sweeping at once audit each deletion once.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { sweepUploads } from '#web/server/uploads/upload-sweep';
import { UPLOAD_QUOTA } from '#web/server/uploads/upload-quota';
import { testDatabases } from '../helpers/test-db';
import { addSubmission, addUpload, addUser, saveDraftNaming } from './upload-fixtures';

const HOUR = 3_600_000;
const NOW = new Date('2026-12-05T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR).toISOString();

describe.each(testDatabases())('sweep of unattached uploads on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  const run = randomUUID().slice(0, 8);
  let n = 0;
  const newUser = () => addUser(db, `upload-sweep-${run}-${(n += 1)}`, hoursAgo(100));
  const sweep = (dir: string) => sweepUploads({ db, dir, now: () => NOW });

  /** An upload row with its file on disk. */
  async function uploaded(dir: string, userId: number, hours: number): Promise<string> {
    const id = await addUpload(db, userId, hoursAgo(hours));
    writeFileSync(join(dir, id), 'bytes');
    return id;
  }

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
  });
  afterAll(() => close());

  it('deletes old unattached uploads with their files, keeps attached and recent ones, and audits each deletion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-uploads-'));
    const user = await newUser();
    const other = await newUser();
    const loose = await uploaded(dir, user, 49);
    const submitted = await uploaded(dir, user, 72);
    const drafted = await uploaded(dir, user, 50);
    const recent = await uploaded(dir, user, 47);
    const namedByOther = await uploaded(dir, user, 60);
    await addSubmission(db, user, [submitted], hoursAgo(70));
    await saveDraftNaming(db, user, 'resumption-readiness', [drafted], hoursAgo(1));
    await addSubmission(db, other, [namedByOther], hoursAgo(50));

    expect(await sweep(dir)).toEqual({ deleted: 2, kept: 1, orphanFiles: 0, lapsedReservations: 0 });

    const left = await db('uploads').where({ user_id: user }).select('id', 'kept_at');
    expect(Object.fromEntries(left.map((row) => [row.id, row.kept_at]))).toEqual({
      [submitted]: NOW.toISOString(),
      [drafted]: null,
      [recent]: null,
    });
    expect([loose, namedByOther].map((id) => existsSync(join(dir, id)))).toEqual([false, false]);
    expect([submitted, drafted, recent].map((id) => existsSync(join(dir, id)))).toEqual([true, true, true]);
    const audit = await db('audit_log').where({ action: 'upload.expired', target_id: loose }).first();
    expect(audit).toMatchObject({ actor_id: null, target_type: 'upload', created_at: NOW.toISOString() });
    expect(JSON.parse(audit.summary)).toEqual({
      uploadedBy: user,
      fileName: `${loose.slice(0, 8)}.png`,
      size: 1000,
      sha256: '0'.repeat(64),
      uploadedAt: hoursAgo(49),
    });
  });

  it('deletes a file once its draft no longer names it, and finds nothing more to do on a second sweep', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-uploads-'));
    const user = await newUser();
    const drafted = await uploaded(dir, user, 50);
    await saveDraftNaming(db, user, 'resumption-readiness', [drafted], hoursAgo(1));
    expect(await sweep(dir)).toMatchObject({ deleted: 0 });
    await db('submission_drafts').where({ user_id: user }).delete();
    expect(await sweep(dir)).toMatchObject({ deleted: 1 });
    expect(existsSync(join(dir, drafted))).toBe(false);
    expect(await sweep(dir)).toEqual({ deleted: 0, kept: 0, orphanFiles: 0, lapsedReservations: 0 });
  });

  it('deletes the files of a draft left unsaved for 30 days, and keeps those of a draft saved since', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-uploads-'));
    const user = await newUser();
    const abandoned = await uploaded(dir, user, 40 * 24);
    const resumed = await uploaded(dir, user, 40 * 24);
    await saveDraftNaming(db, user, 'resumption-readiness', [abandoned], hoursAgo(30 * 24 + 1));
    await saveDraftNaming(db, user, 'commendation', [resumed], hoursAgo(29 * 24));

    expect(await sweep(dir)).toMatchObject({ deleted: 1 });
    expect([abandoned, resumed].map((id) => existsSync(join(dir, id)))).toEqual([false, true]);
    const audits = await db('audit_log').where({ action: 'upload.expired' }).whereIn('target_id', [abandoned, resumed]).pluck('target_id');
    expect(audits).toEqual([abandoned]);
    expect(await db('uploads').where({ user_id: user }).pluck('id')).toEqual([resumed]);
  });

  it('deletes the files a draft names outside what it holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-uploads-'));
    const user = await newUser();
    const named = await uploaded(dir, user, 50);
    await db('submission_drafts').insert({
      user_id: user,
      form_key: 'resumption-readiness',
      submission_id: randomUUID(),
      data: JSON.stringify({ delayReason: `upload:${named}` }),
      held_uploads: '',
      updated_at: hoursAgo(1),
    });
    expect(await sweep(dir)).toMatchObject({ deleted: 1 });
    expect(existsSync(join(dir, named))).toBe(false);
  });

  it('audits each file once when two replicas sweep at the same moment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-uploads-'));
    const user = await newUser();
    const loose = await Promise.all(Array.from({ length: 30 }, () => uploaded(dir, user, 60)));
    const [one, two] = await Promise.all([sweep(dir), sweep(dir)]);
    expect(one.deleted + two.deleted).toBe(30);
    const audited = await db('audit_log').where({ action: 'upload.expired' }).whereIn('target_id', loose).pluck('target_id');
    expect(audited.sort()).toEqual([...loose].sort());
    expect(loose.filter((id) => existsSync(join(dir, id)))).toEqual([]);
  });

  it('goes through more stale uploads than one page holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-uploads-'));
    const user = await newUser();
    const drafted = await Promise.all(Array.from({ length: 120 }, () => uploaded(dir, user, 60)));
    await saveDraftNaming(db, user, 'resumption-readiness', drafted, hoursAgo(1));
    const loose = await uploaded(dir, user, 55);
    expect(await sweep(dir)).toMatchObject({ deleted: 1 });
    expect(existsSync(join(dir, loose))).toBe(false);
  });

  it('removes files without a row once as old as the retention, and reservations that lapsed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fugong-uploads-'));
    const user = await newUser();
    const [oldOrphan, newOrphan] = [randomUUID(), randomUUID()];
    writeFileSync(join(dir, oldOrphan), 'left behind');
    writeFileSync(join(dir, newOrphan), 'being recorded');
    writeFileSync(join(dir, 'README'), 'not an upload');
    const old = new Date(NOW.getTime() - UPLOAD_QUOTA.retentionMs - HOUR);
    utimesSync(join(dir, oldOrphan), old, old);
    utimesSync(join(dir, newOrphan), NOW, NOW);
    await db('upload_reservations').insert([
      { id: randomUUID(), user_id: user, bytes: 10, created_at: hoursAgo(1) },
      { id: randomUUID(), user_id: user, bytes: 10, created_at: hoursAgo(0.1) },
    ]);

    expect(await sweep(dir)).toMatchObject({ orphanFiles: 1, lapsedReservations: 1 });
    expect([oldOrphan, newOrphan, 'README'].map((name) => existsSync(join(dir, name)))).toEqual([false, true, true]);
    expect(await db('upload_reservations').where({ user_id: user }).pluck('created_at')).toEqual([hoursAgo(0.1)]);
  });
});
