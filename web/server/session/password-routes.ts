// A signed-in user changes their own password (also the way out of "must change password"); every other session of theirs ends.
import { Router } from 'express';
import { apiRouter } from '../api-router';
import { hashPassword, verifyPassword } from '#core/auth/passwords';
import { AppError } from '#core/errors';
import { requireUser } from '../access';
import type { AppDeps } from '../app-deps';
import { auditRequest } from '../audit/audit-request';
import { PASSWORD, refusePublishedPassword } from '../users/password-policy';
import { accepts, bodyOf } from '../route-contract';
import { deleteOtherSessions } from '#core/stores/session-store';
import { passwordHashOf, setPassword } from '#core/stores/user-store';

/** Routes under /api/session/password. */
export function passwordRoutes({ db }: AppDeps): Router {
  const router = apiRouter();
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
      const passwordHash = await passwordHashOf(db, user.id);
      if (!(await verifyPassword(currentPassword, passwordHash!))) {
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
      refusePublishedPassword(newPassword, '/newPassword');
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
