// A password an admin set (new account or reset) is known to someone else, and one a sign-in found below the password
// rules (password-rules-at-sign-in.ts) is easy to guess: until its owner replaces it, the session may only say who it
// is, sign out, or change the password.
import type { RequestHandler } from 'express';
import { AppError } from '#core/errors';

const STILL_ALLOWED = new Set([
  'GET /api/session',
  'HEAD /api/session',
  'POST /api/session',
  'DELETE /api/session',
  'POST /api/session/password',
]);

const initialPasswordFirst = new AppError(403, 'password_change_required', {
  'zh-CN': '请先修改管理员为您设置的初始密码',
  en: 'Change the password an administrator set for you first',
});
const strongerPasswordFirst = new AppError(403, 'password_change_required', {
  'zh-CN': '您的密码已不符合当前的密码规则，请设置新密码后继续',
  en: 'Your password no longer meets the password rules; set a new one to continue',
});

/** Answers 403 `password_change_required` to every other API request of a user who must change their password. */
export const passwordChangeGate: RequestHandler = (req, _res, next) => {
  // Any spelling of an API path counts as the API; only the exact routes above stay open.
  if (req.user?.mustChangePassword && /^\/api(\/|$)/i.test(req.path) && !STILL_ALLOWED.has(`${req.method} ${req.path}`)) {
    throw req.user.passwordChangeReason === 'weak_password' ? strongerPasswordFirst : initialPasswordFirst;
  }
  next();
};
