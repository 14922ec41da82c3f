// Logs must not hold resident IDs or mobiles: not in request paths, not in personal fields, not in a failed SQL statement.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request, Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrate, type Knex } from '#core/db';
import { createLogger } from '#core/logger';
import { maskIdLike } from '#core/log-redaction';
import { errorMiddleware } from '#web/server/error-middleware';
import { startBareApp, type BareApp } from '../helpers/bare-app';

const RESIDENT_ID = '370102199001011870';
const MOBILE = '13912345678';

/** A logger whose lines land in an array, as the process would write them to stdout. */
function capturedLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger('test', 'info', { write: (line: string) => void lines.push(line) }) };
}

describe('log redaction', () => {
  let app: BareApp;
  let db: Knex;
  beforeAll(async () => {
    app = await startBareApp();
    db = createDb({ client: 'sqlite3', filename: join(mkdtempSync(join(tmpdir(), 'fugong-log-')), 'log.sqlite') });
    await migrate(db);
  });
  afterAll(async () => {
    await app?.stop();
    await db?.destroy();
  });

  it('masks resident-ID-like and mobile-like path segments in the request log line', async () => {
    await fetch(`${app.baseUrl}/api/gate/workers/${RESIDENT_ID}`);
    await fetch(`${app.baseUrl}/api/gate/workers/11010519491231002x`);
    await fetch(`${app.baseUrl}/api/users/${MOBILE}`);
    const requests = app.logLines.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request');
    expect(requests.map((line) => line.path)).toEqual(expect.arrayContaining(['/api/gate/workers/[resident-id]', '/api/users/[mobile]']));
    const all = app.logLines.join('\n');
    expect(all).not.toContain(RESIDENT_ID);
    expect(all).not.toMatch(/11010519491231002x/i);
    expect(all).not.toContain(MOBILE);
  });

  it('leaves ordinary numbers in a path alone', () => {
    expect(maskIdLike('/api/enterprises/12/credit')).toBe('/api/enterprises/12/credit');
    expect(maskIdLike('/api/calendar/2026-10-01')).toBe('/api/calendar/2026-10-01');
    expect(maskIdLike('/api/tasks/ladder-0123456789abcdef01-2')).toBe('/api/tasks/ladder-0123456789abcdef01-2');
  });

  it('keeps the values a failed knex statement was bound to out of the error middleware’s log line', async () => {
    const failed = await db('users')
      .insert({ username: 'x', display_name: RESIDENT_ID, role: 'hq', password_hash: MOBILE, no_such_column: RESIDENT_ID })
      .catch((error: Error) => error);
    expect(failed).toBeInstanceOf(Error);
    // PostgreSQL errors also quote values in `detail`; some drivers attach the bindings.
    Object.assign(failed as object, { detail: `Key (resident_id)=(${RESIDENT_ID}) already exists.`, bindings: [RESIDENT_ID, MOBILE] });
    const { lines, logger } = capturedLogger();
    const res = { status: () => res, json: () => res, set: () => res } as unknown as Response;
    const req = { requestId: 'r1', path: `/api/gate/workers/${RESIDENT_ID}`, locale: 'en' } as unknown as Request;
    errorMiddleware(logger)(failed, req, res, () => undefined);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ msg: 'unhandled error', path: '/api/gate/workers/[resident-id]' });
    expect(line.err.message).toMatch(/insert into `users` .*values \(\?, \?, \?, \?, \?\) - SQLITE_ERROR/);
    expect(line.err).toMatchObject({ detail: '[redacted]', bindings: '[redacted]' });
    expect(lines[0]).not.toContain(RESIDENT_ID);
    expect(lines[0]).not.toContain(MOBILE);
  });

  it('redacts the error the Temporal SDK logs under `error`, and personal fields at any depth', () => {
    const { lines, logger } = capturedLogger();
    logger.warn({ error: new Error(`gate check of ${RESIDENT_ID} failed`), sdk: true }, 'Activity failed');
    logger.info(
      { input: { data: { residentId: RESIDENT_ID, mobile: MOBILE, temperature: 38.2, recentTravel: '武汉', name: '张三' } } },
      'submission received',
    );
    logger.info({ user: { phone: MOBILE, email: 'a@example.com', password: 'secret-1' } }, 'user');
    const [activity, submission, user] = lines.map((line) => JSON.parse(line));
    expect(activity.error.message).toBe('gate check of [resident-id] failed');
    expect(submission.input.data).toEqual({
      residentId: '[redacted]',
      mobile: '[redacted]',
      temperature: '[redacted]',
      recentTravel: '[redacted]',
      name: '张三',
    });
    expect(user.user).toEqual({ phone: '[redacted]', email: '[redacted]', password: '[redacted]' });
    expect(lines.join('\n')).not.toMatch(/370102|13912345678|secret-1|武汉|38\.2/);
  });
});
