// The inspection bodies of P2's three levels (seed 003: 镇（街）检查, 联合督导, 行业主管部门) are organisation units with
// members, beside the service class's working groups: shipped with every installation, and admins add more and put
// people in them; a difficulty category is never routed to one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpSession, signedIn } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

describe('inspection bodies', () => {
  let system: RunningSystem;
  let admin: HttpSession;
  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!, []);
    admin = await signedIn(system.baseUrl, 'admin');
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('ships the town/street team, the joint team and the industry regulator as units of kind inspection, each with a member', async () => {
    const units = (await admin.request('GET', '/api/working-groups')).body.workingGroups as { id: number; key: string; kind: string }[];
    const bodies = units.filter((unit) => unit.kind === 'inspection');
    expect(bodies).toEqual([
      expect.objectContaining({ key: 'town-inspection', name: { 'zh-CN': '镇（街道）检查组', en: 'Town/street inspection team' } }),
      expect.objectContaining({ key: 'joint-inspection', name: { 'zh-CN': '复工联合检查组', en: 'Joint inspection team' } }),
      expect.objectContaining({ key: 'industry-regulator', name: { 'zh-CN': '行业主管部门', en: 'Industry regulator' } }),
    ]);
    const users = (await admin.request('GET', '/api/users?role=special_class')).body.users as {
      username: string;
      workingGroupId: number;
    }[];
    for (const body of bodies) expect(users.filter((user) => user.workingGroupId === body.id)).toHaveLength(1);
  });

  it('lets an admin create a body and add a member, audited; refuses a taken key, a bad key and anyone else', async () => {
    const created = await admin.request('POST', '/api/working-groups', {
      key: 'fire-regulator',
      nameZh: '应急管理局检查组',
      nameEn: 'Emergency management inspection',
      kind: 'inspection',
    });
    expect(created.status).toBe(201);
    expect(created.body.workingGroup).toMatchObject({ key: 'fire-regulator', kind: 'inspection', name: { 'zh-CN': '应急管理局检查组' } });
    const member = await admin.request('POST', '/api/users', {
      username: 'inspector-fire',
      displayName: '应急检查员',
      role: 'special_class',
      password: 'Inspect-2026-fire!',
      workingGroupId: created.body.workingGroup.id,
    });
    expect(member.status).toBe(201);
    expect(member.body.user).toMatchObject({ workingGroupId: created.body.workingGroup.id });
    const audit = await system
      .db('audit_log')
      .where({ action: 'org-unit.create', target_id: String(created.body.workingGroup.id) })
      .first();
    expect(JSON.parse(audit.summary)).toMatchObject({ after: { key: 'fire-regulator', kind: 'inspection' } });

    const again = await admin.request('POST', '/api/working-groups', {
      key: 'fire-regulator',
      nameZh: '重复',
      nameEn: 'Again',
      kind: 'inspection',
    });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'key_taken', details: [{ path: '/key' }] } } });
    const bad = await (
      await signedIn(system.baseUrl, 'admin', { locale: 'en' })
    ).request('POST', '/api/working-groups', { key: 'Bad Key', nameZh: '', nameEn: 'x', kind: 'team' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['/key', '/kind', '/nameZh']);
    const hq = await signedIn(system.baseUrl, 'hq');
    expect(
      (await hq.request('POST', '/api/working-groups', { key: 'hq-made', nameZh: '指挥部', nameEn: 'HQ', kind: 'inspection' })).status,
    ).toBe(403);
  });

  it("makes a new body's key from its English name, so an admin types names only; numbered when taken", async () => {
    const add = (nameEn: string) => admin.request('POST', '/api/working-groups', { nameZh: '港口卫生检查组', nameEn, kind: 'inspection' });
    const first = await add('Port health inspection');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.workingGroup).toMatchObject({ key: 'port-health-inspection', name: { en: 'Port health inspection' } });
    expect((await add('Port Health  Inspection!')).body.workingGroup.key).toBe('port-health-inspection-2');
    // A name with no letters to make a key of still gets one.
    expect((await add('港口')).body.workingGroup.key).toMatch(/^unit-\d+$/);
  });

  it('never routes a difficulty category to an inspection body', async () => {
    const units = (await admin.request('GET', '/api/working-groups')).body.workingGroups as { id: number; key: string }[];
    const town = units.find((unit) => unit.key === 'town-inspection')!;
    const refused = await admin.request('PUT', '/api/difficulty-categories/other', { workingGroupId: town.id });
    expect(refused.status).toBe(404);
    const categories = (await admin.request('GET', '/api/difficulty-categories')).body.categories as {
      key: string;
      workingGroupKey: string;
    }[];
    expect(categories.find((c) => c.key === 'other')!.workingGroupKey).toBe('coordination');
  });
});
