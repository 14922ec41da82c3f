// One POST of a webhook over node:http(s), dialled through publicOnlyLookup unless internal receivers are allowed
// (WEBHOOK_ALLOW_PRIVATE). Redirects are not followed. What goes to the delivery log is the receiver's HTTP status, or
// a plain reason that tells an admin what to fix without telling a prober how a port answered (no socket or parser codes).
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isInternalHost, publicOnlyLookup } from './internal-address';

/** The delivery log's reason when the destination is on the internal network. */
export const REFUSED_INTERNAL = 'the address is on an internal network; refused';
/** The delivery log's reason when the receiver's host name does not exist. */
export const UNKNOWN_HOST = 'unreachable: host name not found';
/** The delivery log's reason for every other failure to get an answer (refused, reset, timed out, TLS, bad HTTP). */
export const UNREACHABLE = 'unreachable';

/** How a POST went: the receiver's status, or null with the reason it got none. */
export interface PostOutcome {
  status: number | null;
  error: string | null;
}

/** Options of one POST. */
export interface PostOptions {
  /** Let the POST reach loopback and internal-network addresses (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  timeoutMs: number;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EINTERNALADDRESS') return REFUSED_INTERNAL;
  if (code === 'ENOTFOUND') return UNKNOWN_HOST;
  return UNREACHABLE;
}

/** POSTs `body` with `headers` to `url` and reads (and drops) the answer. */
export async function postWebhook(url: string, headers: Record<string, string>, body: string, options: PostOptions): Promise<PostOutcome> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { status: null, error: UNREACHABLE };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { status: null, error: UNREACHABLE };
  // An IP literal is dialled without a lookup, so it is checked here; `localhost` and other names go through the lookup.
  if (!options.allowPrivate && isInternalHost(target.hostname)) return { status: null, error: REFUSED_INTERNAL };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  try {
    const status = await new Promise<number>((resolve, reject) => {
      const req = send(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          // A connection of its own each time: a pooled socket would skip the lookup that checks the address.
          agent: false,
          ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
          signal: AbortSignal.timeout(options.timeoutMs),
        },
        (res: IncomingMessage) => {
          res.on('error', () => undefined); // an answer cut short still answered with its status
          res.on('close', () => resolve(res.statusCode ?? 0));
          res.resume();
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    return { status, error: status >= 200 && status < 300 ? null : `HTTP ${status}` };
  } catch (error) {
    return { status: null, error: reasonOf(error) };
  }
}
