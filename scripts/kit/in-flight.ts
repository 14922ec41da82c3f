// The requests a server in this process is still answering, and a stop that lets them finish. The web process at SIGTERM
// and a test's system stopped right after a journey's last click (the browser gone, its request's handler still awaiting
// Temporal) both close the Temporal connection and the database next: a handler cut off from them leaves its caller
// without an answer, and the Temporal client retries the handler's call on the closed connection and throws from a
// timer where nothing can catch it ("Channel has been shut down").
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** Counts requests from their start until their handler ends the response (sent, or written to a socket since closed). */
interface InFlight {
  /** Wraps a request handler (an express app) so that its requests are counted. */
  wrap<H extends (req: IncomingMessage, res: ServerResponse) => unknown>(handler: H): (req: IncomingMessage, res: ServerResponse) => void;
  /** Resolves once no request is being answered, or after `limitMs` whatever is still open. */
  idle(limitMs: number): Promise<void>;
}

function inFlightRequests(): InFlight {
  let open = 0;
  let waiting: (() => void)[] = [];
  const ended = () => {
    open -= 1;
    if (open > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  return {
    wrap(handler) {
      return (req, res) => {
        open += 1;
        const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
        let counted = true;
        res.end = ((...args: unknown[]) => {
          if (counted) {
            counted = false;
            ended();
          }
          return end(...args);
        }) as ServerResponse['end'];
        handler(req, res);
      };
    },
    idle(limitMs) {
      if (open === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, limitMs);
        timer.unref();
        waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** How long a stop waits for the requests being answered before it drops their connections. */
const STOP_GRACE_MS = 15_000;

/** A server whose requests are counted, and how to stop it without cutting a request short. */
export interface TrackedServer {
  server: Server;
  /** Takes no new connection and closes the idle ones, waits (`limitMs` at most) for the requests being answered to
   * end, then drops whatever connection is left. */
  stop(limitMs?: number): Promise<void>;
}

/** Listens on `port` (0: any free one) of `host` (all interfaces when absent); rejects when it cannot (EADDRINUSE). */
export async function listenTracked(
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
  port: number,
  host?: string,
): Promise<TrackedServer> {
  const answering = inFlightRequests();
  const server = createServer(answering.wrap(handler));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    server,
    async stop(limitMs = STOP_GRACE_MS) {
      server.close();
      server.closeIdleConnections();
      await answering.idle(limitMs);
      server.closeAllConnections();
    },
  };
}
