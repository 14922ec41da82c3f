// The SMS channel's provider seam, and its one adapter: Alibaba Cloud SMS (dysmsapi, API version 2017-05-25).
//
// Adding a provider is one small file beside this one: export a function that returns an `SmsProvider`, i.e.
//   - `name`: a short word for logs and the outbox (never secret);
//   - `send(message)`: POST the provider's request for ONE text to ONE mainland mobile, signed as the provider
//     documents, and map its answer to an `SmsOutcome` — `sent`, `rate-limited` (the row waits a minute, never
//     dropped) or `failed` (retried with backoff, then dead). It must never throw: network errors are `failed`.
//   - never log or return the mobile in full (the outcome's `reason` is stored and shown to admins).
// Then choose it in `smsProviderFrom` (sms-config.ts) by SMS_PROVIDER. The outbox, rate limit, retries, dead
// letters and masking are the dispatcher's; a provider only speaks HTTP.
//
// Alibaba Cloud's RPC signature (signature version 1.0, HMAC-SHA1), as its documentation gives it:
//   1. every request parameter except Signature, sorted by name (byte order);
//   2. name and value percent-encoded (RFC 3986: space → %20, * → %2A, ~ kept), joined `name=value` with `&`;
//   3. StringToSign = METHOD + '&' + percentEncode('/') + '&' + percentEncode(canonicalized query);
//   4. Signature = base64(HMAC-SHA1(AccessKeySecret + '&', StringToSign)), sent as the `Signature` parameter.
// Its answer is JSON `{ Code, Message, RequestId, BizId }`; `OK` is success, the flow-control codes are a rate limit.
import { createHmac, randomUUID } from 'node:crypto';
import { maskMobile } from '../privacy/mask';

/** One text to one mobile. `outId` is Fugong's id of the row, echoed back by providers that support it. */
export interface SmsMessage {
  mobile: string;
  text: string;
  outId?: string;
}

/** How a send ended. */
export type SmsOutcome = { kind: 'sent' } | { kind: 'rate-limited'; reason: string } | { kind: 'failed'; reason: string };

/** What the dispatcher needs of a provider. */
export interface SmsProvider {
  name: string;
  send(message: SmsMessage): Promise<SmsOutcome>;
}

/** Alibaba Cloud SMS settings (SMS_PROVIDER_URL, SMS_ACCESS_KEY_ID, SMS_ACCESS_KEY_SECRET, SMS_SIGN_NAME, SMS_TEMPLATE_CODE). */
export interface AliyunSmsSettings {
  /** e.g. https://dysmsapi.aliyuncs.com/ */
  url: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  /** A notification template registered with the provider as `${text}`: Fugong renders the words itself. */
  templateCode: string;
  regionId?: string;
}

// Flow-control answers: per number per minute/hour/day, and the account's own throttling.
const RATE_LIMIT_CODES = new Set(['isv.BUSINESS_LIMIT_CONTROL', 'Throttling.User', 'Throttling', 'isv.DAY_LIMIT_CONTROL']);

/** RFC 3986 percent-encoding as Alibaba Cloud's signature uses it. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The canonicalized query of `params` (Signature excluded), sorted by name. */
export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((name) => name !== 'Signature')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name]!)}`)
    .join('&');
}

/** Alibaba Cloud's RPC signature of `params` for `method`, base64 (not yet URL-encoded). */
export function aliyunSignature(method: 'GET' | 'POST', params: Record<string, string>, accessKeySecret: string): string {
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}

/** ISO 8601 in UTC without milliseconds, as the signature's Timestamp is written: 2017-07-12T02:42:19Z. */
export function aliyunTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The SendSms parameters for `message`, signed; `nonce` and `timestamp` are fixed only by tests. */
export function aliyunSendSmsParams(
  settings: AliyunSmsSettings,
  message: SmsMessage,
  at: { nonce: string; timestamp: string } = { nonce: randomUUID(), timestamp: aliyunTimestamp(new Date()) },
): Record<string, string> {
  const params: Record<string, string> = {
    AccessKeyId: settings.accessKeyId,
    Action: 'SendSms',
    Format: 'JSON',
    PhoneNumbers: message.mobile,
    RegionId: settings.regionId ?? 'cn-hangzhou',
    SignName: settings.signName,
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: at.nonce,
    SignatureVersion: '1.0',
    TemplateCode: settings.templateCode,
    TemplateParam: JSON.stringify({ text: message.text }),
    Timestamp: at.timestamp,
    Version: '2017-05-25',
    ...(message.outId ? { OutId: message.outId } : {}),
  };
  return { ...params, Signature: aliyunSignature('POST', params, settings.accessKeySecret) };
}

/** The Alibaba Cloud SMS adapter: one signed form POST per message. */
export function createAliyunSmsProvider(settings: AliyunSmsSettings, now: () => Date = () => new Date()): SmsProvider {
  return {
    name: 'aliyun',
    async send(message: SmsMessage): Promise<SmsOutcome> {
      const params = aliyunSendSmsParams(settings, message, { nonce: randomUUID(), timestamp: aliyunTimestamp(now()) });
      const body = Object.entries(params)
        .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
        .join('&');
      let response: Response;
      try {
        response = await fetch(settings.url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: 'application/json' },
          body,
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        return { kind: 'failed', reason: `unreachable: ${cause ?? (error as Error).message}` };
      }
      const text = await response.text().catch(() => '');
      let answer: { Code?: unknown; Message?: unknown } = {};
      try {
        answer = JSON.parse(text);
      } catch {
        if (response.ok) return { kind: 'failed', reason: 'answer is not JSON' };
      }
      const code = String(answer.Code ?? '');
      if (response.ok && code === 'OK') return { kind: 'sent' };
      // A provider's message may quote the number; the stored reason never does.
      const said = String(answer.Message ?? '')
        .replaceAll(message.mobile, maskMobile(message.mobile))
        .slice(0, 200);
      const reason = `${response.ok ? '' : `HTTP ${response.status} `}${code || 'no code'}: ${said}`.trim();
      if (response.status === 429 || RATE_LIMIT_CODES.has(code)) return { kind: 'rate-limited', reason };
      return { kind: 'failed', reason };
    },
  };
}
