import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { RECEIPT_FORM_KEY, RECEIPT_FORM_TITLE } from '../fixtures/receipt-form';
import { HttpSession } from '#scripts/kit/http-session';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';
import { eventually } from '#scripts/kit/eventually';

const FORM = `/api/forms/${RECEIPT_FORM_KEY}/submissions`;
const valid = { liaisonName: '张三', position: '安全员', mobile: '13800138000', email: 'zhangsan@example.com' };

describe.each(testDatabases())('the wiring slice on $name: form → validation → workflow → activity → DB and email → HTTP', (database) => {
  let system: RunningSystem;
  let enterprise: HttpSession;

  beforeAll(async () => {
    system = await startSystem(database);
    enterprise = new HttpSession(system.baseUrl);
    await enterprise.login('ent01', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('reports the database and Temporal as reachable, and its worker polling the task queue', async () => {
    const health = await new HttpSession(system.baseUrl).request('GET', '/healthz');
    expect(health).toMatchObject({
      status: 200,
      body: { status: 'ok', db: { ok: true }, temporal: { ok: true }, workers: { ok: true, count: 1 } },
    });
  });

  it('asks who is asking before showing forms or taking a submission', async () => {
    const anonymous = new HttpSession(system.baseUrl);
    expect((await anonymous.request('GET', '/api/forms')).status).toBe(401);
    anonymous.csrfToken = (await anonymous.request('GET', '/api/session')).body.csrfToken;
    const refused = await anonymous.request('POST', FORM, { submissionId: randomUUID(), data: valid });
    expect(refused).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated', message: '请先登录' } } });
  });

  it('refuses a state change without the CSRF token', async () => {
    const answer = await enterprise.request('POST', FORM, { submissionId: randomUUID(), data: valid }, { csrf: false });
    expect(answer).toMatchObject({ status: 403, body: { error: { code: 'csrf' } } });
  });

  it.each([
    [
      'zh-CN',
      '表单填写有误，请按提示修改',
      { path: '/data/mobile', message: '请填写11位手机号码' },
      { path: '/data/email', message: '请填写「电子邮箱」' },
    ],
    [
      'en',
      'Some fields need attention',
      { path: '/data/mobile', message: 'Enter an 11-digit mobile number' },
      { path: '/data/email', message: 'Enter “Email”' },
    ],
  ] as const)('answers bad input in %s with 422 and field paths, and starts nothing', async (locale, message, mobile, email) => {
    const session = new HttpSession(system.baseUrl, locale);
    await session.login('ent02', DEMO_PASSWORD);
    const submissionId = randomUUID();
    const answer = await session.request('POST', FORM, { submissionId, data: { liaisonName: '李四', mobile: '123' } });
    expect(answer.status).toBe(422);
    expect(answer.body.error.message).toBe(message);
    expect(answer.body.error.details).toEqual(expect.arrayContaining([mobile, email]));
    expect(await system.db('submissions').where({ id: submissionId }).first()).toBeUndefined();
  });

  it('runs a valid submission through the workflow: recorded, acknowledged by email, readable over HTTP', async () => {
    const submissionId = randomUUID();
    const accepted = await enterprise.request('POST', FORM, { submissionId, data: valid });
    expect(accepted.status).toBe(202);
    expect(accepted.body.submission).toMatchObject({
      id: submissionId,
      formKey: RECEIPT_FORM_KEY,
      formVersion: 1,
      workflowId: `submission-${submissionId}`,
      // Nothing is sent before the workflow runs: the answer to a new submission lists no emails.
      emails: [],
    });
    const { caseNumber } = accepted.body.submission as { caseNumber: string };
    expect(caseNumber).toMatch(/^[A-Z]{2,4}-\d{8}-\d{4}$/);

    const read = await eventually(
      () => enterprise.request('GET', `/api/submissions/${submissionId}`),
      (answer) => answer.body.submission?.status === 'received' && answer.body.submission.emails.length === 1,
    );
    expect(read.body.submission).toMatchObject({ status: 'received', data: valid, enterpriseName: '泉城城市建设投资集团有限公司' });
    expect(read.body.submission.emails).toEqual([
      expect.objectContaining({
        to: 'ent01@demo.fugong.local',
        subject: `【复工】已收到您的《${RECEIPT_FORM_TITLE}》（${caseNumber}）`,
        status: 'outbox',
      }),
    ]);
    // The same submission sent again is answered with what is stored, its receipt included.
    const repeat = await enterprise.request('POST', FORM, { submissionId, data: valid });
    expect(repeat.status).toBe(200);
    expect(repeat.body.submission.emails).toEqual(read.body.submission.emails);

    const description = await system.client.workflow.getHandle(`submission-${submissionId}`).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.type).toBe('receiptWorkflow');

    const admin = new HttpSession(system.baseUrl);
    await admin.login('admin', DEMO_PASSWORD);
    const outbox = await admin.request('GET', '/api/outbox');
    const receipt = outbox.body.messages.find((m: { idempotencyKey: string }) => m.idempotencyKey === `submission-${submissionId}/receipt`);
    expect(receipt).toMatchObject({
      to: 'ent01@demo.fugong.local',
      status: 'outbox',
      html: expect.stringContaining(caseNumber),
      text: expect.stringContaining(RECEIPT_FORM_TITLE),
    });
    expect((await enterprise.request('GET', '/api/outbox')).status).toBe(403);
  });

  it('starts exactly one workflow when the same submission arrives twice at once and again later', async () => {
    const submissionId = randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => enterprise.request('POST', FORM, { submissionId, data: valid })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 202]);
    expect((await enterprise.request('POST', FORM, { submissionId, data: valid })).status).toBe(200);
    expect(Number((await system.db('submissions').where({ id: submissionId }).count({ n: '*' }).first())?.n)).toBe(1);
    const runs = await eventually(
      async () => {
        let n = 0;
        for await (const run of system.client.workflow.list({ query: `WorkflowId = "submission-${submissionId}"` })) if (run) n += 1;
        return n;
      },
      (n) => n > 0,
    );
    expect(runs).toBe(1);
  });

  it('keeps one enterprise out of another enterprise’s submissions, even by guessing the id', async () => {
    const submissionId = randomUUID();
    await enterprise.request('POST', FORM, { submissionId, data: valid });
    const other = new HttpSession(system.baseUrl);
    await other.login('ent06', DEMO_PASSWORD);
    expect((await other.request('GET', `/api/submissions/${submissionId}`)).status).toBe(404);
    expect((await other.request('GET', '/api/submissions')).body.submissions.map((s: { id: string }) => s.id)).not.toContain(submissionId);
    const cadreOfOther = new HttpSession(system.baseUrl);
    await cadreOfOther.login('cadre2', DEMO_PASSWORD);
    expect((await cadreOfOther.request('GET', `/api/submissions/${submissionId}`)).status).toBe(404);
    const ownCadre = new HttpSession(system.baseUrl);
    await ownCadre.login('cadre1', DEMO_PASSWORD);
    expect((await ownCadre.request('GET', `/api/submissions/${submissionId}`)).status).toBe(200);
  });

  it('refuses a reused submission id from someone else with 409', async () => {
    const submissionId = randomUUID();
    await enterprise.request('POST', FORM, { submissionId, data: valid });
    const other = new HttpSession(system.baseUrl);
    await other.login('ent07', DEMO_PASSWORD);
    expect((await other.request('POST', FORM, { submissionId, data: valid })).status).toBe(409);
  });
});
