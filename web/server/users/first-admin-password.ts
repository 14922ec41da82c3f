// FUGONG_ADMIN_PASSWORD opens the first admin account to whoever signs in with it first, who then chooses the
// password that stays: an easily guessed one hands the whole system to anyone who tries it before the IT team does.
// So it must meet the rules every new password meets, checked when it is about to create that admin (a value left in
// .env after the admin changed it is never read, and never refused).
import { ConfigError } from '#core/config';
import { passwordProblem } from './password-policy';

/** The account FUGONG_ADMIN_PASSWORD creates, whose names a password may not lean on. */
const FIRST_ADMIN = { username: 'admin', displayName: '系统管理员' };

/** Throws a ConfigError naming FUGONG_ADMIN_PASSWORD when it does not meet the password rules. */
export function refuseGuessableAdminPassword(password: string): void {
  const problem = passwordProblem(password, FIRST_ADMIN);
  if (!problem) return;
  throw new ConfigError(
    `FUGONG_ADMIN_PASSWORD does not meet the password rules (${problem.en}): it opens the first admin account to whoever ` +
      'signs in with it first. Choose a longer, uncommon one, such as a few unrelated words and a number, and start again. ' +
      `FUGONG_ADMIN_PASSWORD 不符合密码规则（${problem['zh-CN']}），请换一个更长、不常见的密码后重新启动。`,
  );
}
