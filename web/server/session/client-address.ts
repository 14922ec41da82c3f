// The caller's address as the audit log and the sign-in limiter keep it: express's `req.ip` (behind TRUST_PROXY, the
// proxy's X-Forwarded-For), with an IPv4 address that a dual-stack socket reports in IPv6 clothing (`::ffff:10.1.2.3`)
// written as the IPv4 address an IT team searches for.
import { isIPv6 } from 'node:net';

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** `ip` with an IPv4-mapped IPv6 address written as plain IPv4; anything else as it is ('' when absent). */
export function clientAddress(ip: string | undefined): string {
  return (ip ?? '').replace(MAPPED_IPV4, '$1');
}

/** The eight 16-bit groups of an IPv6 address (zone dropped, `::` filled, an IPv4 tail as two groups). */
function ipv6Groups(address: string): number[] {
  const bare = address.split('%')[0]!;
  const [head = '', tail] = bare.split('::');
  const part = (text: string): number[] =>
    text === ''
      ? []
      : text.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)];
          const [a, b, c, d] = group.split('.').map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const first = part(head);
  const last = tail === undefined ? [] : part(tail);
  return [...first, ...Array<number>(8 - first.length - last.length).fill(0), ...last];
}

/**
 * Who a per-address limit counts: an IPv4 address as it is, an IPv6 address by its /64 network. One subscriber is given
 * a whole /64 (often more), so counting each of its 2^64 addresses apart would let one caller spread guesses or
 * objections over fresh addresses without ever reaching a per-address limit.
 */
export function limitedAddress(address: string): string {
  if (!isIPv6(address)) return address;
  const network = ipv6Groups(address)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':');
  return `${network}::/64`;
}
