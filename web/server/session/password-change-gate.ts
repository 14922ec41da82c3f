// A password an admin set (new account or reset) is known to someone else: until its owner replaces it, the session
// may only say who it is, sign out, or change the password.
import type { RequestHandler } from 'express';
import { AppError } from '#core/errors';

const STILL_ALLOWED = new Set([
  'GET /api/session',
  'HEAD /api/session',
  'POST /api/session',
  'DELETE /api/session',
  'POST /api/session/password',
]);

const passwordChangeRequired = new AppError(403, 'password_change_required', {
  'zh-CN': '请先修改管理员为您设置的初始密码',
  en: 'Change the password an administrator set for you first',
});

/** Answers 403 `password_change_required` to every other API request of a user who must change their password. */
export const passwordChangeGate: RequestHandler = (req, _res, next) => {
  // Any spelling of an API path counts as the API; only the exact routes above stay open.
  if (req.user?.mustChangePassword && /^\/api(\/|$)/i.test(req.path) && !STILL_ALLOWED.has(`${req.method} ${req.path}`)) {
    throw passwordChangeRequired;
  }
  next();
};
