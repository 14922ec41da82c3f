// What one POST tells the delivery log when no proper answer comes back: a plain "unreachable", never the socket's or
// the HTTP parser's own words (ECONNREFUSED, HPE_INVALID_CONSTANT), which would tell a prober what listens on a port.
import { createServer as createTcpServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postWebhook, REFUSED_INTERNAL, UNREACHABLE } from '#core/webhooks/post-webhook';

const OPTIONS = { allowPrivate: true, timeoutMs: 2_000 };
const servers: Server[] = [];

/** A TCP listener on loopback that answers whatever arrives with `reply` (a gRPC or SSH port, say) and hangs up. */
async function rawListener(reply: string): Promise<number> {
  const server = createTcpServer((socket) => {
    socket.on('error', () => undefined);
    socket.resume(); // reads the request, and so the client's hang-up that lets the server close
    socket.end(reply);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('posting one webhook', () => {
  it('says only "unreachable" when the port speaks something other than HTTP', async () => {
    const port = await rawListener('\u0000\u0000\u0018\u0004\u0000\u0000\u0000\u0000\u0000SSH-2.0-OpenSSH\r\n');
    expect(await postWebhook(`http://127.0.0.1:${port}/`, {}, '{}', OPTIONS)).toEqual({ status: null, error: UNREACHABLE });
  });

  it('says only "unreachable" when nothing listens on the port', async () => {
    const port = await rawListener('');
    await new Promise((resolve) => servers.pop()!.close(resolve));
    expect(await postWebhook(`http://127.0.0.1:${port}/`, {}, '{}', OPTIONS)).toEqual({ status: null, error: UNREACHABLE });
  });

  it('answers with the receiver’s status, and refuses an internal address unless allowed, before dialling it', async () => {
    const port = await rawListener('HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    const url = `http://127.0.0.1:${port}/`;
    expect(await postWebhook(url, {}, '{}', OPTIONS)).toEqual({ status: 503, error: 'HTTP 503' });
    let dialled = 0;
    servers[0]!.on('connection', () => (dialled += 1));
    expect(await postWebhook(url, {}, '{}', { ...OPTIONS, allowPrivate: false })).toEqual({ status: null, error: REFUSED_INTERNAL });
    expect(dialled).toBe(0);
  });
});
