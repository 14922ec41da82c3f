// A password set before the password rules, or under an older and weaker one, is scored again at the one moment its
// plaintext is at hand: a sign-in that verified it. A weak one signs in, but the account must set a new password
// before any other API answers, and is told why in its language; the mark is audited. A strong password, and the demo
// accounts' published password outside production, sign in as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#core/auth/passwords';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { testDatabases } from '../helpers/test-db';

const WEAK = 'password1';
const STRONG = 'lantern-Quarry-river-58';

describe.each(testDatabases())('a password below the rules at sign-in, on $name', (database) => {
  let app: BareApp;

  /** Gives `username` a password as an older rule let it be set: no mark, no must-change. */
  async function keepOldPassword(username: string, password: string): Promise<number> {
    await app
      .db('users')
      .where({ username })
      .update({ password_hash: await hashPassword(password), demo_password: false });
    return (await app.db('users').where({ username }).first('id')).id;
  }

  beforeAll(async () => {
    app = await startBareApp({ database });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('signs in with a weak password only to set a new one: the session says so and other routes answer 403 saying why', async () => {
    const id = await keepOldPassword('ent06', WEAK);
    const session = new HttpSession(app.baseUrl);
    session.csrfToken = (await session.request('GET', '/api/session')).body.csrfToken;
    const signIn = await session.request('POST', '/api/session', { username: 'ent06', password: WEAK });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user).toMatchObject({ username: 'ent06', mustChangePassword: true, passwordChangeReason: 'weak_password' });
    session.csrfToken = signIn.body.csrfToken;
    expect((await session.request('GET', '/api/session')).body.user).toMatchObject({
      mustChangePassword: true,
      passwordChangeReason: 'weak_password',
    });

    const refused = await session.request('GET', '/api/forms');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'password_change_required',
      message: '您的密码已不符合当前的密码规则，请设置新密码后继续',
    });
    const english = await signedIn(app.baseUrl, 'ent06', { locale: 'en', password: WEAK });
    expect((await english.request('GET', '/api/submissions')).body.error.message).toBe(
      'Your password no longer meets the password rules; set a new one to continue',
    );

    const audited = await app.db('audit_log').where({ action: 'user.password_rules_unmet', target_id: String(id) });
    expect(audited.map((row) => [row.actor_id, row.target_type])).toEqual([[id, 'user']]);

    const changed = await session.request('POST', '/api/session/password', { currentPassword: WEAK, newPassword: STRONG });
    expect(changed.status).toBe(204);
    expect((await session.request('GET', '/api/session')).body.user).toMatchObject({
      mustChangePassword: false,
      passwordChangeReason: null,
    });
    const forms = await session.request('GET', '/api/forms');
    expect(forms.status).toBe(200);
    expect(forms.body.forms.map((form: { key: string }) => form.key)).toContain('daily-report');
  });

  it('signs in with a strong password, and with the demo password outside production, as before', async () => {
    const id = await keepOldPassword('ent07', STRONG);
    const strong = await signedIn(app.baseUrl, 'ent07', { password: STRONG });
    expect((await strong.request('GET', '/api/session')).body.user).toMatchObject({
      mustChangePassword: false,
      passwordChangeReason: null,
    });
    expect((await strong.request('GET', '/api/forms')).status).toBe(200);
    const demo = await signedIn(app.baseUrl, 'ent08');
    expect((await demo.request('GET', '/api/session')).body.user).toMatchObject({ mustChangePassword: false });
    expect((await demo.request('GET', '/api/forms')).status).toBe(200);
    expect(await app.db('audit_log').where({ action: 'user.password_rules_unmet', target_id: String(id) })).toEqual([]);
  });

  it('still tells an account whose password an administrator set to change its initial password', async () => {
    const admin = await signedIn(app.baseUrl, 'admin');
    const created = await admin.request('POST', '/api/users', {
      username: 'new-liaison',
      password: STRONG,
      displayName: '新联络员',
      role: 'hq',
    });
    expect(created.status).toBe(201);
    const session = await signedIn(app.baseUrl, 'new-liaison', { password: STRONG });
    expect((await session.request('GET', '/api/session')).body.user).toMatchObject({
      mustChangePassword: true,
      passwordChangeReason: 'set_by_admin',
    });
    expect((await session.request('GET', '/api/forms')).body.error.message).toBe('请先修改管理员为您设置的初始密码');
  });
});
