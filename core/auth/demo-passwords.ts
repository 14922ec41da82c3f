// The demo accounts' published password must never open a production system. The demo seed marks the accounts it
// creates and every password change clears the mark, so the check verifies the marked hashes only (the seed hashed
// once, so that is one scrypt however many users there are) instead of every user's.
import { ConfigError } from '../config-values';
import { DEMO_PASSWORD } from '../demo/demo-seed';
import type { Db } from '../stores/db-types';
import { demoPasswordAccounts } from '../stores/password-store';
import { countUsers } from '../stores/user-store';
import { verifyPassword } from './passwords';

/** Raised at start-up when production would run with demo passwords; the message names the accounts and the way out. */
export class DemoPasswordError extends Error {
  constructor(readonly usernames: string[]) {
    super(demoPasswordMessage(usernames));
    this.name = 'DemoPasswordError';
  }
}

function demoPasswordMessage(usernames: string[]): string {
  const shown = usernames.slice(0, 30).join(', ') + (usernames.length > 30 ? ` … (+${usernames.length - 30})` : '');
  return (
    `Refusing to start with NODE_ENV=production: ${usernames.length} active account(s) still have the published demo password: ${shown}. ` +
    'Change their passwords or deactivate them (start once without NODE_ENV=production), or start on a database without demo data. ' +
    `生产环境拒绝启动：以下账号仍使用公开的演示密码：${shown}。请先修改其密码或停用这些账号。`
  );
}

/** Production on a database without accounts and without FUGONG_ADMIN_PASSWORD: nobody could ever sign in. A setting
 * is missing, so it ends the start like the other missing settings (one line, exit 78). */
export class NoAccountsError extends ConfigError {
  constructor() {
    super(
      'Refusing to start with NODE_ENV=production: the database has no accounts, so nobody could sign in. ' +
        'Set FUGONG_ADMIN_PASSWORD (8+ characters) and start again: it creates the first admin, whose password must be changed at first sign-in. ' +
        '生产环境拒绝启动：数据库中没有任何账号，无人能登录。请设置 FUGONG_ADMIN_PASSWORD 后重新启动，以创建首个管理员（首次登录须修改密码）。',
    );
    this.name = 'NoAccountsError';
  }
}

/** Usernames of active accounts that still sign in with the demo password. */
export async function accountsWithDemoPassword(db: Db): Promise<string[]> {
  const verdicts = new Map<string, boolean>();
  const found: string[] = [];
  for (const { username, passwordHash: hash } of await demoPasswordAccounts(db)) {
    if (!verdicts.has(hash)) verdicts.set(hash, await verifyPassword(DEMO_PASSWORD, hash));
    if (verdicts.get(hash)) found.push(username);
  }
  return found;
}

/** Throws a DemoPasswordError when `production` and an active account still has the demo password, a NoAccountsError
 * when `production` and there is no account at all (prepareDatabase made none: FUGONG_ADMIN_PASSWORD was not set). */
export async function refuseDemoPasswordsInProduction(db: Db, production: boolean): Promise<void> {
  if (!production) return;
  if ((await countUsers(db)) === 0) throw new NoAccountsError();
  const usernames = await accountsWithDemoPassword(db);
  if (usernames.length > 0) throw new DemoPasswordError(usernames);
}
