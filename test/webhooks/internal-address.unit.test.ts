// Which destinations a webhook may not reach: each range the classifier refuses, in its IPv4, IPv6 and IPv4-mapped
// spellings, beside public neighbours just outside each range, so a range drawn one bit too wide or narrow shows.
import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { InternalAddressError, isInternalAddress, isInternalHost, publicOnlyLookup } from '#core/webhooks/internal-address';

const INTERNAL: [string, string][] = [
  ['loopback', '127.0.0.1'],
  ['loopback, top of 127/8', '127.255.255.254'],
  ['unspecified', '0.0.0.0'],
  ['private 10/8', '10.1.2.3'],
  ['private 172.16/12, bottom', '172.16.0.1'],
  ['private 172.16/12, top', '172.31.255.255'],
  ['private 192.168/16', '192.168.1.20'],
  ['IETF protocol assignments 192.0.0/24, a DS-Lite gateway', '192.0.0.1'],
  ['IETF protocol assignments 192.0.0/24, top', '192.0.0.255'],
  ['benchmarking 198.18/15, bottom', '198.18.0.1'],
  ['benchmarking 198.18/15, top', '198.19.255.254'],
  ['IPv4-mapped benchmarking', '::ffff:198.18.0.1'],
  ['carrier-grade NAT 100.64/10, bottom', '100.64.0.1'],
  ['carrier-grade NAT 100.64/10, top', '100.127.255.254'],
  ['link-local, the cloud metadata service', '169.254.169.254'],
  ['multicast', '224.0.0.251'],
  ['broadcast', '255.255.255.255'],
  ['IPv6 loopback', '::1'],
  ['IPv6 unspecified', '::'],
  ['IPv6 link-local', 'fe80::1'],
  ['IPv6 link-local, top of fe80::/10', 'febf::1'],
  ['IPv6 unique-local fc00::/7', 'fd12:3456:789a::1'],
  ['IPv6 unique-local, fc half', 'fc00::1'],
  ['IPv6 multicast', 'ff02::1'],
  ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
  ['IPv4-mapped loopback, hex', '::ffff:7f00:1'],
  ['IPv4-mapped private', '::ffff:10.0.0.8'],
  ['IPv4-mapped metadata service', '::ffff:169.254.169.254'],
  ['IPv4-mapped CGNAT', '::ffff:100.64.1.1'],
  ['IPv4-compatible loopback', '::127.0.0.1'],
  ['NAT64 of the metadata service', '64:ff9b::169.254.169.254'],
  ['NAT64 of private 10/8, hex', '64:ff9b::a00:1'],
  ['NAT64 of loopback', '64:ff9b::7f00:1'],
  ['NAT64, local-use prefix', '64:ff9b:1::808:808'],
  ['6to4 of private 192.168/16', '2002:c0a8:114::1'],
  ['6to4 of loopback', '2002:7f00:1::'],
  ['6to4 of CGNAT', '2002:6440:101::1'],
  ['Teredo', '2001:0:4136:e378:8000:63bf:3fff:fdd2'],
  ['bracketed, as a URL spells it', '[::1]'],
];

const PUBLIC: [string, string][] = [
  ['public IPv4', '93.184.215.14'],
  ['just below 172.16/12', '172.15.255.255'],
  ['just above 172.16/12', '172.32.0.1'],
  ['just below 100.64/10', '100.63.255.255'],
  ['just above 100.64/10', '100.128.0.1'],
  ['just above 169.254/16', '169.255.0.1'],
  ['beside 192.168/16', '192.169.0.1'],
  ['just above 192.0.0/24', '192.0.1.1'],
  ['just below 198.18/15', '198.17.255.255'],
  ['just above 198.18/15', '198.20.0.1'],
  ['just below multicast', '223.255.255.255'],
  ['public IPv6', '2001:db8::1'],
  ['public IPv6 (Aliyun DNS)', '2400:3200::1'],
  ['just above fe80::/10', 'fec0::1'],
  ['just below fc00::/7', 'fbff::1'],
  ['IPv4-mapped public', '::ffff:93.184.215.14'],
  ['NAT64 of a public IPv4', '64:ff9b::5db8:d70e'],
  ['6to4 of a public IPv4', '2002:5db8:d70e::1'],
  ['just above the Teredo /32', '2001:1::1'],
  ['a host name, which only a lookup can place', 'hooks.example.org'],
];

describe('internal address classifier', () => {
  it.each(INTERNAL)('refuses %s (%s)', (_what, address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each(PUBLIC)('lets through %s (%s)', (_what, address) => {
    expect(isInternalAddress(address)).toBe(false);
  });

  it.each([
    ['localhost', true],
    ['LOCALHOST.', true],
    ['api.localhost', true],
    ['127.0.0.1', true],
    ['[::ffff:7f00:1]', true],
    ['169.254.169.254', true],
    ['hooks.example.org', false],
    ['localhost.example.org', false],
    ['93.184.215.14', false],
  ])('judges the URL host %s without a lookup: internal %s', (hostname, internal) => {
    expect(isInternalHost(hostname)).toBe(internal);
  });

  // The WHATWG parser turns every spelling of an IPv4 address into the dotted one, so a URL cannot hide 127.0.0.1.
  it.each(['http://127.1/', 'http://2130706433/', 'http://0x7f.0.0.1/', 'http://0177.0.0.1/', 'http://[::ffff:127.0.0.1]/'])(
    'sees %s as loopback once parsed',
    (url) => {
      expect(isInternalHost(new URL(url).hostname)).toBe(true);
    },
  );
});

describe('public-only lookup', () => {
  const lookup = (hostname: string, all: boolean) =>
    new Promise<{ error: NodeJS.ErrnoException | null; result: string | LookupAddress[] }>((resolve) =>
      publicOnlyLookup(hostname, { all }, (error, result) => resolve({ error, result })),
    );

  it('refuses a name that resolves to loopback, whichever form of answer the socket asks for', async () => {
    for (const all of [false, true]) {
      const { error } = await lookup('localhost', all);
      expect(error).toBeInstanceOf(InternalAddressError);
      expect(error!.code).toBe('EINTERNALADDRESS');
    }
  });

  // An address given as the name resolves to itself without a DNS server, which keeps this test offline.
  it('answers a public address in the form asked for, and refuses a private one', async () => {
    expect(await lookup('93.184.215.14', false)).toEqual({ error: null, result: '93.184.215.14' });
    expect(await lookup('93.184.215.14', true)).toEqual({ error: null, result: [{ address: '93.184.215.14', family: 4 }] });
    expect((await lookup('10.0.0.1', true)).error).toBeInstanceOf(InternalAddressError);
  });
});
