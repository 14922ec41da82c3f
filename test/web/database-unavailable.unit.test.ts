// With the app DB down (restarting, failing over, the network cut) every request that read it answered 500 "internal"
// and logged "unhandled error", as if the code were broken. Like Temporal's outage: 503 with Retry-After, words that say
// so, and one error line naming DATABASE_URL. A failed statement stays a 500.
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { createLogger } from '#core/logger';
import { errorMiddleware } from '#web/server/error-middleware';

function answer(error: unknown, locale: 'en' | 'zh-CN' = 'en') {
  const lines: string[] = [];
  const logger = createLogger('web', 'info', { write: (line: string) => void lines.push(line) });
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const res = {
    status: (code: number) => ((sent.status = code), res),
    json: (body: unknown) => ((sent.body = body), res),
    set: (name: string, value: string) => ((sent.headers[name] = value), res),
  } as unknown as Response;
  errorMiddleware(logger)(error, { requestId: 'r1', path: '/api/session', locale } as unknown as Request, res, () => undefined);
  return { ...sent, lines: lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const failure = (code: string | undefined, message: string) => Object.assign(new Error(message), { code });

describe('an app database that does not answer a request', () => {
  it.each([
    ['refuses connections', failure('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5432')],
    ['cuts the connection', failure(undefined, 'Connection terminated unexpectedly')],
    ['shuts down', failure('57P01', 'terminating connection due to administrator command')],
    ['is starting up', failure('57P03', 'the database system is starting up')],
  ])('answers 503 database_unavailable with Retry-After when it %s, logging DATABASE_URL', (_how, error) => {
    const sent = answer(error);
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe('10');
    expect(sent.body).toEqual({
      error: {
        code: 'database_unavailable',
        message: 'The database cannot be reached right now; please try again in a minute',
        details: [],
      },
    });
    expect(sent.lines).toHaveLength(1);
    expect(sent.lines[0]).toMatchObject({ level: 50, msg: 'app database unavailable (DATABASE_URL)', requestId: 'r1' });
  });

  it('says it in Chinese too', () => {
    const sent = answer(failure('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5432'), 'zh-CN');
    expect((sent.body as { error: { message: string } }).error.message).toBe('数据库暂时无法连接，请稍后重试');
  });

  it('leaves a failed statement a 500', () => {
    expect(answer(failure('42P01', 'relation "nope" does not exist')).status).toBe(500);
  });
});
