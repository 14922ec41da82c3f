// What a gate reads of a worker another site registered (the security review of the gate look-up): a site reads only
// what its own officers took down at its own checks — the name of its latest check, the mobile given there — in its
// look-up, register, worker page and quarantine notices; the keeping site's record stays its own and unchanged, and a
// site that meets a worker quarantined elsewhere is told that, and nothing of the other site's record.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarantineNoticeFacts } from '#core/stores/gate/quarantine-alert-store';
import { quarantinesEndingBy } from '#core/stores/quarantine-store';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { checkAtGate, freshResidentId } from './gate-fixtures';

const SECRET = { name: '李秘密', mobile: '13700137000' };

describe.each(testDatabases())('what a gate reads of a worker another site registered, on $name', (database) => {
  let system: RunningSystem;
  let gate1: HttpSession;
  let gateOther: HttpSession;
  let hq: HttpSession;
  let ownProjectId: number;
  let otherProjectId: number;

  beforeAll(async () => {
    system = await startSystem(database);
    const { db } = system;
    // A gate officer at ent06's site, a project of another enterprise than gate1's.
    const other = await db('projects as p')
      .join('users as u', 'u.enterprise_id', 'p.enterprise_id')
      .where('u.username', 'ent06')
      .first('p.id');
    const gate = await db('users').where({ username: 'gate1' }).first('password_hash', 'project_id');
    ownProjectId = Number(gate.project_id);
    otherProjectId = Number(other.id);
    const username = `gate-capture-${randomUUID().slice(0, 8)}`;
    await db('users').insert({
      username,
      display_name: '另一工地门岗',
      role: 'gate',
      project_id: otherProjectId,
      password_hash: gate.password_hash,
      created_at: new Date().toISOString(),
    });
    gate1 = await signedIn(system.baseUrl, 'gate1');
    gateOther = await signedIn(system.baseUrl, username);
    hq = await signedIn(system.baseUrl, 'hq');
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  /** A signed check by `gate` with all steps done, at `temperature`. */
  const check = (gate: HttpSession, worker: { residentId: string; name: string; mobile?: string }, temperature = 36.5) =>
    checkAtGate(gate, temperature, randomUUID(), worker);

  /** The register row of `workerId` as `session` reads the register of `projectId`. */
  async function registerRow(session: HttpSession, projectId: number, workerId: number) {
    const answer = await session.request('GET', `/api/gate/register?projectId=${projectId}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return { text: JSON.stringify(answer.body), row: (answer.body.workers as { workerId: number }[]).find((w) => w.workerId === workerId) };
  }

  it('shows the second site only the name it took down: look-up, register and worker page, never the keeping site’s', async () => {
    const residentId = freshResidentId();
    const first = await check(gate1, { residentId, ...SECRET });
    expect(first.status, JSON.stringify(first.body)).toBe(201);

    const before = await gateOther.request('GET', `/api/gate/workers/${residentId}`);
    expect(before.status).toBe(404);
    expect(JSON.stringify(before.body)).not.toContain(SECRET.name);

    const own = await check(gateOther, { residentId, name: '随便' });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.check.outcome).toBe('admitted');
    expect(JSON.stringify(own.body)).not.toContain(SECRET.name);
    const workerId = Number(own.body.check.workerId);

    const lookup = await gateOther.request('GET', `/api/gate/workers/${residentId}`);
    expect(lookup.status).toBe(200);
    expect(lookup.body.worker).toEqual({ id: workerId, name: '随便', mobile: null, mobileMasked: false });
    expect(JSON.stringify(lookup.body)).not.toMatch(/李秘密|13700137000/);

    const register = await registerRow(gateOther, otherProjectId, workerId);
    expect(register.row).toMatchObject({ workerId, name: '随便', status: 'admitted' });
    expect(register.text).not.toMatch(/李秘密|13700137000/);
    const page = await gateOther.request('GET', `/api/gate/register/workers/${workerId}`);
    expect(page.status).toBe(200);
    expect(page.body.worker).toMatchObject({ id: workerId, name: '随便', residentId, mobile: null, projectId: otherProjectId });

    // The keeping site's record is neither rewritten nor read differently; HQ reads each site's register as it was kept.
    expect(await system.db('workers').where({ id: workerId }).first('name', 'mobile')).toEqual(SECRET);
    const atHome = await gate1.request('GET', `/api/gate/workers/${residentId}`);
    expect(atHome.body.worker).toEqual({ id: workerId, ...SECRET, mobileMasked: false });
    expect((await registerRow(gate1, ownProjectId, workerId)).row).toMatchObject({ name: SECRET.name });
    expect((await registerRow(hq, otherProjectId, workerId)).row).toMatchObject({ name: '随便' });
    expect((await registerRow(hq, ownProjectId, workerId)).row).toMatchObject({ name: SECRET.name });
  });

  it('shows the second site the mobile it was given, and keeps it through a later check there without one', async () => {
    const residentId = freshResidentId();
    expect((await check(gate1, { residentId, ...SECRET })).status).toBe(201);
    expect((await check(gateOther, { residentId, name: '王二', mobile: '13600136000' })).status).toBe(201);
    const given = await gateOther.request('GET', `/api/gate/workers/${residentId}`);
    expect(given.body.worker).toMatchObject({ name: '王二', mobile: '13600136000', mobileMasked: false });

    expect((await check(gateOther, { residentId, name: '王二小' })).status).toBe(201);
    const later = await gateOther.request('GET', `/api/gate/workers/${residentId}`);
    expect(later.body.worker).toMatchObject({ name: '王二小', mobile: '13600136000' });
    expect(JSON.stringify(later.body)).not.toMatch(/李秘密|13700137000/);
    const page = await gateOther.request('GET', `/api/gate/register/workers/${later.body.worker.id}`);
    expect(page.body.worker).toMatchObject({ name: '王二小', mobile: '13600136000' });

    const atHome = await gate1.request('GET', `/api/gate/workers/${residentId}`);
    expect(atHome.body.worker).toMatchObject(SECRET);
  });

  it('names a quarantine at the second site as that site took it down, and tells the first only that it is elsewhere', async () => {
    const residentId = freshResidentId();
    expect((await check(gate1, { residentId, ...SECRET })).status).toBe(201);
    const fever = await check(gateOther, { residentId, name: '随便', mobile: '13600136000' }, 38.2);
    expect(fever.status, JSON.stringify(fever.body)).toBe(201);
    expect(fever.body.check).toMatchObject({ outcome: 'quarantined', quarantine: { projectId: otherProjectId, workerName: '随便' } });
    expect(JSON.stringify(fever.body)).not.toContain(SECRET.name);

    // Its texts go to the mobile given at this gate, its alerts and the cadre's digest name the worker as taken down here.
    const quarantineId = String(fever.body.check.quarantine.id);
    expect(await quarantineNoticeFacts(system.db, quarantineId)).toMatchObject({ workerName: '随便', mobile: '13600136000' });
    const enterprise = await system.db('projects').where({ id: otherProjectId }).first('enterprise_id');
    const cadre = await system
      .db('cadre_assignments')
      .where({ enterprise_id: enterprise.enterprise_id })
      .whereNull('ended_at')
      .first('cadre_id');
    const digest = await quarantinesEndingBy(system.db, Number(cadre.cadre_id), '9999-12-31T00:00:00.000Z');
    expect(digest.filter((q) => q.workerName === SECRET.name)).toEqual([]);
    expect(digest.map((q) => q.workerName)).toContain('随便');

    const refused = await check(gate1, { residentId, ...SECRET });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'quarantined_elsewhere' });
    const site = await system.db('projects').where({ id: otherProjectId }).first('name');
    for (const secret of ['随便', '13600136000', '38.2', site.name, quarantineId])
      expect(JSON.stringify(refused.body)).not.toContain(secret);
  });
});
