// The upload quota as the store counts it: files uploaded but attached to nothing of their uploader's (no submission,
// draft or task decision names them) and younger than the retention, plus uploads being received; bytes uploaded in
// the rolling window; and reservations taken one after the other, so parallel uploads cannot pass the limits together.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import type { TaskSpec } from '#core/domain/human-task';
import { newTaskRecord } from '#core/stores/task-row';
import { openTask } from '#core/stores/task-store';
import {
  completeUpload,
  releaseReservation,
  reserveUpload,
  unattachedUploadCount,
  type UploadQuota,
} from '#core/stores/uploads/upload-quota-store';
import { testDatabases } from '../helpers/test-db';
import { addSubmission, addUpload, addUser, saveDraftNaming } from './upload-fixtures';

const HOUR = 3_600_000;
const NOW = new Date('2026-12-05T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR).toISOString();
const QUOTA: UploadQuota = {
  unattachedFiles: 3,
  bytesPerWindow: 10_000,
  windowMs: 24 * HOUR,
  retentionMs: 48 * HOUR,
  draftHoldMs: 30 * 24 * HOUR,
  reservationMs: HOUR / 2,
};

describe.each(testDatabases())('upload quota store on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;
  const run = randomUUID().slice(0, 8);
  let n = 0;
  const newUser = () => addUser(db, `upload-quota-${run}-${(n += 1)}`, hoursAgo(100));
  const reservations = async (userId: number) =>
    Number((await db('upload_reservations').where({ user_id: userId }).count({ n: '*' }).first())?.n);
  const reserve = (userId: number, bytes = 100, at = NOW) => reserveUpload(db, { id: randomUUID(), userId, bytes, at }, QUOTA);

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
  });
  afterAll(() => close());

  it('counts the uploads no submission, draft or task decision of their uploader names, within the retention', async () => {
    const user = await newUser();
    const other = await newUser();
    const submitted = await addUpload(db, user, hoursAgo(1));
    const drafted = await addUpload(db, user, hoursAgo(1));
    const decided = await addUpload(db, user, hoursAgo(1));
    await addUpload(db, user, hoursAgo(47)); // loose
    const namedByOther = await addUpload(db, user, hoursAgo(1)); // loose: only the uploader's records attach
    await addUpload(db, user, hoursAgo(49)); // past the retention: the sweep's, no longer counted
    await addUpload(db, user, hoursAgo(2), { keptAt: hoursAgo(1) });
    await addSubmission(db, user, [submitted], hoursAgo(1));
    await saveDraftNaming(db, user, 'resumption-readiness', [drafted], hoursAgo(1));
    await addSubmission(db, other, [namedByOther], hoursAgo(1));
    const taskId = `upload-quota-${randomUUID()}/cadre`;
    await openTask(
      db,
      newTaskRecord(taskSpec(taskId), { assigneeUserId: user, candidateRole: null, candidateGroupId: null }, '', hoursAgo(1)),
    );
    await db('tasks')
      .where({ id: taskId })
      .update({ decided_by: user, outcome: JSON.stringify({ kind: 'decided', data: { evidence: `upload:${decided}` } }) });

    expect(await unattachedUploadCount(db, user, hoursAgo(48), hoursAgo(30 * 24))).toBe(2);
  });

  it('refuses the upload after the last unattached file allowed, and writes nothing', async () => {
    const user = await newUser();
    await addUpload(db, user, hoursAgo(3));
    await addUpload(db, user, hoursAgo(2));
    expect(await reserve(user)).toBeNull();
    expect(await reserve(user)).toEqual({ kind: 'unattached', files: 3 });
    expect(await reservations(user)).toBe(1);
  });

  it('frees a slot when a draft names one of the files, or an unfinished upload gives back its reservation', async () => {
    const user = await newUser();
    const first = await addUpload(db, user, hoursAgo(3));
    await addUpload(db, user, hoursAgo(2));
    const id = randomUUID();
    expect(await reserveUpload(db, { id, userId: user, bytes: 100, at: NOW }, QUOTA)).toBeNull();
    expect(await reserve(user)).toMatchObject({ kind: 'unattached' });
    await saveDraftNaming(db, user, 'resumption-readiness', [first], hoursAgo(1));
    expect(await reserve(user)).toBeNull();
    expect(await reserve(user)).toMatchObject({ kind: 'unattached' });
    await releaseReservation(db, id);
    expect(await reserve(user)).toBeNull();
  });

  it('stops counting a reservation whose upload never finished once it has lapsed', async () => {
    const user = await newUser();
    for (let i = 0; i < 3; i += 1) expect(await reserve(user, 100, new Date(NOW.getTime() - HOUR))).toBeNull();
    expect(await reserve(user, 100, new Date(NOW.getTime() - HOUR + 60_000))).toMatchObject({ kind: 'unattached', files: 3 });
    expect(await reserve(user)).toBeNull();
  });

  it('records a finished upload in place of its reservation', async () => {
    const user = await newUser();
    const id = randomUUID();
    expect(await reserveUpload(db, { id, userId: user, bytes: 5000, at: NOW }, QUOTA)).toBeNull();
    await completeUpload(db, {
      id,
      userId: user,
      enterpriseId: null,
      fileName: 'a.png',
      contentType: 'image/png',
      size: 1200,
      sha256: 'f'.repeat(64),
      createdAt: NOW.toISOString(),
    });
    expect(await db('upload_reservations').where({ id }).first()).toBeUndefined();
    expect(await db('uploads').where({ id }).first('size', 'user_id')).toMatchObject({ size: 1200, user_id: user });
    expect(await unattachedUploadCount(db, user, hoursAgo(48), hoursAgo(30 * 24))).toBe(1);
  });

  it('refuses bytes over the rolling window, saying when enough of them age out, counting uploads being received', async () => {
    const user = await newUser();
    await addUpload(db, user, hoursAgo(30), { size: 9000, keptAt: hoursAgo(29) }); // outside the window
    await addUpload(db, user, hoursAgo(20), { size: 4000, keptAt: hoursAgo(19) });
    await addUpload(db, user, hoursAgo(10), { size: 3000, keptAt: hoursAgo(9) });
    expect(await reserve(user, 2000)).toBeNull();
    expect(await reserve(user, 1500)).toEqual({
      kind: 'bytes',
      usedBytes: 9000,
      freesAt: new Date(Date.parse(hoursAgo(20)) + 24 * HOUR).toISOString(),
    });
    expect(await reserve(user, 1000)).toBeNull();
  });

  it('lets parallel reservations of one account past the limit no further than the limit', async () => {
    const user = await newUser();
    const answers = await Promise.all(Array.from({ length: 12 }, () => reserve(user)));
    expect(answers.filter((answer) => answer === null)).toHaveLength(QUOTA.unattachedFiles);
    expect(answers.filter((answer) => answer?.kind === 'unattached')).toHaveLength(12 - QUOTA.unattachedFiles);
    expect(await reservations(user)).toBe(QUOTA.unattachedFiles);
  });
});

function taskSpec(taskId: string): TaskSpec {
  return {
    taskId,
    step: 'cadre',
    processType: 'ladder',
    title: { 'zh-CN': '包挂干部办理', en: 'Cadre' },
    submissionId: null,
    enterpriseId: null,
    assignee: { kind: 'role', role: 'cadre' },
    priority: 0,
    dueAt: '2026-12-06T07:50:00.000Z',
    allowedActions: ['resolve'],
    completionSchema: { type: 'object', properties: {} },
    requiredByAction: {},
    breachStatus: 'escalated',
  };
}
