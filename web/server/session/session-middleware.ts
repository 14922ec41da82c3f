// Attaches the signed-in user to each request and enforces CSRF on every state-changing request.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { parseCookie } from 'cookie';
import type { Knex } from 'knex';
import { AppError } from '../../../core/errors';
import { findSession } from './session-store';

/** Name of the httpOnly session cookie. */
export const SESSION_COOKIE = 'fugong_session';
/** Name of the readable CSRF cookie (double submit before login; bound to the session after). */
export const CSRF_COOKIE = 'fugong_csrf';
/** Header that must echo the CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfRefused = new AppError(403, 'csrf', {
  'zh-CN': '页面已过期或请求来源不可信，请刷新页面后重试',
  en: 'The page has expired or the request did not come from Fugong; reload the page and try again',
});

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Reads cookies, resolves the session, and refuses unsafe requests whose CSRF header does not match. */
export function sessionMiddleware(db: Knex, now: () => Date, secureCookies: boolean): RequestHandler {
  return async (req, res, next) => {
    const cookies = parseCookie(req.headers.cookie ?? '');
    const token = cookies[SESSION_COOKIE];
    const session = token ? await findSession(db, token, now()) : undefined;
    if (session) req.user = session.user;
    let csrf = session?.csrfToken ?? cookies[CSRF_COOKIE];
    if (!csrf) {
      csrf = randomBytes(24).toString('base64url');
    }
    if (cookies[CSRF_COOKIE] !== csrf) {
      res.cookie(CSRF_COOKIE, csrf, { sameSite: 'strict', secure: secureCookies, path: '/' });
    }
    req.csrfToken = csrf;
    if (!SAFE_METHODS.has(req.method) && req.path.startsWith('/api/')) {
      const sent = req.get(CSRF_HEADER);
      if (!sent || !same(sent, csrf)) throw csrfRefused;
    }
    next();
  };
}
