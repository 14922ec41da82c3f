// What a password must be: long enough to resist guessing, and not the demo password the README publishes;
// everything else is left to the person.
import { AppError } from '#core/errors';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';

/** JSON Schema of a new password. */
export const PASSWORD = { type: 'string', minLength: 8, maxLength: 200 } as const;

/** Refuses a new password anyone could look up; `path` is the body field it came in. */
export function refusePublishedPassword(password: string, path: string): void {
  if (password !== DEMO_PASSWORD) return;
  throw new AppError(422, 'weak_password', { 'zh-CN': '不能使用公开的演示密码', en: 'The published demo password cannot be used' }, [
    { path, message: 'published demo password' },
  ]);
}
