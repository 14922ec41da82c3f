// An Alibaba Cloud SMS endpoint on loopback that insists on the exact request the real one expects: a form POST of
// SendSms (version 2017-05-25) with every common parameter, a known AccessKeyId, a fresh SignatureNonce, a timestamp
// within 15 minutes, the registered signature name and template, a mainland mobile — and the HMAC-SHA1 signature,
// recomputed here from the secret by the documented algorithm. It answers success, the flow-control code (on its own
// per-minute limit by the clock it is given, or when told to) and failures, and can go down and come back up.
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startRestartableServer } from './restartable-server';

/** One text the server accepted. */
export interface ReceivedSms {
  mobile: string;
  text: string;
  outId: string | undefined;
}

/** An answer to force on the next request(s). */
export type ForcedSmsAnswer = 'rate-limit' | 'http-500' | 'error-code';

/** The account the fake knows, and the clock it counts by. */
export interface FakeSmsOptions {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  now: () => number;
  perMinute?: number;
}

const REQUIRED = [
  'AccessKeyId',
  'Action',
  'Format',
  'PhoneNumbers',
  'RegionId',
  'SignName',
  'Signature',
  'SignatureMethod',
  'SignatureNonce',
  'SignatureVersion',
  'TemplateCode',
  'TemplateParam',
  'Timestamp',
  'Version',
];

// Written out here rather than imported, so a mistake in the adapter's encoder cannot hide in both.
const rfc3986 = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** Starts the fake on a free loopback port. */
export async function startFakeSmsServer(options: FakeSmsOptions) {
  const received: ReceivedSms[] = [];
  const refused: string[] = [];
  const forced: ForcedSmsAnswer[] = [];
  const nonces = new Set<string>();
  let sends: number[] = [];
  let rateLimitAnswers = 0;
  const perMinute = options.perMinute ?? 1000;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const refuse = (code: string, message: string, status = 400) => {
      refused.push(code);
      json(res, status, { Code: code, Message: message, RequestId: 'fake' });
    };
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://fake').pathname !== '/') return json(res, 404, {});
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'))
      return refuse('MissingParameter', 'form body expected');
    const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    const missing = REQUIRED.filter((name) => !params[name]);
    if (missing.length) return refuse(`Missing${missing[0]}`, `${missing[0]} is mandatory for this action.`);
    if (params.Action !== 'SendSms' || params.Version !== '2017-05-25') return refuse('InvalidAction.NotFound', 'wrong action or version');
    if (params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0')
      return refuse('InvalidSignatureMethod', 'HMAC-SHA1 1.0');
    if (params.AccessKeyId !== options.accessKeyId) return refuse('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
    const canonical = Object.keys(params)
      .filter((name) => name !== 'Signature')
      .sort()
      .map((name) => `${rfc3986(name)}=${rfc3986(params[name]!)}`)
      .join('&');
    const wanted = createHmac('sha1', `${options.accessKeySecret}&`)
      .update(`POST&${rfc3986('/')}&${rfc3986(canonical)}`)
      .digest('base64');
    if (params.Signature !== wanted) return refuse('SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
    if (Math.abs(Date.parse(params.Timestamp!) - options.now()) > 15 * 60_000 || !/Z$/.test(params.Timestamp!))
      return refuse('InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    if (nonces.has(params.SignatureNonce!)) return refuse('SignatureNonceUsed', 'Specified signature nonce was used already.');
    nonces.add(params.SignatureNonce!);
    if (params.SignName !== options.signName) return refuse('isv.SMS_SIGNATURE_ILLEGAL', 'unknown sign name', 200);
    if (params.TemplateCode !== options.templateCode) return refuse('isv.SMS_TEMPLATE_ILLEGAL', 'unknown template', 200);
    if (!/^1[3-9]\d{9}$/.test(params.PhoneNumbers!)) return refuse('isv.MOBILE_NUMBER_ILLEGAL', 'invalid mobile', 200);
    let text: unknown;
    try {
      text = (JSON.parse(params.TemplateParam!) as { text?: unknown }).text;
    } catch {
      return refuse('isv.INVALID_JSON_PARAM', 'TemplateParam is not JSON', 200);
    }
    if (typeof text !== 'string' || !text) return refuse('isv.TEMPLATE_MISSING_PARAMETERS', 'text missing', 200);
    const force = forced.shift();
    if (force === 'http-500') return json(res, 500, { Code: 'InternalError', Message: 'internal' });
    if (force === 'error-code') return refuse('isp.SYSTEM_ERROR', 'system error', 200);
    sends = sends.filter((at) => at > options.now() - 60_000);
    if (force === 'rate-limit' || sends.length >= perMinute) {
      rateLimitAnswers += 1;
      return json(res, 200, { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控Permits:1', RequestId: 'fake' });
    }
    sends.push(options.now());
    received.push({ mobile: params.PhoneNumbers!, text, outId: params.OutId });
    json(res, 200, { Code: 'OK', Message: 'OK', BizId: `biz-${received.length}`, RequestId: 'fake' });
  }

  const server = await startRestartableServer(handle);
  const { port } = server;

  return {
    received,
    refused,
    /** Answers to give instead of success, in order. */
    force: (...answers: ForcedSmsAnswer[]) => forced.push(...answers),
    rateLimitAnswers: () => rateLimitAnswers,
    url: `http://127.0.0.1:${port}/`,
    /** Stops answering: connections are refused until up(). */
    down: server.down,
    up: server.up,
    stop: () => server.stop(),
  };
}

/** The fake's interface. */
export type FakeSmsServer = Awaited<ReturnType<typeof startFakeSmsServer>>;
