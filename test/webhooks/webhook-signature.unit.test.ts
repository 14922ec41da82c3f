import { describe, expect, it } from 'vitest';
import { newWebhookSecret, REPLAY_WINDOW_SECONDS, signWebhook, verifyWebhook } from '#core/webhooks/webhook-signature';

describe('webhook signature', () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({ id: 'e1', kind: 'case.settled' });
  const at = 1_796_371_200;
  const headers = (timestamp: number, signature: string) => ({ 'x-fugong-timestamp': String(timestamp), 'x-fugong-signature': signature });

  it.each([
    ['accepts the right secret inside the window', secret, at, body, at * 1000 + 1000, { ok: true }],
    ['refuses another secret', newWebhookSecret(), at, body, at * 1000, { ok: false, reason: 'bad-signature' }],
    ['refuses a changed body', secret, at, `${body} `, at * 1000, { ok: false, reason: 'bad-signature' }],
    [
      'refuses a replay after the window',
      secret,
      at,
      body,
      (at + REPLAY_WINDOW_SECONDS + 1) * 1000,
      { ok: false, reason: 'stale-timestamp' },
    ],
  ])('%s', (_name, signer, timestamp, received, nowMs, expected) => {
    expect(verifyWebhook(secret, headers(timestamp, signWebhook(signer, timestamp, body)), received, nowMs)).toEqual(expected);
  });

  it('signs the hex HMAC-SHA256 of "timestamp.body" and refuses a POST without its headers', () => {
    // Known answer: printf '1.b' | openssl dgst -sha256 -hmac k
    expect(signWebhook('k', 1, 'b')).toBe('2946e37a45bb02a0bf1bf1a7d9219543801fedd301f9f485aebd72c928639bea');
    expect(verifyWebhook(secret, {}, body, at * 1000)).toEqual({ ok: false, reason: 'missing-header' });
    expect(newWebhookSecret()).not.toBe(newWebhookSecret());
  });
});
