// Sign in, sign out, and "who am I" (with the CSRF token the app must echo).
import type { Request, Router } from 'express';
import { apiRouter } from '../api-router';
import { verifyPassword } from '#core/auth/passwords';
import { recordAudit, type AuditEntry } from '#core/stores/audit-store';
import { AppError } from '#core/errors';
import type { AppDeps } from '../app-deps';
import { createLoginLimiter, tooManyAttempts } from './login-limiter';
import { cookieNames } from './cookie-names';
import { createSession, deleteSession } from '#core/stores/session-store';
import { demoPasswordAccounts, signInAccount } from '#core/stores/password-store';
import { usernameTaken } from '#core/stores/user-store';
import { maskedTypedUsername } from '#core/privacy/typed-username';
import { accepts, describedBodyOf } from '../route-contract';
import { SESSION_ANSWER } from '../openapi/answer-schemas';
import { clientAddress } from './client-address';
import { holdToPasswordRules } from './password-rules-at-sign-in';

const badCredentials = new AppError(401, 'bad_credentials', { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' });

// A real hash, so that an unknown username costs as much time as a wrong password.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$' + 'A'.repeat(86);

/** The entry of a sign-in attempt that did not sign anyone in: by nobody, about the username typed when it is an
 * account's (which account is being tried), else about that text masked (core/privacy/typed-username.ts: it may be a
 * password typed into the wrong box). `clientIp` is the address as express reads it behind the configured trust proxy
 * (TRUST_PROXY), the one the limiter counts; the limiter itself counts the text as typed. */
function attemptEntry(
  action: string,
  typed: { username: string; isAccount: boolean },
  summary: Record<string, unknown>,
  req: Request,
): AuditEntry {
  const targetId = typed.isAccount ? typed.username.slice(0, 64) : maskedTypedUsername(typed.username);
  return { actorId: null, actorRole: null, action, targetType: 'user', targetId, summary, requestId: req.requestId };
}

/** Routes under /api/session. */
/** What a sign-in without a username or a password is told at the field. */
const ENTER = {
  username: { 'zh-CN': '请输入用户名', en: 'Enter your username' },
  password: { 'zh-CN': '请输入密码', en: 'Enter your password' },
} as const;

export function sessionRoutes({ db, config }: AppDeps, now: () => Date): Router {
  const router = apiRouter();
  const limiter = createLoginLimiter(db);
  const secure = config.publicUrl.startsWith('https://');
  const names = cookieNames(secure);

  const who = accepts({
    summary: 'Who is signed in, and the CSRF token to echo',
    answers: { 200: { description: 'The session (user null when nobody is signed in)', schema: SESSION_ANSWER } },
  });
  router.get('/api/session', who, async (req, res) => {
    // The zone the app reads local dates and times in (as GET /api/time names it), before and after signing in. The
    // login page points to the demo accounts only while the seed's accounts are there, and never in production.
    const demoData = !config.production && (await demoPasswordAccounts(db)).length > 0;
    res.json({ user: req.user ?? null, csrfToken: req.csrfToken, timeZone: config.timeZone, demoData });
  });

  router.post(
    '/api/session',
    accepts({
      summary: 'Sign in',
      describedBody: {
        mediaTypes: ['application/json'],
        schema: {
          type: 'object',
          required: ['username', 'password'],
          properties: { username: { type: 'string', minLength: 1 }, password: { type: 'string', minLength: 1 } },
          additionalProperties: false,
        },
        description:
          'A missing username or password is answered 400 `missing_credentials`; any other field 422 at its name; wrong ones 401; too many tries 429',
      },
      answers: { 200: { description: 'Signed in: the session cookie is set', schema: SESSION_ANSWER } },
      alsoRefuses: [401, 429],
      // Signing in writes a session and an audit entry under fresh ids: nothing it writes can clash.
      conflicts: false,
    }),
    async (req, res) => {
      const { username, password } = describedBodyOf<{ username?: unknown; password?: unknown }>(req);
      if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
        throw new AppError(400, 'missing_credentials', { 'zh-CN': '请输入用户名和密码', en: 'Enter your username and password' }, [
          ...(typeof username === 'string' && username ? [] : [{ path: '/username', message: ENTER.username[req.locale] }]),
          ...(typeof password === 'string' && password ? [] : [{ path: '/password', message: ENTER.password[req.locale] }]),
        ]);
      }
      // Counted before the password is checked: parallel guesses are refused, not all tried.
      const address = clientAddress(req.ip);
      const wait = await limiter.admit(username, address);
      if (wait > 0) {
        // One entry per refused attempt: each already wrote its limiter row, so the log grows no faster than that, and
        // IT sees how many attempts came from which address (a count per window would hide the later addresses).
        const retryAfterSeconds = Math.ceil(wait / 1000);
        const typed = { username, isAccount: await usernameTaken(db, username) };
        await recordAudit(db, attemptEntry('session.login_throttled', typed, { clientIp: address, retryAfterSeconds }, req));
        res.set('Retry-After', String(retryAfterSeconds));
        throw tooManyAttempts(wait);
      }
      const account = await signInAccount(db, username);
      const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
      if (!account || !ok || !account.active) {
        await recordAudit(db, attemptEntry('session.login_failed', { username, isAccount: Boolean(account) }, { clientIp: address }, req));
        throw badCredentials;
      }
      await limiter.succeeded(username, address);
      const user = await holdToPasswordRules(db, req, account.user, password, config.production);
      // A sign-in over another (the next officer at a shared gate computer who did not sign out the last) ends the
      // session the browser presented: its cookie is replaced below, and it must not live on unseen for a week.
      if (req.sessionToken) await deleteSession(db, req.sessionToken);
      const { token, csrfToken } = await createSession(db, user.id, now());
      res.cookie(names.session, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 7 * 86_400_000 });
      res.cookie(names.csrf, csrfToken, { sameSite: 'strict', secure, path: '/' });
      await recordAudit(db, {
        actorId: user.id,
        actorRole: user.role,
        action: 'session.login',
        targetType: 'user',
        targetId: String(user.id),
        summary: { clientIp: address },
        requestId: req.requestId,
      });
      res.json({ user, csrfToken, timeZone: config.timeZone });
    },
  );

  const signOut = accepts({
    summary: 'Sign out: the session ends at once (also without one: nothing to end)',
    answers: { 204: { description: 'Signed out: the session cookie is cleared; no body' } },
  });
  router.delete('/api/session', signOut, async (req, res) => {
    if (req.sessionToken) await deleteSession(db, req.sessionToken);
    if (req.user) {
      await recordAudit(db, {
        actorId: req.user.id,
        actorRole: req.user.role,
        action: 'session.logout',
        targetType: 'user',
        targetId: String(req.user.id),
        summary: {},
        requestId: req.requestId,
      });
    }
    res.clearCookie(names.session, { path: '/', secure });
    res.status(204).end();
  });

  return router;
}
