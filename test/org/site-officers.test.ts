// Seed 002: "指定专人作为项目驻厂员，设立防疫安全管理专员，负责务工人员疫情排查". Beside its liaison, an enterprise
// designates the epidemic safety officer of each of its sites; its cadre designates the site's resident officer. The
// mobiles are shown in full to those who call them (the enterprise, the cadre, the site's gate officer, HQ) and masked
// for everyone else; each designation is audited without the full mobile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJson } from '#core/db';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import type { Locale } from '#core/domain/locale';
import { signedIn } from '#scripts/kit/http-session';

describe('site officers (002): 防疫安全管理专员 and 驻厂员', () => {
  let app: BareApp;
  let own: number;
  let other: number;
  const as = (username: string, locale?: Locale) => signedIn(app.baseUrl, username, { locale });

  beforeAll(async () => {
    app = await startBareApp();
    const gate = await app.db('users').where({ username: 'gate1' }).first('project_id');
    own = Number(gate.project_id);
    const ent06 = await app.db('users').where({ username: 'ent06' }).first('enterprise_id');
    other = Number((await app.db('projects').where({ enterprise_id: ent06.enterprise_id }).first('id')).id);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lets the enterprise designate its site’s epidemic safety officer and the cadre the resident officer, each audited', async () => {
    const enterprise = await as('ent01');
    const bad = await enterprise.request('PUT', `/api/projects/${own}/safety-officer`, { name: '赵专员', mobile: '12345' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/mobile']);
    const safety = await enterprise.request('PUT', `/api/projects/${own}/safety-officer`, { name: '赵专员', mobile: '13800138001' });
    expect(safety.status, JSON.stringify(safety.body)).toBe(200);
    expect(safety.body.officer).toMatchObject({ role: '防疫安全管理专员', name: '赵专员', mobile: '13800138001' });
    // Not another enterprise's site; the resident officer is not the enterprise's to name.
    expect((await enterprise.request('PUT', `/api/projects/${other}/safety-officer`, { name: '冒名', mobile: '13800138009' })).status).toBe(
      404,
    );
    expect((await enterprise.request('PUT', `/api/projects/${own}/resident-officer`, { name: '自封', mobile: '13800138009' })).status).toBe(
      403,
    );

    const cadre = await as('cadre1');
    const resident = await cadre.request('PUT', `/api/projects/${own}/resident-officer`, { name: '钱驻厂', mobile: '13900139002' });
    expect(resident.body.officer).toMatchObject({ role: '驻厂员', name: '钱驻厂', mobile: '13900139002' });
    expect((await cadre.request('PUT', `/api/projects/${other}/resident-officer`, { name: '越界', mobile: '13900139009' })).status).toBe(
      404,
    );

    const audit = await app
      .db('audit_log')
      .where({ target_type: 'project', target_id: String(own) })
      .whereLike('action', '%officer')
      .orderBy('id');
    expect(audit.map((row) => [row.action, fromJson<{ after: string; mobile: string }>(row.summary)])).toEqual([
      ['project.safety-officer', { before: null, after: '赵专员', mobile: '138****8001' }],
      ['project.resident-officer', { before: null, after: '钱驻厂', mobile: '139****9002' }],
    ]);
    // The liaison stays who it was: a separate person.
    const liaison = await app
      .db('enterprises as e')
      .join('projects as p', 'p.enterprise_id', 'e.id')
      .where('p.id', own)
      .first('e.liaison_name');
    expect(liaison.liaison_name).not.toBe('赵专员');
  });

  it('shows the mobiles in full to those who call the officers and masked to the others, in the reader’s language', async () => {
    const full = { safety: { name: '赵专员', mobile: '13800138001' }, resident: { name: '钱驻厂', mobile: '13900139002' } };
    for (const username of ['ent01', 'cadre1', 'gate1', 'hq']) {
      const answer = await (await as(username)).request('GET', `/api/projects/${own}/officers`);
      expect(answer.body.officers, username).toMatchObject(full);
    }
    const english = await (await as('hq', 'en')).request('GET', `/api/projects/${own}/officers`);
    expect(english.body.officers.safety.role).toBe('Epidemic safety officer');
    expect(english.body.officers.resident.role).toBe('Resident officer');
    for (const username of ['class-coordination', 'admin']) {
      const answer = await (await as(username)).request('GET', `/api/projects/${own}/officers`);
      expect(answer.body.officers.safety, username).toMatchObject({ name: '赵专员', mobile: '138****8001' });
      expect(answer.body.officers.resident.mobile, username).toBe('139****9002');
    }
    expect((await (await as('ent06')).request('GET', `/api/projects/${own}/officers`)).status).toBe(404);
    expect((await (await as('gate1')).request('GET', `/api/projects/${other}/officers`)).status).toBe(404);
    // A gate officer reads its own site's mobiles; another site of the same enterprise, masked.
    const sibling = await app
      .db('projects')
      .where({ enterprise_id: (await app.db('projects').where({ id: own }).first()).enterprise_id })
      .whereNot({ id: own })
      .first('id');
    expect(sibling).toBeDefined();
    const cadre = await as('cadre1');
    await cadre.request('PUT', `/api/projects/${sibling!.id}/resident-officer`, { name: '孙驻厂', mobile: '13700137003' });
    const elsewhere = await (await as('gate1')).request('GET', `/api/projects/${sibling!.id}/officers`);
    expect(elsewhere.body.officers.resident).toMatchObject({ name: '孙驻厂', mobile: '137****7003' });
    expect((await (await as('ent06')).request('GET', `/api/projects/${other}/officers`)).body.officers).toEqual({
      safety: null,
      resident: null,
    });
  });
});
