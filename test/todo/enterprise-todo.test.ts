// GET /api/me/todo: the enterprise home's to-do list says what the signed-in enterprise owes, and only its own.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { addDays, localDate } from '#core/domain/working-calendar';
import { startBareApp, type BareApp } from '../helpers/bare-app';
import { HttpSession } from '#scripts/kit/http-session';
import { suspendClearance } from '../helpers/suspended-clearance';

let app: BareApp;
const ids: Record<string, number> = {};
const today = () => localDate(new Date().toISOString(), 'Asia/Shanghai');

async function signedIn(username: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<HttpSession> {
  const session = new HttpSession(app.baseUrl, locale);
  await session.login(username, DEMO_PASSWORD);
  return session;
}

async function insertCase(db: Knex, username: string, fields: { status: string; data: object; result: object | null; number: string }) {
  const id = randomUUID();
  const at = new Date().toISOString();
  await db('submissions').insert({
    id,
    form_key: 'difficulty-report',
    form_version: (await db('form_definitions').where({ key: 'difficulty-report' }).max('version as v').first())!.v,
    enterprise_id: ids[username],
    user_id: ids[`${username}:user`],
    data: JSON.stringify(fields.data),
    status: fields.status,
    result: fields.result === null ? null : JSON.stringify(fields.result),
    workflow_id: `todo-test-${id}`,
    case_number: fields.number,
    created_at: at,
    updated_at: at,
  });
  return id;
}

async function openDailyRound(db: Knex, deadlineAt: string) {
  const roundId = `daily-report/${today()}`;
  const at = new Date().toISOString();
  await db('collection_rounds').insert({
    id: roundId,
    form_key: 'daily-report',
    form_version: 1,
    recurrence: 'daily',
    local_date: today(),
    params: '{}',
    opens_at: new Date(Date.now() - 3600_000).toISOString(),
    deadline_at: deadlineAt,
    status: 'open',
    workflow_id: `collection-round-${roundId}`,
    expected_count: 2,
    created_at: at,
  });
  return roundId;
}

beforeAll(async () => {
  app = await startBareApp();
  for (const username of ['ent01', 'ent06']) {
    const user = await app.db('users').where({ username }).first('id', 'enterprise_id');
    ids[username] = Number(user.enterprise_id);
    ids[`${username}:user`] = Number(user.id);
  }
});
afterAll(async () => app?.stop());

describe('the enterprise to-do list', () => {
  it("says today's daily report is not yet filed and when it is due, before any round was opened", async () => {
    const answer = await (await signedIn('ent01')).request('GET', '/api/me/todo');
    expect(answer.status).toBe(200);
    expect(answer.body.today).toBe(today());
    const daily = answer.body.reports.find((report: { formKey: string }) => report.formKey === 'daily-report');
    // 17:00 in Beijing is 09:00 UTC on the same local day.
    expect(daily).toMatchObject({
      recurrence: 'daily',
      submittedAt: null,
      submissionId: null,
      deadlineAt: `${today()}T09:00:00.000Z`,
      formTitle: { 'zh-CN': '项目动态每日报送', en: 'Daily progress report' },
    });
    expect(daily.state).toBe(Date.now() > Date.parse(`${today()}T09:00:00.000Z`) ? 'overdue' : 'due');
  });

  it("reads today's round: one enterprise has filed, the other still owes its report", async () => {
    const deadline = new Date(Date.now() + 3 * 3600_000).toISOString();
    const roundId = await openDailyRound(app.db, deadline);
    const filedAt = new Date(Date.now() - 600_000).toISOString();
    const submissionId = randomUUID();
    await app.db('collection_reports').insert([
      {
        round_id: roundId,
        enterprise_id: ids.ent01,
        status: 'on_time',
        submission_id: submissionId,
        submitted_at: filedAt,
        updated_at: filedAt,
      },
      { round_id: roundId, enterprise_id: ids.ent06, status: 'expected', updated_at: filedAt },
    ]);
    const own = await (await signedIn('ent01')).request('GET', '/api/me/todo');
    expect(own.body.reports.filter((r: { formKey: string }) => r.formKey === 'daily-report')).toEqual([
      {
        formKey: 'daily-report',
        formTitle: { 'zh-CN': '项目动态每日报送', en: 'Daily progress report' },
        recurrence: 'daily',
        deadlineAt: deadline,
        state: 'submitted',
        submittedAt: filedAt,
        late: false,
        submissionId,
      },
    ]);
    const other = await (await signedIn('ent06')).request('GET', '/api/me/todo');
    expect(other.body.reports.find((r: { formKey: string }) => r.formKey === 'daily-report')).toMatchObject({
      state: 'due',
      submittedAt: null,
      deadlineAt: deadline,
    });
  });

  it('lists a case returned for information and one awaiting confirmation, each to its own enterprise only', async () => {
    const returned = await insertCase(app.db, 'ent01', {
      status: 'returned',
      data: { category: 'personnel_return', summary: '塔吊司机 3 人滞留外地，无法返岗' },
      result: { stage: 'cadre', note: '请补充三人的姓名和所在地' },
      number: 'KN-20261204-0101',
    });
    const resolved = await insertCase(app.db, 'ent06', {
      status: 'resolved',
      data: { category: 'funds', summary: '工程款拨付滞后' },
      result: { stage: 'cadre', resolution: '已协调财政局下周拨付', confirmBy: '2026-12-07T09:00:00.000Z' },
      number: 'KN-20261204-0102',
    });
    const own = await (await signedIn('ent01')).request('GET', '/api/me/todo');
    expect(own.body.cases).toEqual([
      expect.objectContaining({
        id: returned,
        caseNumber: 'KN-20261204-0101',
        summary: '塔吊司机 3 人滞留外地，无法返岗',
        status: 'returned',
        note: '请补充三人的姓名和所在地',
        confirmBy: null,
        formTitle: { 'zh-CN': '困难问题反映', en: 'Difficulty report' },
      }),
    ]);
    const other = await (await signedIn('ent06')).request('GET', '/api/me/todo');
    expect(other.body.cases).toEqual([
      expect.objectContaining({
        id: resolved,
        caseNumber: 'KN-20261204-0102',
        summary: '工程款拨付滞后',
        status: 'resolved',
        note: '已协调财政局下周拨付',
        confirmBy: '2026-12-07T09:00:00.000Z',
      }),
    ]);
  });

  it('lists an open campaign the enterprise has not answered, and drops it once answered', async () => {
    const roundId = `liaison-designation/campaign-${today()}-${randomUUID().slice(0, 8)}`;
    const at = new Date().toISOString();
    const deadline = new Date(`${addDays(today(), 3)}T09:00:00.000Z`).toISOString();
    await app.db('collection_rounds').insert({
      id: roundId,
      form_key: 'liaison-designation',
      form_version: 2,
      recurrence: 'once',
      local_date: today(),
      params: '{}',
      opens_at: at,
      deadline_at: deadline,
      status: 'open',
      workflow_id: `collection-round-${roundId}`,
      expected_count: 2,
      created_at: at,
    });
    await app.db('collection_reports').insert([
      { round_id: roundId, enterprise_id: ids.ent01, status: 'expected', updated_at: at },
      { round_id: roundId, enterprise_id: ids.ent06, status: 'on_time', submission_id: randomUUID(), submitted_at: at, updated_at: at },
    ]);
    const own = await (await signedIn('ent01', 'en')).request('GET', '/api/me/todo');
    expect(own.body.reports.filter((r: { recurrence: string }) => r.recurrence === 'once')).toEqual([
      expect.objectContaining({ formKey: 'liaison-designation', state: 'due', deadlineAt: deadline, submittedAt: null }),
    ]);
    const other = await (await signedIn('ent06')).request('GET', '/api/me/todo');
    expect(other.body.reports.filter((r: { recurrence: string }) => r.recurrence === 'once')).toEqual([]);
  });

  it('says whether the enterprise may resume: not before the town/street team passes it, then when and by whom (003)', async () => {
    const { db } = app;
    const projects = await db('projects').where({ enterprise_id: ids.ent06 }).select('id', 'cleared_at', 'cleared_by_group_id');
    expect(projects.length).toBeGreaterThan(0);
    const town = await db('working_groups').where({ key: 'town-inspection' }).first('id');
    const resumptionOf = async () => (await (await signedIn('ent06')).request('GET', '/api/me/todo')).body.resumption;
    try {
      await db('projects').where({ enterprise_id: ids.ent06 }).update({ cleared_at: null, cleared_by_group_id: null });
      expect(await resumptionOf()).toEqual({
        formKey: 'resumption-readiness',
        formTitle: { 'zh-CN': '复工复产情况摸排及防控条件核查', en: 'Resumption survey and readiness inspection' },
        clearingStage: { 'zh-CN': '镇（街道）检查组核查', en: 'Town/street inspection team' },
        cleared: null,
        suspended: null,
        check: null,
      });
      const id = randomUUID();
      const at = new Date().toISOString();
      const version = (await db('form_definitions').where({ key: 'resumption-readiness' }).max('version as v').first())!.v;
      await db('submissions').insert({
        id,
        form_key: 'resumption-readiness',
        form_version: version,
        enterprise_id: ids.ent06,
        user_id: ids['ent06:user'],
        data: '{}',
        status: 'returned',
        result: JSON.stringify({ stage: 'town', note: '补充消毒记录' }),
        workflow_id: `todo-test-${id}`,
        created_at: at,
        updated_at: at,
      });
      expect((await resumptionOf()).check).toEqual({ id, caseNumber: null, status: 'returned', stage: null });
      // Another enterprise reads its own state, not ent06's case.
      expect((await (await signedIn('ent01')).request('GET', '/api/me/todo')).body.resumption.check?.id).not.toBe(id);
      await db('projects').where({ enterprise_id: ids.ent06 }).update({ cleared_at: at, cleared_by_group_id: town.id });
      expect((await resumptionOf()).cleared).toEqual({ at, body: { 'zh-CN': '镇（街道）检查组', en: 'Town/street inspection team' } });
      await db('submissions').where({ id }).delete();
    } finally {
      for (const project of projects)
        await db('projects')
          .where({ id: project.id })
          .update({ cleared_at: project.cleared_at, cleared_by_group_id: project.cleared_by_group_id });
    }
  });

  it('says when a later level failed the enterprise and suspended its clearance, by which body and on which case (003)', async () => {
    const { db } = app;
    const projects = await db('projects').where({ enterprise_id: ids.ent06 }).select('id');
    const resumptionOf = async (locale: 'zh-CN' | 'en' = 'zh-CN') =>
      (await (await signedIn('ent06', locale)).request('GET', '/api/me/todo')).body.resumption;
    const failed = await suspendClearance(db, {
      enterpriseId: ids.ent06!,
      userId: ids['ent06:user']!,
      caseNumber: 'FG-20261207-0999',
      note: '隔离留观室未落实',
    });
    const { submissionId: id, at } = failed;
    try {
      const suspended = await resumptionOf();
      expect(suspended).toMatchObject({
        cleared: null,
        suspended: { at, body: { 'zh-CN': '复工联合检查组', en: 'Joint inspection team' }, caseId: id, caseNumber: 'FG-20261207-0999' },
        clearingStage: { 'zh-CN': '镇（街道）检查组核查' },
        check: { id, status: 'rejected' },
      });
      // The enterprise's project list says it too, by project.
      const listed = (await (await signedIn('ent06')).request('GET', `/api/projects?enterpriseId=${ids.ent06}`)).body.projects;
      expect(listed.length).toBe(projects.length);
      for (const project of listed)
        expect(project.suspension).toEqual({ at, body: { 'zh-CN': '复工联合检查组', en: 'Joint inspection team' } });
      // A new clearance lifts it: the clearance reads again, the suspension is gone.
      await db('projects')
        .where({ enterprise_id: ids.ent06 })
        .update({ suspended_at: null, suspended_by_group_id: null, suspended_submission_id: null });
      expect(await resumptionOf()).toMatchObject({ cleared: { at }, suspended: null });
    } finally {
      await failed.restore();
    }
  });

  it('refuses a cadre, headquarters and anyone not signed in', async () => {
    for (const username of ['cadre1', 'hq']) {
      const answer = await (await signedIn(username)).request('GET', '/api/me/todo');
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('forbidden');
      expect(answer.body).not.toHaveProperty('cases');
    }
    const anonymous = await new HttpSession(app.baseUrl).request('GET', '/api/me/todo');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
  });
});
