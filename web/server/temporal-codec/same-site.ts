// Whether two origins are the same site, as a browser decides which requests carry a SameSite=Lax cookie: the same
// scheme and the same registrable domain (`temporal.fugong.city.gov.cn` and `fugong.city.gov.cn` are; `localhost:8080`
// and `fugong.city.gov.cn` are not, nor `http://` and `https://` of one host). The Temporal UI calls the codec endpoint
// with the admin's session cookie, which is Lax: from another site the cookie stays behind and every decode is a 401.

// Second-level labels under a country code that are public suffixes (gov.cn, com.cn, co.uk …): the registrable domain
// is one label longer there. A small list, not the Public Suffix List: it only has to tell an operator's likely setups.
const SECOND_LEVEL = new Set(['gov', 'com', 'edu', 'org', 'net', 'ac', 'co', 'or', 'ne', 'go']);

/** The registrable domain of a host (an IP address or a single label is its own). */
export function registrableDomain(host: string): string {
  if (/^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host;
  const labels = host.split('.');
  const take = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** Whether a request from `origin` to `target` is same-site (ports do not matter; schemes do). */
export function sameSite(origin: string, target: string): boolean {
  const a = new URL(origin);
  const b = new URL(target);
  return a.protocol === b.protocol && registrableDomain(a.hostname) === registrableDomain(b.hostname);
}
