// A disk that fills up (uploads under DATA_DIR, the SQLite file, PostgreSQL's data) answered 500 "internal" and logged
// "unhandled error", as if the code were broken. It is the operator's to fix: 507 storage_full in words the user
// understands, and an error line that says where to free space.
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { createLogger } from '#core/logger';
import { errorMiddleware } from '#web/server/error-middleware';

function answer(error: unknown, locale: 'en' | 'zh-CN' = 'en') {
  const lines: string[] = [];
  const logger = createLogger('web', 'info', { write: (line: string) => void lines.push(line) });
  const sent: { status?: number; body?: unknown } = {};
  const res = {
    status: (code: number) => ((sent.status = code), res),
    json: (body: unknown) => ((sent.body = body), res),
    set: () => res,
  } as unknown as Response;
  errorMiddleware(logger)(error, { requestId: 'r1', path: '/api/uploads', locale } as unknown as Request, res, () => undefined);
  return { ...sent, lines: lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('a full disk under a request', () => {
  it.each([
    ['an upload written to DATA_DIR', failure('ENOSPC', 'ENOSPC: no space left on device, write')],
    ['a disk quota', failure('EDQUOT', 'EDQUOT: disk quota exceeded, write')],
    ['the SQLite file', failure('SQLITE_FULL', 'SQLITE_FULL: database or disk is full')],
    ['PostgreSQL', failure('53100', 'could not extend file "base/16384/16385": No space left on device')],
  ])('answers 507 storage_full for %s and logs where to free space', (_where, error) => {
    const sent = answer(error);
    expect(sent.status).toBe(507);
    expect(sent.body).toEqual({
      error: {
        code: 'storage_full',
        message: 'The server is out of storage space and cannot save this now; please try again later',
        details: [],
      },
    });
    expect(sent.lines).toHaveLength(1);
    expect(sent.lines[0]).toMatchObject({ level: 50, requestId: 'r1' });
    expect(sent.lines[0]!.msg).toMatch(/^storage full: free space on DATA_DIR's disk/);
  });

  it('says it in Chinese too', () => {
    const sent = answer(failure('ENOSPC', 'ENOSPC: no space left on device, write'), 'zh-CN');
    expect((sent.body as { error: { message: string } }).error.message).toBe('服务器存储空间已满，暂时无法保存，请稍后重试');
  });
});
