// What `npm start` shows of the Temporal dev server's own log: whole lines, prefixed, without the harmless ERROR line
// Temporal CLI 1.9 writes for its metrics (a new user reads it as something broken).
import { describe, expect, it } from 'vitest';
import { serverLogForwarder } from '#core/dev-server-log';

const harmless =
  '{"time":"2026-12-07T09:00:09.953Z","level":"ERROR","msg":"unable to add metrics baggage to gRPC trailer","error":"rpc error: code = Internal desc = transport: SendHeader called multiple times"}';
const real = '{"time":"2026-12-07T09:00:10.000Z","level":"ERROR","msg":"failed to open database file"}';

function forwarded(chunks: string[]): string {
  let out = '';
  const forwarder = serverLogForwarder((text) => (out += text));
  for (const chunk of chunks) forwarder.push(chunk);
  forwarder.flush();
  return out;
}

describe('the dev server log npm start shows', () => {
  it('drops the metrics-baggage line and keeps every other line, prefixed', () => {
    expect(forwarded([`${harmless}\n${real}\n`])).toBe(`[temporal] ${real}\n`);
  });

  it('joins a line that arrives in pieces before deciding, and writes an unfinished last line at the end', () => {
    const half = harmless.length / 2;
    expect(forwarded([harmless.slice(0, half), `${harmless.slice(half)}\n${real.slice(0, 20)}`, real.slice(20)])).toBe(
      `[temporal] ${real}\n`,
    );
  });
});
