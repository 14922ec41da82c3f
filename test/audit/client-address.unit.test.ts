// The audit log shows a sign-in's address as IT searches for it: 127.0.0.1, not the dual-stack socket's ::ffff:127.0.0.1.
// The per-address limits count an IPv6 address by its /64 network: one subscriber holds all of it.
import { describe, expect, it } from 'vitest';
import { clientAddress, limitedAddress } from '#web/server/session/client-address';

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

describe('address a per-address limit counts', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8:5:1::1', '2001:db8:5:1::/64'],
    ['2001:0DB8:0005:0001:ffff:1:2:3', '2001:db8:5:1::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:0:0:1::', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['64:ff9b::192.0.2.33', '64:ff9b:0:0::/64'],
    ['unknown', 'unknown'],
    ['', ''],
  ])('counts %s as %s', (address, counted) => {
    expect(limitedAddress(address)).toBe(counted);
  });
});
