// Which addresses a webhook may not be sent to: the machine itself, the internal network and the cloud's metadata
// service. An admin's URL could otherwise make the worker POST into the infrastructure (Temporal, the database's
// neighbours, 169.254.169.254) and read back from the delivery log which ports answer. The check runs on the address the
// connection is really made to (publicOnlyLookup), so a name that resolves elsewhere the second time gets no further.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const INTERNAL = new BlockList();
const INTERNAL_IPV4 = [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 among it
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, the cloud metadata service
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments: DS-Lite and NAT64 gateways answer inside it (192.0.0.1, 192.0.0.170)
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking: networks use it inside as lab and interconnect space
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const;

/** `2002:aabb:ccdd::`, the 6to4 prefix that wraps the IPv4 network `a.b.c.d`. */
function sixToFour(network: string): string {
  const hex = network.split('.').map((octet) => Number(octet).toString(16).padStart(2, '0'));
  return `2002:${hex[0]}${hex[1]}:${hex[2]}${hex[3]}::`;
}

for (const [network, prefix] of INTERNAL_IPV4) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
  // The same IPv4 networks wrapped in IPv6 by a translator: NAT64's well-known prefix (a gateway there dials the IPv4
  // address inside) and 6to4. A public IPv4 address wrapped so stays allowed.
  INTERNAL.addSubnet(`64:ff9b::${network}`, 96 + prefix, 'ipv6');
  INTERNAL.addSubnet(sixToFour(network), 16 + prefix, 'ipv6');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback and the old IPv4-compatible forms (::127.0.0.1)
  ['64:ff9b:1::', 48], // NAT64 for a network's own use (RFC 8215): whatever it wraps is internal by definition
  ['2001::', 32], // Teredo: the IPv4 address inside is obfuscated, and the mechanism is retired
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6');

/** True when `address` (an IP literal) is loopback, unspecified, private, CGNAT, link-local, unique-local, multicast or
 * reserved, including such an IPv4 address in IPv6 clothing (mapped ::ffff:10.0.0.1, NAT64 64:ff9b::a00:1, 6to4
 * 2002:a00:1::, Teredo); false for a public one or a name. */
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
