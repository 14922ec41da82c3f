// A signed-in user changes their own password (also the way out of "must change password"); every other session of theirs ends.
// The current password is asked for, and its guesses are counted like sign-in's: someone at a session left open
// cannot try passwords here faster than at the sign-in page to take the account for good.
import { Router } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { apiRouter } from '../api-router';
import { hashPassword, verifyPassword } from '#core/auth/passwords';
import { AppError } from '#core/errors';
import { requireUser } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { PASSWORD, refuseWeakPassword } from '../users/password-policy';
import { createDbRateLimiter } from './db-rate-limiter';
import { tooManyAttempts } from './login-limiter';
import { accepts, bodyOf } from '../route-contract';
import { deleteOtherSessions } from '#core/stores/session-store';
import { passwordHashOf, setPassword } from '#core/stores/password-store';

/** Wrong current passwords an account may send per quarter of an hour before it waits out the rest of it. */
export const CURRENT_PASSWORD_GUESSES = 5;
const QUARTER_HOUR = 15 * 60;

const WRONG_CURRENT = { 'zh-CN': '当前密码输错次数过多', en: 'Too many wrong current passwords' };

/** Routes under /api/session/password. */
export function passwordRoutes({ db }: AppDeps): Router {
  const router = apiRouter();
  // Counted per account in the app's database, so every web replica shares the count.
  const guesses = createDbRateLimiter(db, {
    keyPrefix: 'password_check',
    points: CURRENT_PASSWORD_GUESSES,
    duration: QUARTER_HOUR,
    blockDuration: QUARTER_HOUR,
  });
  router.post(
    '/api/session/password',
    accepts({
      summary: 'Change my password',
      body: {
        type: 'object',
        required: ['currentPassword', 'newPassword'],
        properties: { currentPassword: { type: 'string', minLength: 1, maxLength: 200 }, newPassword: PASSWORD },
        additionalProperties: false,
      },
    }),
    async (req, res) => {
      const user = requireUser(req);
      const { currentPassword, newPassword } = bodyOf<{ currentPassword: string; newPassword: string }>(req);
      // Counted before the password is checked: parallel guesses are refused, not all tried.
      try {
        await guesses.consume(String(user.id));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        res.set('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000)));
        throw tooManyAttempts(rejection.msBeforeNext, WRONG_CURRENT);
      }
      const passwordHash = await passwordHashOf(db, user.id);
      if (!(await verifyPassword(currentPassword, passwordHash!))) {
        await auditRequest(db, req, 'user.change_password_refused', { type: 'user', id: user.id });
        throw new AppError(422, 'wrong_password', { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' }, [
          { path: '/currentPassword', message: req.locale === 'en' ? 'wrong password' : '密码不正确' },
        ]);
      }
      if (newPassword === currentPassword || newPassword.toLowerCase() === user.username.toLowerCase()) {
        throw new AppError(
          422,
          'weak_password',
          { 'zh-CN': '新密码不能与旧密码或用户名相同', en: 'The new password must differ from the old one and from the username' },
          [{ path: '/newPassword', message: 'too weak' }],
        );
      }
      await guesses.delete(String(user.id));
      refuseWeakPassword(newPassword, '/newPassword', user, req.locale);
      await db.transaction(async (trx) => {
        await setPassword(trx, user.id, await hashPassword(newPassword), new Date().toISOString(), false);
        await deleteOtherSessions(trx, user.id, req.sessionToken);
        await auditRequest(trx, req, 'user.change_password', { type: 'user', id: user.id });
      });
      res.status(204).end();
    },
  );
  return router;
}
