// The caller's address as the audit log and the sign-in limiter keep it: express's `req.ip` (behind TRUST_PROXY, the
// proxy's X-Forwarded-For), with an IPv4 address that a dual-stack socket reports in IPv6 clothing (`::ffff:10.1.2.3`)
// written as the IPv4 address an IT team searches for.
const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** `ip` with an IPv4-mapped IPv6 address written as plain IPv4; anything else as it is ('' when absent). */
export function clientAddress(ip: string | undefined): string {
  return (ip ?? '').replace(MAPPED_IPV4, '$1');
}
