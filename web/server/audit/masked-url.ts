// A webhook's or a robot's address as the audit log may show it: where it points (scheme, host, the path's plain words),
// never the secret a receiver hides in it — a query's values (`?key=…`, `?access_token=…`), a user and password, a
// fragment, or a path segment that reads like a token (`/services/T000/B000/XXXXXXXXXXXXXXXX`).
const MASK = '***';
/** A path segment this long with a digit in it, or longer still, is taken for a token. */
const TOKEN_WITH_DIGIT = /^(?=.*\d)[^/]{12,}$/;
const TOKEN_ANY = /^[^/]{24,}$/;

/** `text` with the secrets of the URL it holds masked; text that is not a URL comes back masked whole past its host. */
export function maskedUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text.length > 8 ? `${text.slice(0, 4)}${MASK}` : MASK;
  }
  const path = url.pathname
    .split('/')
    .map((segment) => (TOKEN_WITH_DIGIT.test(segment) || TOKEN_ANY.test(segment) ? MASK : segment))
    .join('/');
  const query = [...url.searchParams.keys()].map((key) => `${encodeURIComponent(key)}=${MASK}`).join('&');
  return `${url.protocol}//${url.host}${path === '/' && !query ? '' : path}${query ? `?${query}` : ''}`;
}
