// The dedicated telephone line (000 §III.3): a special-class member logs a call and turns it into a difficulty report
// on the enterprise's behalf, marked as taken by phone; it climbs the same ladder (the enterprise's cadre first) and
// its receipt reaches the enterprise's liaison. A second click files nothing more; enterprises and cadres cannot read
// the log; an admin reads the caller's mobile masked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '#scripts/kit/eventually';
import { signedIn } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { INSPECTORS } from '../helpers/inbox-fixtures';
import { testDatabases } from '../helpers/test-db';

describe('hotline log', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('logs a call and files it once as a difficulty report by phone, at the enterprise’s cadre', async () => {
    const taker = await signedIn(system.baseUrl, 'class-coordination');
    const enterpriseId = Number((await system.db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id);
    await system.db('enterprises').where({ id: enterpriseId }).update({ liaison_name: '张联络', liaison_email: 'liaison@ent01.test' });

    const bad = await taker.request('POST', '/api/hotline', {
      callerName: '王先生',
      callerMobile: '13912345678',
      enterpriseId,
      category: 'nope',
      problem: '工地缺少口罩和测温枪',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details).toEqual([{ path: '/category', message: '没有这个问题类别' }]);
    // A call saved with nothing chosen names each missing field in the reader's language, never in the other one.
    for (const [locale, caller, enterprise] of [
      ['zh-CN', '来电人', '所涉企业'],
      ['en', 'Caller', 'Enterprise concerned'],
    ] as const) {
      taker.locale = locale;
      const empty = await taker.request('POST', '/api/hotline', { callerName: '', callerMobile: '', problem: '' });
      expect(empty.status).toBe(422);
      const messages = empty.body.error.details.map((d: { path: string; message: string }) => `${d.path} ${d.message}`).join('\n');
      expect(messages).toContain(caller);
      expect(messages).toMatch(new RegExp(`/enterpriseId .*${enterprise}`));
      if (locale === 'en') expect(messages).not.toMatch(/\p{Script=Han}/u);
    }
    taker.locale = 'zh-CN';

    const recorded = await taker.request('POST', '/api/hotline', {
      callerName: '王先生',
      callerMobile: '13912345678',
      enterpriseId,
      category: 'epidemic_supplies',
      problem: '工地缺少口罩和测温枪，明天返岗的 80 名工人无法上岗',
    });
    expect(recorded.status).toBe(201);
    const call = recorded.body.call;
    expect(call).toMatchObject({ callerMobile: '13912345678', enterpriseId, category: 'epidemic_supplies', submission: null });

    const filed = await taker.request('POST', `/api/hotline/${call.id}/difficulty`);
    expect(filed.status).toBe(201);
    const again = await taker.request('POST', `/api/hotline/${call.id}/difficulty`);
    expect(again.status).toBe(200);
    expect(again.body.submissionId).toBe(filed.body.submissionId);
    const submissions = await system
      .db('submissions')
      .where({ id: filed.body.submissionId })
      .select('enterprise_id', 'form_key', 'data', 'case_number');
    expect(submissions).toHaveLength(1);
    expect(submissions[0]).toMatchObject({ enterprise_id: enterpriseId, form_key: 'difficulty-report' });
    expect(String(submissions[0].case_number)).toMatch(/^[A-Z]+-\d{8}-\d{4}$/);

    const task = await eventually(
      () => system.db('tasks').where({ submission_id: filed.body.submissionId }).first('step', 'assignee_user_id'),
      (row) => Boolean(row),
    );
    const cadre = await system.db('cadre_assignments').where({ enterprise_id: enterpriseId }).whereNull('ended_at').first('cadre_id');
    expect(task).toMatchObject({ step: 'cadre', assignee_user_id: cadre.cadre_id });
    const receipt = await eventually(
      () => system.db('outbox').where({ template: 'submission-received', to_address: 'liaison@ent01.test' }).first('subject'),
      (row) => Boolean(row),
    );
    expect(receipt.subject).toBeTruthy();

    const enterprise = await signedIn(system.baseUrl, 'ent01');
    const own = await enterprise.request('GET', `/api/submissions/${filed.body.submissionId}`);
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).toContain('【电话反映】工地缺少口罩');

    const list = await taker.request('GET', '/api/hotline');
    expect(list.body.calls[0]).toMatchObject({ id: call.id, submission: { id: filed.body.submissionId } });
    const admin = await signedIn(system.baseUrl, 'admin');
    expect((await admin.request('GET', '/api/hotline')).body.calls[0].callerMobile).toBe('139****5678');
    // The audit log names the call by its enterprise and the case it became, on the page and in the CSV, never by its id.
    const { name } = await system.db('enterprises').where({ id: enterpriseId }).first('name');
    const caseNumber = String(submissions[0].case_number);
    const logged = await admin.request('GET', `/api/audit?targetType=hotline_call&targetId=${call.id}`);
    expect(logged.body.entries.map((entry: { action: string; targetName: string }) => [entry.action, entry.targetName])).toEqual([
      ['hotline.filed', `${name}（案件 ${caseNumber}）`],
      ['hotline.record', `${name}（案件 ${caseNumber}）`],
    ]);
    const csv = new TextDecoder().decode(
      (await admin.download(`/api/audit/export.csv?targetType=hotline_call&targetId=${call.id}&lang=en`)).bytes,
    );
    expect(csv).toContain(`Hotline call,${name} (case ${caseNumber})`);
    expect((await enterprise.request('GET', '/api/hotline')).status).toBe(403);
    expect((await (await signedIn(system.baseUrl, 'cadre1')).request('POST', `/api/hotline/${call.id}/difficulty`)).status).toBe(403);
  });

  it('is the service groups’ and HQ’s: an inspection body’s members neither read the log nor log or file calls', async () => {
    const [call] = (await signedIn(system.baseUrl, 'hq').then((hq) => hq.request('GET', '/api/hotline'))).body.calls;
    expect(call.callerMobile).toBe('13912345678');
    for (const inspector of INSPECTORS) {
      const session = await signedIn(system.baseUrl, inspector);
      expect((await session.request('GET', '/api/session')).body.user).toMatchObject({ role: 'special_class', inspectionBody: true });
      const list = await session.request('GET', '/api/hotline');
      expect(list).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
      expect(JSON.stringify(list.body)).not.toContain('5678');
      const logged = await session.request('POST', '/api/hotline', {
        callerName: '检查组来电',
        callerMobile: '13900000000',
        enterpriseId: call.enterpriseId,
        category: 'other',
        problem: '检查组不接听热线电话',
      });
      expect(logged.status).toBe(403);
      expect((await session.request('POST', `/api/hotline/${call.id}/difficulty`)).status).toBe(403);
    }
    const service = await signedIn(system.baseUrl, 'class-coordination');
    expect((await service.request('GET', '/api/session')).body.user).toMatchObject({ role: 'special_class', inspectionBody: false });
    expect((await service.request('GET', '/api/hotline')).body.calls.map((c: { id: number }) => c.id)).toContain(call.id);
  });
});
