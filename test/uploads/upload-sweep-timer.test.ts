// The web process sweeps unused uploads on a timer, not only when an upload arrives: after a burst of uploads and then
// silence, the files still go once past the retention. The sweep's clock is injected; the timer's period is short.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { createLogger } from '#core/logger';
import { UPLOAD_QUOTA } from '#web/server/uploads/upload-quota';
import { startUploadSweeps } from '#web/server/uploads/upload-sweep';
import { testDatabases } from '../helpers/test-db';
import { addUpload, addUser } from './upload-fixtures';

const HOUR = 3_600_000;

describe.each(testDatabases())('upload sweep on a timer on $name', (database) => {
  let db: Knex;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await database.open());
    await prepareDatabase(db, { seedDemo: false });
  });
  afterAll(() => close());

  it('sweeps when started and again on its timer, with no upload arriving', async () => {
    let clock = Date.parse('2026-12-05T12:00:00.000Z');
    const at = (ms: number) => new Date(ms).toISOString();
    const dir = mkdtempSync(join(tmpdir(), 'fugong-uploads-'));
    const user = await addUser(db, `upload-timer-${randomUUID().slice(0, 8)}`, at(clock - 100 * HOUR));
    const upload = await addUpload(db, user, at(clock - HOUR));
    writeFileSync(join(dir, upload), 'bytes');
    const lapsed = randomUUID();
    await db('upload_reservations').insert({ id: lapsed, user_id: user, bytes: 10, created_at: at(clock - HOUR) });
    const logLines: string[] = [];
    const logger = createLogger('test', 'info', { write: (line: string) => void logLines.push(line) });

    const sweeps = startUploadSweeps({ db, dir, now: () => new Date(clock), logger }, 25);
    try {
      // The first sweep, at start: the lapsed reservation goes, the hour-old upload stays.
      await vi.waitFor(async () => expect(await db('upload_reservations').where({ id: lapsed }).first()).toBeUndefined());
      expect(await db('uploads').where({ id: upload }).first('id')).toEqual({ id: upload });

      clock += UPLOAD_QUOTA.retentionMs;
      await vi.waitFor(async () => expect(await db('uploads').where({ id: upload }).first()).toBeUndefined(), { timeout: 10_000 });
      await sweeps.stop(); // lets the sweep under way remove the file
      expect(existsSync(join(dir, upload))).toBe(false);
      expect(await db('audit_log').where({ action: 'upload.expired', target_id: upload }).pluck('actor_id')).toEqual([null]);
    } finally {
      await sweeps.stop();
    }
    expect(logLines.join('\n')).not.toContain('upload sweep failed');
  });
});
