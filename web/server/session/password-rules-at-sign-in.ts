// A password set before the password rules (or under an older, weaker rule) is scored the one time its plaintext is at
// hand: at a sign-in that verified it. One that no longer meets the rules marks the account must-change-password, as an
// administrator's reset does, with its own reason: the change-password page and every refused request say why.
import type { Request } from 'express';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { recordAudit } from '#core/stores/audit-store';
import type { Db } from '#core/stores/db-types';
import type { SessionUserRow } from '#core/stores/session-store';
import { requireNewPassword } from '#core/stores/password-store';
import { meetsPasswordRules } from '../users/password-policy';

/** The signed-in `user`, marked to change `password` first when it no longer meets the rules (audited). Outside
 * production the demo accounts' published password is left alone: it is the demo's login, and production refuses to
 * start while an account still has it (core/auth/demo-passwords.ts). */
export async function holdToPasswordRules(
  db: Db,
  req: Request,
  user: SessionUserRow,
  password: string,
  production: boolean,
): Promise<SessionUserRow> {
  if (user.mustChangePassword || (password === DEMO_PASSWORD && !production)) return user;
  if (meetsPasswordRules(password, user)) return user;
  await db.transaction(async (trx) => {
    await requireNewPassword(trx, user.id);
    await recordAudit(trx, {
      actorId: user.id,
      actorRole: user.role,
      action: 'user.password_rules_unmet',
      targetType: 'user',
      targetId: String(user.id),
      summary: {},
      requestId: req.requestId,
    });
  });
  return { ...user, mustChangePassword: true, passwordChangeReason: 'weak_password' };
}
