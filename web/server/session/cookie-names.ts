// The session and CSRF cookie names. Over https they carry the `__Host-` prefix, which browsers accept only from a
// secure origin with Path=/ and no Domain: a sibling subdomain or a plain-http page cannot plant or shadow them.

/** The cookie names for one deployment. */
export interface CookieNames {
  /** httpOnly session cookie. */
  session: string;
  /** Readable CSRF cookie (double submit before login; bound to the session after). */
  csrf: string;
}

/** `__Host-` names when the public URL is https, plain names for http (where browsers would refuse the prefix). */
export function cookieNames(secure: boolean): CookieNames {
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}fugong_session`, csrf: `${prefix}fugong_csrf` };
}
