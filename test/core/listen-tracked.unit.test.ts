// A stop of the web server (SIGTERM in production, a test's system stop) lets the requests being answered finish before
// the Temporal connection and the database they use go, and answers them; it takes no new request meanwhile.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listenTracked } from '#scripts/kit/in-flight';

/** A GET on the loopback port; resolves to the status and body, or to the error that ended it. */
function get(port: number): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', (error) => resolve({ error: error.message }));
    });
    req.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    req.end();
  });
}

/** A handler that answers each request when the test says so. */
function heldHandler() {
  const held: (() => void)[] = [];
  let arrived: () => void = () => undefined;
  const arrival = () => new Promise<void>((resolve) => (arrived = resolve));
  return {
    held,
    arrival,
    handler: (_req: unknown, res: { end(body: string): void }) => {
      held.push(() => res.end('answered after the stop began'));
      arrived();
    },
  };
}

describe('listenTracked', () => {
  it('answers a request in flight when the stop begins, and ends the stop only after it', async () => {
    const { held, arrival, handler } = heldHandler();
    const listening = await listenTracked(handler, 0, '127.0.0.1');
    const port = (listening.server.address() as AddressInfo).port;
    const arrived = arrival();
    const answer = get(port);
    await arrived;

    let stopped = false;
    const stopping = listening.stop().then(() => (stopped = true));
    // A new connection is refused once the stop has begun.
    expect(await get(port)).toEqual({ error: 'ECONNREFUSED' });
    expect(stopped).toBe(false);

    expect(held).toHaveLength(1);
    held[0]?.();
    expect(await answer).toEqual({ status: 200, body: 'answered after the stop began' });
    await stopping;
    expect(stopped).toBe(true);
  });

  it('drops a request still open after its limit', async () => {
    const { arrival, handler } = heldHandler();
    const listening = await listenTracked(handler, 0, '127.0.0.1');
    const port = (listening.server.address() as AddressInfo).port;
    const arrived = arrival();
    const answer = get(port);
    await arrived;

    await listening.stop(20);
    expect(await answer).toEqual({ error: 'ECONNRESET' });
  });

  it('rejects a port another server holds', async () => {
    const first = await listenTracked(() => undefined, 0, '127.0.0.1');
    const port = (first.server.address() as AddressInfo).port;
    await expect(listenTracked(() => undefined, port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await first.stop();
  });
});
