// The audit log shows a sign-in's address as IT searches for it: 127.0.0.1, not the dual-stack socket's ::ffff:127.0.0.1.
import { describe, expect, it } from 'vitest';
import { clientAddress } from '#web/server/session/client-address';

describe('client address', () => {
  it.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::FFFF:203.0.113.7', '203.0.113.7'],
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8::1', '2001:db8::1'],
    ['::1', '::1'],
    [undefined, ''],
  ])('writes %s as %s', (ip, shown) => {
    expect(clientAddress(ip)).toBe(shown);
  });
});
