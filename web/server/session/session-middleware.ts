// Attaches the signed-in user to each request and guards every state-changing request, whatever its path:
// the browser must say it comes from our own origin, and the CSRF header must echo the token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { parseCookie } from 'cookie';
import { AppError } from '#core/errors';
import type { Db } from '#core/stores/db-types';
import type { Locale } from '#core/domain/locale';
import { cookieNames, type CookieNames } from './cookie-names';
import { foreignOrigin, isForeign, trustedOrigins } from './request-origin';
import { findSession } from '#core/stores/session-store';

/** Header that must echo the CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const CSRF_MESSAGE = {
  'zh-CN': '页面已过期或请求来源不可信，请刷新页面后重试',
  en: 'The page has expired or the request did not come from Fugong; reload the page and try again',
};

/** 403 `csrf`, in the words the page shows, with what a script must send in `details` (a script has no page to
 * reload): the header was missing, or it holds another token than this session's (signing in changes it). */
function csrfRefused(sent: boolean, names: CookieNames, locale: Locale): AppError {
  const cookies = `${names.session}, ${names.csrf}`;
  const words = sent
    ? {
        'zh-CN': `${CSRF_HEADER} 与本会话的令牌不符：登录会更换令牌，请改用登录应答中的 csrfToken（或再取 GET /api/session），并带上这些应答设置的 Cookie（${cookies}）`,
        en: `${CSRF_HEADER} does not match this session's token: signing in changes it, so send the csrfToken of the sign-in answer (or of GET /api/session again), with the cookies those answers set (${cookies})`,
      }
    : {
        'zh-CN': `缺少 ${CSRF_HEADER} 请求头：请回传 GET /api/session 应答中的 csrfToken（登录后为登录应答中的），并带上应答设置的 Cookie（${cookies}）`,
        en: `No ${CSRF_HEADER} header: send the csrfToken of GET /api/session (once signed in, the one the sign-in answered), with the cookies those answers set (${cookies})`,
      };
  return new AppError(403, 'csrf', CSRF_MESSAGE, [{ path: '', message: words[locale] }]);
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Reads cookies, resolves the session, and refuses unsafe requests from a foreign origin or without the CSRF token. */
export function sessionMiddleware(db: Db, now: () => Date, publicUrl: string): RequestHandler {
  const secure = publicUrl.startsWith('https://');
  const names = cookieNames(secure);
  const trusted = trustedOrigins(publicUrl);
  return async (req, res, next) => {
    const cookies = parseCookie(req.headers.cookie ?? '');
    const token = cookies[names.session];
    const session = token ? await findSession(db, token, now()) : undefined;
    if (session) {
      req.user = session.user;
      req.sessionToken = token;
    }
    let csrf = session?.csrfToken ?? cookies[names.csrf];
    if (!csrf) {
      csrf = randomBytes(24).toString('base64url');
    }
    if (cookies[names.csrf] !== csrf) {
      res.cookie(names.csrf, csrf, { sameSite: 'strict', secure, path: '/' });
    }
    req.csrfToken = csrf;
    // Keyed on the method alone: a path check (`/api/…`) let `/API/…` and `//api/…` variants through.
    if (!SAFE_METHODS.has(req.method)) {
      if (isForeign(req, trusted)) throw foreignOrigin;
      const sent = req.get(CSRF_HEADER);
      if (!sent || !same(sent, csrf)) throw csrfRefused(Boolean(sent), names, req.locale);
    }
    next();
  };
}
