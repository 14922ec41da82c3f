// A subscriber on loopback, the way another system would receive Fugong's webhooks: it checks the signature with the
// secret it was given (verifyWebhook, the snippet the README shows), answers 401 when the check fails and 204 when it
// passes, and keeps what it accepted. It can go down (its port closed) and come back up on the same port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook, type WebhookCheck } from '#core/webhooks/webhook-signature';

/** One POST as received, with the subscriber's verdict. */
export interface ReceivedWebhook {
  check: WebhookCheck;
  eventId: string;
  kind: string;
  caseId: string;
  body: Record<string, unknown>;
}

/** The running subscriber. */
export interface WebhookSubscriber {
  url: string;
  received: ReceivedWebhook[];
  /** The events it accepted (signature good), in arrival order. */
  accepted(): ReceivedWebhook[];
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a subscriber holding `secret`; `now` is the clock its replay window is measured by. */
export async function startWebhookSubscriber(secret: string, now: () => number): Promise<WebhookSubscriber> {
  const received: ReceivedWebhook[] = [];
  const make = () =>
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const check = verifyWebhook(secret, req.headers, text, now());
        const body = JSON.parse(text) as Record<string, unknown>;
        received.push({
          check,
          eventId: String(req.headers['x-fugong-event-id']),
          kind: String(body.kind),
          caseId: String(body.caseId),
          body,
        });
        res.writeHead(check.ok ? 204 : 401).end();
      });
    });
  const listen = (server: Server, port: number) =>
    new Promise<number>((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  const close = (server: Server) =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  let server = make();
  const port = await listen(server, 0);
  let running = true;
  return {
    url: `http://127.0.0.1:${port}/hooks/fugong`,
    received,
    accepted: () => received.filter((r) => r.check.ok),
    async down() {
      if (running) await close(server);
      running = false;
    },
    async up() {
      server = make();
      await listen(server, port);
      running = true;
    },
    async stop() {
      if (running) await close(server);
      running = false;
    },
  };
}
