// Which addresses a webhook may not be sent to: the machine itself, the internal network and the cloud's metadata
// service. An admin's URL could otherwise make the worker POST into the infrastructure (Temporal, the database's
// neighbours, 169.254.169.254) and read back from the delivery log which ports answer. The check runs on the address the
// connection is really made to (publicOnlyLookup), so a name that resolves elsewhere the second time gets no further.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 among it
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, the cloud metadata service
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback and the old IPv4-compatible forms (::127.0.0.1)
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6');

/** True when `address` (an IP literal) is loopback, unspecified, private, CGNAT, link-local, unique-local, multicast or
 * reserved, including the IPv4-mapped IPv6 form of such an address (::ffff:10.0.0.1); false for a public one or a name. */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return false;
  return INTERNAL.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** True when a URL's hostname names this machine or the internal network without a lookup: `localhost` (and names
 * under it) or an internal IP literal. A name that only resolves to one is caught when it is dialled. */
export function isInternalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || isInternalAddress(host);
}

/** Raised (as a connection error) when a destination resolves to an internal address. */
export class InternalAddressError extends Error {
  readonly code = 'EINTERNALADDRESS';
  constructor(readonly hostname: string) {
    super(`${hostname} resolves to an internal address`);
  }
}

/** A `lookup` for http(s).request that refuses a name when any address it resolves to is internal, so DNS cannot point
 * a webhook inside after its URL was accepted (the connection uses the addresses checked here, not a second lookup). */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...(options as LookupOptions), all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '');
    if (!addresses.length || addresses.some((entry) => isInternalAddress(entry.address)))
      return callback(new InternalAddressError(hostname), '');
    if ((options as LookupOptions).all) return callback(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};
