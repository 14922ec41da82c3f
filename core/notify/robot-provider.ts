// The two group-robot providers: the exact request each expects and what its answer means. WeCom:
// POST <base>?key=KEY with { msgtype: 'markdown', markdown: { content } }, errcode 45009 = too many messages.
// DingTalk: POST <base>?access_token=TOKEN[&timestamp=&sign=] with { msgtype: 'markdown', markdown: { title, text } },
// errcode 130101 = sending too fast; its signature is base64(HmacSHA256(secret, `${timestamp}\n${secret}`)), urlencoded.
import { createHmac } from 'node:crypto';

/** Channels that deliver to a group chat's robot. */
export const ROBOT_CHANNELS = ['wecom-robot', 'dingtalk-robot'] as const;
/** One of ROBOT_CHANNELS. */
export type RobotChannel = (typeof ROBOT_CHANNELS)[number];

/** What a robot needs to be reached: the webhook key or access token, and DingTalk's optional signing secret. */
export interface RobotSecret {
  token: string;
  signSecret?: string;
}

/** One markdown message to a group. */
export interface RobotMessage {
  title: string;
  markdown: string;
}

/** How a delivery attempt ended. */
export type RobotOutcome = { kind: 'sent' } | { kind: 'rate-limited'; reason: string } | { kind: 'failed'; reason: string };

const RATE_LIMITED: Record<RobotChannel, number> = { 'wecom-robot': 45009, 'dingtalk-robot': 130101 };
const TOKEN = /^[A-Za-z0-9_-]{8,128}$/;

/** DingTalk's `sign` parameter for a timestamp in milliseconds, already URL-encoded. */
export function dingTalkSign(timestampMs: number, secret: string): string {
  const digest = createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
  return encodeURIComponent(digest);
}

/** The key or token an admin pasted, alone or inside the webhook URL the group's settings show; undefined if neither. */
export function robotToken(channel: RobotChannel, pasted: string): string | undefined {
  const text = pasted.trim();
  if (TOKEN.test(text)) return text;
  try {
    const url = new URL(text);
    const token = url.searchParams.get(channel === 'wecom-robot' ? 'key' : 'access_token') ?? '';
    return TOKEN.test(token) ? token : undefined;
  } catch {
    return undefined;
  }
}

/** The URL and JSON body a provider expects for `message`. */
export function robotRequest(
  channel: RobotChannel,
  base: string,
  secret: RobotSecret,
  message: RobotMessage,
  nowMs: number,
): { url: string; body: Record<string, unknown> } {
  const url = new URL(base);
  if (channel === 'wecom-robot') {
    url.searchParams.set('key', secret.token);
    return { url: url.toString(), body: { msgtype: 'markdown', markdown: { content: message.markdown } } };
  }
  url.searchParams.set('access_token', secret.token);
  let href = url.toString();
  // The sign is URL-encoded by the algorithm itself; URLSearchParams would encode it a second time.
  if (secret.signSecret) href += `&timestamp=${nowMs}&sign=${dingTalkSign(nowMs, secret.signSecret)}`;
  return { url: href, body: { msgtype: 'markdown', markdown: { title: message.title, text: message.markdown } } };
}

/** Posts one message; network errors, HTTP errors and provider error codes become outcomes, never exceptions. */
export async function postToRobot(
  channel: RobotChannel,
  base: string,
  secret: RobotSecret,
  message: RobotMessage,
  nowMs: number,
): Promise<RobotOutcome> {
  const { url, body } = robotRequest(channel, base, secret, message, nowMs);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind: 'failed', reason: `unreachable: ${cause ?? (error as Error).message}` };
  }
  const text = await response.text().catch(() => '');
  if (response.status === 429) return { kind: 'rate-limited', reason: 'HTTP 429' };
  if (!response.ok) return { kind: 'failed', reason: `HTTP ${response.status}` };
  let answer: { errcode?: unknown; errmsg?: unknown };
  try {
    answer = JSON.parse(text);
  } catch {
    return { kind: 'failed', reason: 'answer is not JSON' };
  }
  const code = Number(answer.errcode);
  if (code === 0) return { kind: 'sent' };
  const reason = `errcode ${String(answer.errcode)}: ${String(answer.errmsg ?? '').slice(0, 200)}`;
  return code === RATE_LIMITED[channel] ? { kind: 'rate-limited', reason } : { kind: 'failed', reason };
}
