// Sign in, sign out, and "who am I" (with the CSRF token the app must echo).
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { verifyPassword } from '../../../core/auth/passwords';
import { recordAudit } from '../../../core/audit';
import { AppError } from '../../../core/errors';
import type { AppDeps } from '../app-deps';
import { createLoginThrottle } from './login-throttle';
import { cookieNames } from './cookie-names';
import { createSession, deleteSession, toSessionUser } from './session-store';

const badCredentials = new AppError(401, 'bad_credentials', { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' });

// A real hash, so that an unknown username costs as much time as a wrong password.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$' + 'A'.repeat(86);

/** Routes under /api/session. */
export function sessionRoutes({ db, config }: AppDeps, now: () => Date): Router {
  const router = apiRouter();
  const perUser = createLoginThrottle(db, 5);
  const perAddress = createLoginThrottle(db, 30);
  const secure = config.publicUrl.startsWith('https://');
  const names = cookieNames(secure);

  router.get('/api/session', (req, res) => {
    res.json({ user: req.user ?? null, csrfToken: req.csrfToken });
  });

  router.post('/api/session', async (req, res) => {
    const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      throw new AppError(400, 'missing_credentials', { 'zh-CN': '请输入用户名和密码', en: 'Enter your username and password' }, [
        ...(typeof username === 'string' && username ? [] : [{ path: '/username', message: req.locale === 'en' ? 'required' : '必填' }]),
        ...(typeof password === 'string' && password ? [] : [{ path: '/password', message: req.locale === 'en' ? 'required' : '必填' }]),
      ]);
    }
    const at = now();
    const userKey = `user:${username.toLowerCase().slice(0, 100)}`;
    const addressKey = `ip:${req.ip}`;
    const wait = Math.max(await perUser.lockedFor(userKey, at), await perAddress.lockedFor(addressKey, at));
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60_000);
      res.set('Retry-After', String(Math.ceil(wait / 1000)));
      throw new AppError(429, 'locked', {
        'zh-CN': `登录失败次数过多，请 ${minutes} 分钟后再试`,
        en: `Too many failed sign-ins; try again in ${minutes} minute(s)`,
      });
    }
    const row = await db('users as u')
      .leftJoin('enterprises as e', 'e.id', 'u.enterprise_id')
      .where('u.username', username)
      .first('u.*', 'e.name as enterprise_name');
    const ok = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !ok || !row.active) {
      await perUser.fail(userKey, at);
      await perAddress.fail(addressKey, at);
      await recordAudit(db, {
        actorId: null,
        actorRole: null,
        action: 'session.login_failed',
        targetType: 'user',
        targetId: username.slice(0, 64),
        summary: {},
        requestId: req.requestId,
      });
      throw badCredentials;
    }
    await perUser.succeed(userKey);
    const { token, csrfToken } = await createSession(db, row.id, now());
    res.cookie(names.session, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 7 * 86_400_000 });
    res.cookie(names.csrf, csrfToken, { sameSite: 'strict', secure, path: '/' });
    const user = toSessionUser(row);
    await recordAudit(db, {
      actorId: user.id,
      actorRole: user.role,
      action: 'session.login',
      targetType: 'user',
      targetId: String(user.id),
      summary: {},
      requestId: req.requestId,
    });
    res.json({ user, csrfToken });
  });

  router.delete('/api/session', async (req, res) => {
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
