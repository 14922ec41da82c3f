// With Temporal down (a restart, a cut network) a submission used to wait for the client's retries and answer 500
// "internal", as if the server were broken, though its row was kept and sending it again with the same id starts its
// case once. It is a moment's outage, like a busy database: 503 with Retry-After and words that say so.
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '@temporalio/client';
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
  errorMiddleware(logger)(
    error,
    { requestId: 'r1', path: '/api/forms/difficulty-report/submissions', locale } as unknown as Request,
    res,
    () => undefined,
  );
  return { ...sent, lines: lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const grpc = (code: number) => Object.assign(new Error(`${code} UNAVAILABLE: No connection established`), { code });

describe('Temporal that does not answer a request', () => {
  it('answers 503 temporal_unavailable with Retry-After, and logs the cause naming TEMPORAL_ADDRESS', () => {
    const sent = answer(new ServiceError('Failed to start Workflow', { cause: grpc(14) }));
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe('30');
    expect(sent.body).toEqual({
      error: {
        code: 'temporal_unavailable',
        message: 'The workflow service cannot be reached right now; please try again in a minute',
        details: [],
      },
    });
    expect(sent.lines).toHaveLength(1);
    expect(sent.lines[0]).toMatchObject({ level: 50, msg: 'Temporal unavailable (TEMPORAL_ADDRESS)', requestId: 'r1' });
  });

  it('says it in Chinese too, and for a deadline the client gave up on', () => {
    const sent = answer(new ServiceError('Failed to start Workflow', { cause: grpc(4) }), 'zh-CN');
    expect(sent.status).toBe(503);
    expect((sent.body as { error: { message: string } }).error.message).toBe('流程服务暂时无法连接，请稍后重试');
  });

  it('leaves any other Temporal refusal a 500', () => {
    expect(answer(new ServiceError('Failed to start Workflow', { cause: grpc(3) })).status).toBe(500);
  });
});
