// Scope narrowed to need (issue 16), on the running system: a working-group member reads the submissions of its tasks
// only; a gate officer looks up workers of its own site only and never rewrites another site's worker record; a
// bulletin goes to the readers its params name, an enterprise reading its own notes only; and the generic submit route
// refuses a gate check, which must go through the gate page's checks.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { decideStep, signedIn } from '../notices/commendation-journey';
import { freshResidentId } from '../gate/gate-fixtures';
import { eventually } from '#scripts/kit/eventually';
import { insertBulletin as insertStoredBulletin } from '../collections/bulletin-fixture';
import { publicId } from '#core/domain/public-id';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

describe('scope narrowed to need', () => {
  let system: RunningSystem;
  /** Difficulty reports: ent01's escalated to the coordination group, ent06's still with its cadre. */
  let escalated: string;
  let elsewhere: string;

  async function report(username: string, summary: string): Promise<string> {
    const session = await signedIn(system, username);
    const submissionId = randomUUID();
    const answer = await session.request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId,
      data: { category: 'transportation', summary },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    return submissionId;
  }

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    escalated = await report('ent01', '材料运输车辆无法进城');
    elsewhere = await report('ent06', '盾构机配件运输受阻');
    // ent01's cadre sends the report on to the working group of its category (transportation → coordination).
    await decideStep(system, escalated, 'cadre', 'cadre1', 'escalate', { note: '需跨部门协调' });
    const open = (id: string, step: string) => () => system.db('tasks').where({ submission_id: id, step, status: 'open' }).first('id');
    expect(await eventually(open(escalated, 'group'), Boolean)).toBeTruthy();
    expect(await eventually(open(elsewhere, 'cadre'), Boolean)).toBeTruthy();
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  describe('a working-group member', () => {
    it('lists and reads the submissions of its tasks only, while HQ still sees the whole city', async () => {
      const member = await signedIn(system, 'class-coordination');
      const listed = (await member.request('GET', '/api/submissions')).body.submissions.map((s: { id: string }) => s.id);
      expect(listed).toContain(escalated);
      expect(listed).not.toContain(elsewhere);
      expect((await member.request('GET', `/api/submissions/${escalated}`)).body.submission).toMatchObject({ id: escalated });
      const refused = await member.request('GET', `/api/submissions/${elsewhere}`);
      expect(refused.status).toBe(404);
      expect(refused.body.error.code).toBe('not_found');
      expect(JSON.stringify(refused.body)).not.toContain('盾构机');

      const hq = await signedIn(system, 'hq');
      const all = (await hq.request('GET', '/api/submissions')).body.submissions.map((s: { id: string }) => s.id);
      expect(all).toEqual(expect.arrayContaining([escalated, elsewhere]));
      expect((await hq.request('GET', `/api/submissions/${elsewhere}`)).body.submission.data.summary).toBe('盾构机配件运输受阻');
    });

    it('reads the case of its task, not of another', async () => {
      const member = await signedIn(system, 'class-coordination');
      const own = await member.request('GET', `/api/submissions/${escalated}/case`);
      expect(own.status).toBe(200);
      expect(own.body.state).toMatchObject({ phase: 'task', stage: 'group' });
      const other = await member.request('GET', `/api/submissions/${elsewhere}/case`);
      expect(other.status).toBe(404);
      expect(other.body.error.code).toBe('not_found');
    });

    it('sees only the records of its tasks in the dashboard and its export, with the city’s counts', async () => {
      const member = await signedIn(system, 'class-coordination');
      const dashboard = await member.request('GET', '/api/dashboard?groups=difficulties');
      const group = dashboard.body.groups.find((g: { key: string }) => g.key === 'difficulties');
      const records = group.tables.find((t: { key: string }) => t.key === 'difficulty-records');
      const linked = records.rows.map((row: { link: { id: string } }) => row.link.id);
      expect(linked).toContain(escalated);
      expect(linked).not.toContain(elsewhere);
      expect(records.total).toBe(records.rows.length);
      expect(group.totals.find((t: { key: string }) => t.key === 'reported').value).toBeGreaterThanOrEqual(2);

      // Every group at once, the daily reports' records table among them.
      const everything = await member.request('GET', '/api/dashboard');
      expect(everything.status, JSON.stringify(everything.body)).toBe(200);
      const reports = everything.body.groups.find((g: { key: string }) => g.key === 'daily-reports');
      expect(reports.tables.find((t: { key: string }) => t.key === 'report-records')).toMatchObject({ rows: [], total: 0 });

      const names = await system
        .db('submissions as s')
        .join('enterprises as e', 'e.id', 's.enterprise_id')
        .whereIn('s.id', [escalated, elsewhere])
        .select('s.id', 'e.name');
      const nameOf = (id: string) => names.find((row) => row.id === id)!.name as string;
      const csv = await member.request('GET', '/api/dashboard/export.csv?group=difficulties&table=difficulty-records');
      expect(csv.status).toBe(200);
      expect(String(csv.body)).toContain(nameOf(escalated));
      expect(String(csv.body)).not.toContain(nameOf(elsewhere));
      const hqCsv = await (
        await signedIn(system, 'hq')
      ).request('GET', '/api/dashboard/export.csv?group=difficulties&table=difficulty-records');
      expect(String(hqCsv.body)).toContain(nameOf(elsewhere));
    });
  });

  describe('the worker look-up at the gate', () => {
    const turnedBack = (residentId: string, name: string, mobile: string) => ({
      checkId: randomUUID(),
      data: { residentId, name, mobile, channel: 'freight', certificate: 'none', steps: ['certificate'], riskFlag: false },
    });

    it('answers 404 for a worker another site keeps, and a check elsewhere leaves that site’s record untouched', async () => {
      const gate1 = await signedIn(system, 'gate1');
      const residentId = freshResidentId();
      const first = await gate1.request('POST', '/api/gate/checks', turnedBack(residentId, '王建国', '13912345678'));
      expect(first.status, JSON.stringify(first.body)).toBe(201);

      // A gate officer at ent06's site.
      const otherProject = await system
        .db('projects as p')
        .join('users as u', 'u.enterprise_id', 'p.enterprise_id')
        .where('u.username', 'ent06')
        .first('p.id');
      const hash = (await system.db('users').where({ username: 'gate1' }).first('password_hash')).password_hash;
      await system.db('users').insert({
        username: 'gate-other',
        display_name: '另一工地门岗',
        role: 'gate',
        project_id: otherProject.id,
        password_hash: hash,
        created_at: new Date().toISOString(),
      });
      const gateOther = new HttpSession(system.baseUrl);
      await gateOther.login('gate-other', DEMO_PASSWORD);
      const lookup = await gateOther.request('GET', `/api/gate/workers/${residentId}`);
      expect(lookup.status).toBe(404);
      expect(JSON.stringify(lookup.body)).not.toContain('王建国');
      expect(JSON.stringify(lookup.body)).not.toContain('13912345678');

      const second = await gateOther.request('POST', '/api/gate/checks', turnedBack(residentId, '王二', '13800000000'));
      expect(second.status, JSON.stringify(second.body)).toBe(201);
      const record = await system.db('workers').where({ resident_id: residentId }).first('name', 'mobile');
      expect(record).toEqual({ name: '王建国', mobile: '13912345678' });
      const atHome = await gate1.request('GET', `/api/gate/workers/${residentId}`);
      expect(atHome.body.worker).toMatchObject({ name: '王建国', mobile: '13912345678' });
      // Now known at the other site too (it checked the worker), as that site took them down, not as the keeper did.
      const afterCheck = await gateOther.request('GET', `/api/gate/workers/${residentId}`);
      expect(afterCheck.status).toBe(200);
      expect(afterCheck.body).toMatchObject({ worker: { name: '王二', mobile: '13800000000' }, standing: { status: 'turned-back' } });
      expect(JSON.stringify(afterCheck.body)).not.toMatch(/王建国|13912345678/);
    });
  });

  describe('bulletins', () => {
    async function insertBulletin(params: Record<string, unknown>, notes: { enterpriseId: number; name: string; text: string }[]) {
      const path = await insertStoredBulletin(system.db, { params, notes: notes.map((note) => ({ ...note, field: '其他情况' })) });
      return { roundId: publicId(path.replace('/api/collections/bulletins/', '')), path };
    }

    async function enterpriseOf(username: string): Promise<number> {
      return Number((await system.db('users').where({ username }).first('enterprise_id')).enterprise_id);
    }

    it('keeps a bulletin from an enterprise its params do not name, and from the list', async () => {
      const bulletin = await insertBulletin({}, [{ enterpriseId: await enterpriseOf('ent06'), name: '齐鲁', text: '拖欠工资三个月' }]);
      const enterprise = await signedIn(system, 'ent01');
      const refused = await enterprise.request('GET', bulletin.path);
      expect(refused.status).toBe(404);
      expect(JSON.stringify(refused.body)).not.toContain('拖欠工资');
      const listed = (await enterprise.request('GET', '/api/collections/bulletins')).body.bulletins;
      expect(listed.map((b: { roundId: string }) => b.roundId)).not.toContain(bulletin.roundId);
      const hq = await signedIn(system, 'hq');
      expect((await hq.request('GET', bulletin.path)).body.bulletin.data.notes[0].text).toBe('拖欠工资三个月');
    });

    it('shows an enterprise it names only its own notes, and no rendered text carrying the others', async () => {
      const bulletin = await insertBulletin({ bulletinReaders: ['admin', 'hq', 'enterprise'] }, [
        { enterpriseId: await enterpriseOf('ent01'), name: '本企业', text: '塔吊司机尚未返岗' },
        { enterpriseId: await enterpriseOf('ent06'), name: '齐鲁', text: '有密切接触者正在隔离' },
      ]);
      const enterprise = await signedIn(system, 'ent01');
      const answer = await enterprise.request('GET', bulletin.path);
      expect(answer.status).toBe(200);
      expect(answer.body.bulletin.data.notes).toEqual([
        { enterpriseId: await enterpriseOf('ent01'), name: '本企业', text: '塔吊司机尚未返岗', field: '其他情况' },
      ]);
      expect(answer.body.bulletin.text).toBeNull();
      expect(JSON.stringify(answer.body)).not.toContain('密切接触者');
      const admin = await signedIn(system, 'admin');
      expect((await admin.request('GET', bulletin.path)).body.bulletin.data.notes).toHaveLength(2);
    });
  });

  it('refuses a gate check on the generic submit route and points to the gate page', async () => {
    const gate1 = await signedIn(system, 'gate1');
    const submissionId = randomUUID();
    const answer = await gate1.request('POST', '/api/forms/gate-check/submissions', {
      submissionId,
      data: { residentId: freshResidentId(), name: '绕过检查', channel: 'people', certificate: 'none', steps: [], riskFlag: false },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('use_gate_page');
    expect(answer.body.error.message).toContain('/#/gate');
    gate1.locale = 'en';
    const english = await gate1.request('POST', '/api/forms/gate-check/submissions', { submissionId, data: {} });
    expect(english.body.error.message).toMatch(/gate page/);
    expect(await system.db('submissions').where({ id: submissionId }).first()).toBeUndefined();
  });
});
