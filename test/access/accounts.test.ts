import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

describe('accounts and sessions', () => {
  let system: RunningSystem;
  const logLines: string[] = [];
  const responses: string[] = [];
  let admin: HttpSession;

  const send = async (session: HttpSession, method: string, path: string, body?: unknown) => {
    const answer = await session.request(method, path, body);
    responses.push(JSON.stringify(answer.body));
    return answer;
  };
  const tryLogin = async (username: string, password: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
    const session = new HttpSession(system.baseUrl, locale);
    session.csrfToken = (await session.request('GET', '/api/session')).body.csrfToken;
    const answer = await session.request('POST', '/api/session', { username, password });
    responses.push(JSON.stringify(answer.body));
    return answer;
  };

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!, logLines);
    admin = await signedIn(system.baseUrl, 'admin');
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('refuses even the right password once an address has used up its attempts at an account, with a clear message', async () => {
    for (let i = 0; i < 5; i += 1) expect((await tryLogin('ent03', 'wrong-password')).status).toBe(401);
    const refused = await tryLogin('ent03', DEMO_PASSWORD);
    expect(refused).toMatchObject({
      status: 429,
      body: { error: { code: 'too_many_attempts', message: '登录尝试过于频繁，请 15 分钟后再试' } },
    });
    expect((await tryLogin('ent03', 'wrong-password', 'en')).body.error.message).toBe('Too many sign-in attempts; try again in 15 minutes');
    expect((await tryLogin('ent04', DEMO_PASSWORD)).status).toBe(200);
  });

  it('says the same for an unknown user as for a wrong password', async () => {
    const unknown = await tryLogin('nobody-here', 'whatever');
    const wrong = await tryLogin('ent05', 'whatever');
    expect(unknown).toMatchObject({ status: 401, body: wrong.body });
  });

  it('lets users change their password, ending their other sessions', async () => {
    const first = await signedIn(system.baseUrl, 'ent02');
    const second = await signedIn(system.baseUrl, 'ent02');
    expect((await send(first, 'POST', '/api/session/password', { currentPassword: 'nope', newPassword: 'brand-new-pass-1' })).status).toBe(
      422,
    );
    expect(
      (await send(first, 'POST', '/api/session/password', { currentPassword: DEMO_PASSWORD, newPassword: 'short' })).body.error.details,
    ).toEqual([expect.objectContaining({ path: '/newPassword' })]);
    expect(
      (await send(first, 'POST', '/api/session/password', { currentPassword: DEMO_PASSWORD, newPassword: 'brand-new-pass-1' })).status,
    ).toBe(204);
    expect((await second.request('GET', '/api/session')).body.user).toBeNull();
    expect((await first.request('GET', '/api/session')).body.user.username).toBe('ent02');
    expect((await tryLogin('ent02', DEMO_PASSWORD)).status).toBe(401);
    expect((await tryLogin('ent02', 'brand-new-pass-1')).status).toBe(200);
  });

  it('lets admins create, deactivate and reset users; a deactivated user is signed out and cannot sign in', async () => {
    const enterpriseId = (await system.db('enterprises').first('id')).id;
    const missingScope = await send(admin, 'POST', '/api/users', {
      username: 'liaison2',
      displayName: '第二联络员',
      role: 'enterprise',
      password: 'initial-pass-1',
    });
    expect(missingScope).toMatchObject({ status: 422, body: { error: { details: [{ path: '/enterpriseId' }] } } });
    const created = await send(admin, 'POST', '/api/users', {
      username: 'liaison2',
      displayName: '第二联络员',
      role: 'enterprise',
      enterpriseId,
      password: 'initial-pass-1',
    });
    expect(created.status).toBe(201);
    const id = created.body.user.id;
    const user = await signedIn(system.baseUrl, 'liaison2', { password: 'initial-pass-1' });
    expect((await send(admin, 'PATCH', `/api/users/${id}`, { active: false })).body.user.active).toBe(false);
    expect((await user.request('GET', '/api/session')).body.user).toBeNull();
    expect((await tryLogin('liaison2', 'initial-pass-1')).status).toBe(401);
    await send(admin, 'PATCH', `/api/users/${id}`, { active: true });
    expect((await send(admin, 'POST', `/api/users/${id}/password`, { newPassword: 'reset-by-admin-1' })).status).toBe(204);
    expect((await tryLogin('liaison2', 'initial-pass-1')).status).toBe(401);
    expect((await tryLogin('liaison2', 'reset-by-admin-1')).status).toBe(200);
    expect(
      (await send(admin, 'PATCH', `/api/users/${(await admin.request('GET', '/api/session')).body.user.id}`, { active: false })).status,
    ).toBe(409);
  });

  it('makes a user whose password an admin set change it at first sign-in before any other API answers', async () => {
    const created = await send(admin, 'POST', '/api/users', {
      username: 'first-timer',
      displayName: '新值班员',
      role: 'hq',
      password: 'admin-set-pass-1',
    });
    expect(created).toMatchObject({ status: 201, body: { user: { username: 'first-timer', mustChangePassword: true } } });
    const user = await signedIn(system.baseUrl, 'first-timer', { password: 'admin-set-pass-1' });
    expect((await user.request('GET', '/api/session')).body.user).toMatchObject({ username: 'first-timer', mustChangePassword: true });
    for (const [method, path] of [
      ['GET', '/api/forms'],
      ['GET', '/api/tasks'],
      ['GET', '/API/tasks'],
      ['PATCH', `/api/users/${created.body.user.id}`],
    ]) {
      expect(await send(user, method!, path!, method === 'GET' ? undefined : {})).toMatchObject({
        status: 403,
        body: { error: { code: 'password_change_required', message: '请先修改管理员为您设置的初始密码' } },
      });
    }
    user.locale = 'en';
    expect((await user.request('GET', '/api/forms')).body.error.message).toBe('Change the password an administrator set for you first');
    const change = (newPassword: string) =>
      send(user, 'POST', '/api/session/password', { currentPassword: 'admin-set-pass-1', newPassword });
    expect(await change('admin-set-pass-1')).toMatchObject({ status: 422, body: { error: { code: 'weak_password' } } });
    expect(await change('short')).toMatchObject({ status: 422, body: { error: { details: [{ path: '/newPassword' }] } } });
    expect(await change(DEMO_PASSWORD)).toMatchObject({
      status: 422,
      body: { error: { code: 'weak_password', details: [{ path: '/newPassword' }] } },
    });
    expect((await change('chosen-by-me-1')).status).toBe(204);
    expect((await user.request('GET', '/api/session')).body.user.mustChangePassword).toBe(false);
    expect(await user.request('GET', '/api/tasks')).toMatchObject({ status: 200, body: { tasks: expect.any(Array) } });
    // A reset puts the flag back; demo accounts are exempt (production refuses to start with them at all).
    expect((await send(admin, 'POST', `/api/users/${created.body.user.id}/password`, { newPassword: 'reset-again-1' })).status).toBe(204);
    const again = await tryLogin('first-timer', 'reset-again-1');
    expect(again).toMatchObject({ status: 200, body: { user: { mustChangePassword: true } } });
    expect((await tryLogin('hq', DEMO_PASSWORD)).body.user.mustChangePassword).toBe(false);
  });

  it('refuses passwords guessing tools try first, saying why in the reader’s language', async () => {
    const target = (await system.db('users').where({ username: 'ent06' }).first('id')).id;
    const reset = (newPassword: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
      admin.locale = locale;
      return send(admin, 'POST', `/api/users/${target}/password`, { newPassword });
    };
    const weak = [
      ['12345678', '这是常用密码，攻击者会最先尝试'],
      ['woaini1314', '这是常用密码，攻击者会最先尝试'],
      ['ent06ent06', '不要使用用户名、姓名或系统名称'],
      ['qwertyuiop', '这是常用密码，攻击者会最先尝试'],
      ['zzzzzzzzzz', '重复的字符很容易被猜到'],
    ];
    for (const [password, reason] of weak) {
      expect(await reset(password!)).toMatchObject({
        status: 422,
        body: {
          error: { code: 'weak_password', message: '密码太容易被猜到，请换一个', details: [{ path: '/newPassword', message: reason }] },
        },
      });
    }
    expect((await reset('12345678', 'en')).body.error).toMatchObject({
      message: 'This password is too easy to guess; choose another',
      details: [{ path: '/newPassword', message: 'This is a common password that attackers try first' }],
    });
    const created = await send(admin, 'POST', '/api/users', {
      username: 'weakling',
      displayName: '弱密码',
      role: 'hq',
      password: 'password1',
    });
    expect(created).toMatchObject({ status: 422, body: { error: { code: 'weak_password', details: [{ path: '/password' }] } } });
    admin.locale = 'zh-CN';
    expect((await reset('ink-ferry-lantern-7')).status).toBe(204);
  });

  it('counts wrong current passwords on a password change like sign-ins: the sixth try waits, even with the right one', async () => {
    const user = await signedIn(system.baseUrl, 'ent07');
    const change = (currentPassword: string) =>
      send(user, 'POST', '/api/session/password', { currentPassword, newPassword: 'ink-ferry-lantern-8' });
    for (let i = 0; i < 5; i++) expect((await change(`guess-${i}-wrong`)).body.error.code).toBe('wrong_password');
    const refused = await change(DEMO_PASSWORD);
    expect(refused).toMatchObject({
      status: 429,
      body: { error: { code: 'too_many_attempts', message: '当前密码输错次数过多，请 15 分钟后再试' } },
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await tryLogin('ent07', DEMO_PASSWORD)).status).toBe(200);
    const audit = await send(admin, 'GET', '/api/audit?action=user.change_password_refused&actor=ent07');
    expect(audit.body.entries).toHaveLength(5);
    // Another account's count is its own.
    const other = await signedIn(system.baseUrl, 'ent08');
    expect(
      (await send(other, 'POST', '/api/session/password', { currentPassword: DEMO_PASSWORD, newPassword: 'ink-ferry-lantern-9' })).status,
    ).toBe(204);
  });

  it('never shows a password or a hash in an API answer or a log line', async () => {
    responses.push(JSON.stringify((await send(admin, 'GET', '/api/users')).body));
    responses.push(JSON.stringify((await send(admin, 'GET', '/api/audit')).body));
    const secrets = [
      DEMO_PASSWORD,
      'brand-new-pass-1',
      'initial-pass-1',
      'reset-by-admin-1',
      'wrong-password',
      'admin-set-pass-1',
      'chosen-by-me-1',
      'scrypt$',
    ];
    expect(responses.length).toBeGreaterThan(10);
    expect(logLines.length).toBeGreaterThan(10);
    for (const text of [...responses, ...logLines]) for (const secret of secrets) expect(text).not.toContain(secret);
    expect(responses.join('\n')).not.toMatch(/password_?hash/i);
  });

  it('audits state changes with who, role, action, target, before/after and request id, filterable by admins', async () => {
    const cadre = await signedIn(system.baseUrl, 'cadre2');
    const enterprise = await system.db('enterprises').where({ name: '泉水监理有限责任公司' }).first();
    const own = await signedIn(system.baseUrl, 'ent09');
    const patched = await own.request('PATCH', `/api/enterprises/${enterprise.id}`, { liaisonName: '陈七', liaisonMobile: '13600136000' });
    expect(patched.status).toBe(200);
    const log = await send(admin, 'GET', `/api/audit?action=enterprise.update&targetId=${enterprise.id}`);
    expect(log.body.entries[0]).toMatchObject({
      actor: { username: 'ent09' },
      actorRole: 'enterprise',
      action: 'enterprise.update',
      targetType: 'enterprise',
      targetId: String(enterprise.id),
      // The log is a list: the liaison's mobile masked there, as the privacy policy has it (the full record keeps it).
      summary: { before: { liaison_name: null, liaison_mobile: null }, after: { liaison_name: '陈七', liaison_mobile: '136****6000' } },
      described: ['联络员姓名：（空） → 陈七', '联络员手机：（空） → 136****6000'],
      requestId: patched.headers.get('x-request-id'),
    });
    expect(
      (await send(admin, 'GET', '/api/audit?actor=ent09')).body.entries.every(
        (e: { actor: { username: string } }) => e.actor.username === 'ent09',
      ),
    ).toBe(true);
    expect((await cadre.request('GET', '/api/audit')).status).toBe(403);
  });
});

describe.each(testDatabases())('organisation on $name', (database) => {
  let system: RunningSystem;
  let admin: HttpSession;
  beforeAll(async () => {
    system = await startSystem(database);
    admin = await signedIn(system.baseUrl, 'admin');
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('refuses an enterprise whose credit code fails its check digit, with the field path', async () => {
    const answer = await admin.request('POST', '/api/enterprises', {
      name: '校验位错误有限公司',
      creditCode: '91350100M000100Y44',
      type: 'construction',
    });
    expect(answer).toMatchObject({
      status: 422,
      body: { error: { details: [{ path: '/creditCode', message: '请填写18位统一社会信用代码，并核对最后一位校验码' }] } },
    });
  });

  it('keeps a cadre at five enterprises by default, and keeps the history of a reassignment', async () => {
    const ids = async (username: string) => (await system.db('users').where({ username }).first()).id;
    const [cadre1, cadre3] = [await ids('cadre1'), await ids('cadre3')];
    const cadre3Enterprise = (await system.db('cadre_assignments').where({ cadre_id: cadre3 }).whereNull('ended_at').first()).enterprise_id;
    const full = await admin.request('POST', '/api/assignments', { cadreId: cadre1, enterpriseId: cadre3Enterprise });
    expect(full).toMatchObject({ status: 409, body: { error: { code: 'cadre_full' } } });
    expect((await admin.request('PUT', '/api/settings', { maxEnterprisesPerCadre: 6 })).status).toBe(200);
    expect((await admin.request('POST', '/api/assignments', { cadreId: cadre1, enterpriseId: cadre3Enterprise })).status).toBe(201);
    const history = await admin.request('GET', `/api/assignments?history=1&enterpriseId=${cadre3Enterprise}`);
    expect(history.body.assignments.map((a: { cadreId: number; endedAt: string | null }) => [a.cadreId, a.endedAt === null])).toEqual([
      [cadre1, true],
      [cadre3, false],
    ]);
    const cadre = await signedIn(system.baseUrl, 'cadre1');
    expect((await cadre.request('GET', '/api/enterprises')).body.enterprises).toHaveLength(6);
  });

  it('does not let an enterprise read or change another enterprise’s records by guessing ids', async () => {
    const mine = await signedIn(system.baseUrl, 'ent01');
    const others = await system
      .db('enterprises')
      .whereNot({ id: (await system.db('users').where({ username: 'ent01' }).first()).enterprise_id })
      .pluck('id');
    const otherProjects = await system.db('projects').whereIn('enterprise_id', others).pluck('id');
    const before = JSON.stringify([await system.db('enterprises').orderBy('id'), await system.db('projects').orderBy('id')]);
    for (const id of others) {
      expect((await mine.request('GET', `/api/enterprises/${id}`)).status).toBe(404);
      expect((await mine.request('PATCH', `/api/enterprises/${id}`, { address: 'hijacked' })).status).toBe(404);
      expect((await mine.request('POST', '/api/projects', { enterpriseId: id, name: '冒名项目', status: 'ready' })).status).toBe(404);
    }
    for (const id of otherProjects) {
      expect((await mine.request('GET', `/api/projects/${id}`)).status).toBe(404);
      expect((await mine.request('PATCH', `/api/projects/${id}`, { status: 'delayed' })).status).toBe(404);
    }
    expect((await mine.request('GET', '/api/enterprises')).body.enterprises).toHaveLength(1);
    expect(
      new Set((await mine.request('GET', '/api/projects')).body.projects.map((p: { enterpriseId: number }) => p.enterpriseId)).size,
    ).toBe(1);
    expect(JSON.stringify([await system.db('enterprises').orderBy('id'), await system.db('projects').orderBy('id')])).toBe(before);
  });

  it('routes each difficulty category to a working group that admins can change', async () => {
    const groups = (await admin.request('GET', '/api/working-groups')).body.workingGroups;
    const service = groups.filter((g: { kind: string }) => g.kind === 'service');
    expect(service.map((g: { key: string }) => g.key)).toEqual(['coordination', 'personnel', 'materials', 'epidemic_supplies']);
    const personnel = groups.find((g: { key: string }) => g.key === 'personnel').id;
    expect((await admin.request('PUT', '/api/difficulty-categories/transportation', { workingGroupId: personnel })).status).toBe(200);
    const categories = (await admin.request('GET', '/api/difficulty-categories')).body.categories;
    expect(categories).toHaveLength(8);
    expect(categories.find((c: { key: string }) => c.key === 'transportation')).toMatchObject({ workingGroupKey: 'personnel' });
  });
});
