// A WeCom and DingTalk group-robot server on loopback that insists on the exact requests the real providers expect:
// POST, JSON, the URL's key / access_token (and DingTalk's timestamp and sign, recomputed here from the secret), the
// markdown body with nothing else in it. It answers success, the providers' rate-limit codes (on its own 20 per
// minute per robot, by the clock it is given, or when told to) and failures, and can go down and come back up.
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startRestartableServer } from './restartable-server';

/** One message the server accepted. */
export interface ReceivedMessage {
  channel: 'wecom' | 'dingtalk';
  token: string;
  body: { msgtype: string; markdown: Record<string, string> };
}

/** An answer to force on the next request(s): the provider's rate limit, an HTTP 500, or a provider error code. */
export type ForcedAnswer = 'rate-limit' | 'http-500' | 'error-code';

/** Options: the robots it knows (WeCom key → true; DingTalk token → sign secret or null) and the clock it counts by. */
export interface FakeRobotOptions {
  wecomKeys: string[];
  dingtalk: Record<string, string | null>;
  now: () => number;
  perMinute?: number;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** Starts the fake on a free loopback port. */
export async function startFakeRobotServer(options: FakeRobotOptions) {
  const received: ReceivedMessage[] = [];
  const refused: { reason: string; url: string }[] = [];
  const forced: ForcedAnswer[] = [];
  const sends = new Map<string, number[]>();
  let rateLimitAnswers = 0;
  const perMinute = options.perMinute ?? 20;

  function overLimit(token: string): boolean {
    const now = options.now();
    const recent = (sends.get(token) ?? []).filter((at) => at > now - 60_000);
    sends.set(token, recent);
    return recent.length >= perMinute;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const refuse = (reason: string, answer: unknown) => {
      refused.push({ reason, url: req.url ?? '' });
      json(res, 200, answer);
    };
    if (req.method !== 'POST' || !String(req.headers['content-type']).startsWith('application/json')) return json(res, 405, {});
    let body: ReceivedMessage['body'];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return refuse('not json', { errcode: 40001, errmsg: 'invalid json' });
    }
    const isWecom = url.pathname === '/cgi-bin/webhook/send';
    const isDingtalk = url.pathname === '/robot/send';
    if (!isWecom && !isDingtalk) return json(res, 404, {});
    const channel = isWecom ? 'wecom' : 'dingtalk';
    const token = (isWecom ? url.searchParams.get('key') : url.searchParams.get('access_token')) ?? '';
    const fields = Object.keys(body.markdown ?? {})
      .sort()
      .join(',');
    const expected = isWecom ? 'content' : 'text,title';
    if (Object.keys(body).sort().join(',') !== 'markdown,msgtype' || body.msgtype !== 'markdown' || fields !== expected)
      return refuse(`body shape ${JSON.stringify(body).slice(0, 80)}`, { errcode: 40008, errmsg: 'invalid message type' });
    if (isWecom && !options.wecomKeys.includes(token)) return refuse('unknown key', { errcode: 93000, errmsg: 'invalid webhook url' });
    if (isDingtalk) {
      if (!(token in options.dingtalk)) return refuse('unknown token', { errcode: 300001, errmsg: 'token is not exist' });
      const secret = options.dingtalk[token];
      if (secret) {
        const timestamp = url.searchParams.get('timestamp') ?? '';
        // The raw query must carry the sign URL-encoded once: searchParams decodes it back to the base64 text.
        const sign = url.searchParams.get('sign') ?? '';
        const wanted = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
        if (Math.abs(Number(timestamp) - options.now()) > 3_600_000)
          return refuse('stale timestamp', { errcode: 310000, errmsg: 'sign not match' });
        if (sign !== wanted) return refuse('bad sign', { errcode: 310000, errmsg: 'sign not match, more: [sign not match]' });
      }
    }
    const force = forced.shift();
    if (force === 'http-500') return json(res, 500, { error: 'internal' });
    if (force === 'error-code') return refuse('forced error', { errcode: -1, errmsg: 'system busy' });
    if (force === 'rate-limit' || overLimit(token)) {
      rateLimitAnswers += 1;
      return isWecom
        ? json(res, 200, { errcode: 45009, errmsg: 'api freq out of limit' })
        : json(res, 200, { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' });
    }
    sends.get(token)!.push(options.now());
    received.push({ channel, token, body });
    json(res, 200, { errcode: 0, errmsg: 'ok' });
  }

  const server = await startRestartableServer(handle);
  const { port } = server;
  const base = `http://127.0.0.1:${port}`;

  return {
    received,
    refused,
    /** Answers to give instead of success, in order. */
    force: (...answers: ForcedAnswer[]) => forced.push(...answers),
    rateLimitAnswers: () => rateLimitAnswers,
    wecomUrl: `${base}/cgi-bin/webhook/send`,
    dingtalkUrl: `${base}/robot/send`,
    /** Stops answering: connections are refused until up(). */
    down: server.down,
    up: server.up,
    stop: () => server.stop(),
  };
}

/** The fake's interface. */
export type FakeRobotServer = Awaited<ReturnType<typeof startFakeRobotServer>>;
