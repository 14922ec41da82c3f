// `npm run reset-admin-password [username]`: the way back in for an administrator who lost their password (and every
// other admin with it). Sets a one-time password, printed once, that must be changed at the next sign-in; ends the
// account's sessions and writes `user.reset_password` to the audit log with no actor (`via: cli`). Run it where the
// web server runs, with the same DATABASE_URL / DATA_DIR.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { hashPassword } from '#core/auth/passwords';
import { ConfigError, loadConfigOrExit } from '#core/config';
import { databaseError, databaseLabel, exitOnConfigError, openReachableDatabase } from '#core/startup-checks';
import { recordAudit } from '#core/stores/audit-store';
import { deleteUserSessions } from '#core/stores/session-store';
import { hasAccountsTable, setPassword, signInAccount } from '#core/stores/password-store';

// It sends no email, so it needs no PUBLIC_URL, and it does not talk to Temporal, so no payload keys: the same
// DATABASE_URL / DATA_DIR as the web server is enough, in production too.
const config = loadConfigOrExit({ makesLinks: false });
const username = process.argv[2] ?? 'admin';
// Run in a shell without the server's settings, it would otherwise make an empty SQLite file under ./data and fail on
// its missing tables with an SQL statement: it says which settings it needs instead, and creates nothing.
const notTheServers = (what: string) =>
  new ConfigError(
    `${databaseLabel(config.database)} ${what}: run reset-admin-password with the web server's DATABASE_URL ` +
      '(or DATA_DIR, for SQLite); it creates no database',
  );
if (config.database.client === 'sqlite3' && !existsSync(config.database.filename)) exitOnConfigError(notTheServers('does not exist'));
// An unreachable database is one line (exit 78), not the driver's stack.
const db = await openReachableDatabase(config).catch((error: unknown) => exitOnConfigError(error));
try {
  if (!(await hasAccountsTable(db).catch((error: unknown) => exitOnConfigError(databaseError(config.database, error)))))
    exitOnConfigError(notTheServers('holds no Fugong accounts (its migrations never ran)'));
  // A database without Fugong's tables (another DATA_DIR than the server's) is named like an unreachable one.
  const account = await signInAccount(db, username).catch((error: unknown) => exitOnConfigError(databaseError(config.database, error)));
  if (!account || account.user.role !== 'admin') {
    process.stderr.write(`Fugong: no administrator account named "${username}" / 没有名为“${username}”的管理员账号\n`);
    process.exitCode = 1;
  } else {
    const oneTime = randomBytes(12).toString('base64url');
    await db.transaction(async (trx) => {
      await setPassword(trx, account.user.id, await hashPassword(oneTime), new Date().toISOString(), true);
      await deleteUserSessions(trx, account.user.id);
      await recordAudit(trx, {
        actorId: null,
        actorRole: null,
        action: 'user.reset_password',
        targetType: 'user',
        targetId: String(account.user.id),
        summary: { via: 'cli' },
        requestId: null,
      });
    });
    process.stdout.write(
      `One-time password for ${username} / ${username} 的一次性密码: ${oneTime}\n` +
        `It must be changed at the next sign-in${account.active ? '' : '; the account is deactivated, so reactivate it first'}. ` +
        '下次登录时须修改。\n',
    );
  }
} finally {
  await db.destroy();
}
