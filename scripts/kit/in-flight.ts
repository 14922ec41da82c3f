// The requests an app in this process is still answering. A system stopped right after a journey's last click (the
// browser gone, its request's handler still awaiting Temporal) must let that handler finish before the worker and the
// Temporal connection go: otherwise the client retries the handler's call on a closed connection, and the retry
// throws from a timer where nothing can catch it ("Channel has been shut down").
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Counts requests from their start until their handler ends the response (sent, or written to a socket since closed). */
export interface InFlight {
  /** Wraps a request handler (an express app) so that its requests are counted. */
  wrap<H extends (req: IncomingMessage, res: ServerResponse) => unknown>(handler: H): (req: IncomingMessage, res: ServerResponse) => void;
  /** Resolves once no request is being answered, or after `limitMs` whatever is still open. */
  idle(limitMs: number): Promise<void>;
}

export function inFlightRequests(): InFlight {
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
