// A loopback HTTP server that a test can take down and bring back on the same port, as the fake providers do
// (fake-robot-server.ts, fake-sms-server.ts) to stand in for an outage.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serves `handle` on a free loopback port; `down()` refuses connections until `up()`. */
export async function startRestartableServer(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>) {
  const serve = (): Server => createServer((req, res) => void handle(req, res));
  let server = serve();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    /** Stops answering: connections are refused until up(). */
    async down() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async up() {
      server = serve();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    async stop() {
      if (server.listening) await this.down();
    },
  };
}
