// What the API description says the main routes answer, checked against what they do answer: a client's journey on a
// running system (an enterprise files a difficulty, its cadre claims, releases and settles the task, a gate officer
// looks a worker up), every answer validated against the schema the document gives for its route and status. Every
// route that declares its answers is in the journey, so a new declaration cannot go unchecked.
import { randomUUID } from 'node:crypto';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '#core/logger';
import { createApp } from '#web/server/create-app';
import { contractOf, openApiPath } from '#web/server/openapi/openapi-document';
import { servedRoutes } from '#web/server/route-list';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession, signedInOnce } from '#scripts/kit/http-session';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { checkAtGate } from '../gate/gate-fixtures';
import { startSystem, type RunningSystem } from '../helpers/running-system';
import { testDatabases } from '../helpers/test-db';

type Answer = { status: number; body: unknown };
type Document = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };

describe('the answers the API description promises', () => {
  let system: RunningSystem;
  let document: Document;
  const as = signedInOnce(() => system.baseUrl);
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const validators = new Map<string, ValidateFunction>();
  const checked = new Set<string>();

  /** Checks `answer` against what the document promises for `route` (`GET /api/tasks/:id`) at its status. */
  function expectDocumented(route: string, answer: Answer): void {
    const [method, path] = route.split(' ') as [string, string];
    const responses = document.paths[openApiPath(path)]?.[method.toLowerCase()]?.responses ?? {};
    expect(Object.keys(responses), `${route} answered ${answer.status}: ${JSON.stringify(answer.body)}`).toContain(String(answer.status));
    const content = responses[String(answer.status)]!.content;
    if (answer.status === 204) {
      // No content: the answer has no body, and the document names none.
      expect(content, `${route} 204 names a body`).toBeUndefined();
      expect(answer.body, `${route} 204 answered a body`).toBeFalsy();
      checked.add(route);
      return;
    }
    const schema = content?.['application/json']?.schema;
    expect(schema, `${route} ${answer.status} names no body`).toBeDefined();
    const key = `${route} ${answer.status}`;
    if (!validators.has(key)) validators.set(key, ajv.compile(schema!));
    const validate = validators.get(key)!;
    expect(validate(answer.body), `${key}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(answer.body).slice(0, 2000)}`).toBe(true);
    checked.add(route);
  }

  beforeAll(async () => {
    system = await startSystem(testDatabases()[0]!);
    document = (await new HttpSession(system.baseUrl).request('GET', '/api/openapi.json')).body;
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('describes the session, forms, a submission and its task as they are answered, through a whole decision', async () => {
    const anonymous = new HttpSession(system.baseUrl, 'en');
    const before = await anonymous.request('GET', '/api/session');
    expectDocumented('GET /api/session', before);
    expect(before.body.user).toBeNull();
    anonymous.csrfToken = before.body.csrfToken;
    const signIn = await anonymous.request('POST', '/api/session', { username: 'ent01', password: DEMO_PASSWORD });
    expectDocumented('POST /api/session', signIn);
    expect(signIn.body.user.role).toBe('enterprise');
    expectDocumented('GET /healthz', await anonymous.request('GET', '/healthz'));
    // A wrong password is refused 401 on this open route, and the document says so; too many tries are a 429.
    const stranger = new HttpSession(system.baseUrl);
    stranger.csrfToken = (await stranger.request('GET', '/api/session')).body.csrfToken;
    const wrong = await stranger.request('POST', '/api/session', { username: 'ent02', password: 'wrong-password' });
    expect(wrong.status).toBe(401);
    expect(Object.keys(document.paths['/api/session']!.post!.responses)).toEqual(expect.arrayContaining(['200', '401', '429']));

    const enterprise = await as('ent01');
    const forms = await enterprise.request('GET', '/api/forms');
    expectDocumented('GET /api/forms', forms);
    expect(forms.body.forms.map((f: { key: string }) => f.key)).toContain('difficulty-report');
    expectDocumented('GET /api/forms/:key', await enterprise.request('GET', '/api/forms/difficulty-report'));

    const submissionId = randomUUID();
    const filing = { submissionId, data: { category: 'materials', summary: '钢筋断供已经五天，工地停工' } };
    const filed = await enterprise.request('POST', '/api/forms/difficulty-report/submissions', filing);
    expect(filed.status).toBe(202);
    expectDocumented('POST /api/forms/:key/submissions', filed);
    const again = await enterprise.request('POST', '/api/forms/difficulty-report/submissions', filing);
    expect(again.status).toBe(200);
    expectDocumented('POST /api/forms/:key/submissions', again);
    expectDocumented('GET /api/submissions', await enterprise.request('GET', '/api/submissions'));
    const detail = await enterprise.request('GET', `/api/submissions/${submissionId}`);
    expectDocumented('GET /api/submissions/:id', detail);
    expect(detail.body.submission.caseNumber).toBe(filed.body.submission.caseNumber);

    const cadre = await as('cadre1');
    const tasks = await eventually(
      () => cadre.request('GET', `/api/tasks?box=all&submissionId=${submissionId}`),
      (answer) => answer.body.tasks?.length === 1,
      60_000,
    );
    expectDocumented('GET /api/tasks', tasks);
    const id = tasks.body.tasks[0].id as string;
    const task = await cadre.request('GET', `/api/tasks/${id}`);
    expectDocumented('GET /api/tasks/:id', task);
    expect(task.body.task.requiredByAction.resolve).toContain('resolution');
    const claim = await cadre.request('POST', `/api/tasks/${id}/claim`);
    expectDocumented('POST /api/tasks/:id/claim', claim);
    expect(claim.body.task.status).toBe('claimed');
    expectDocumented('POST /api/tasks/:id/release', await cadre.request('POST', `/api/tasks/${id}/release`));
    const decided = await cadre.request('POST', `/api/tasks/${id}/decide`, {
      action: 'resolve',
      data: { resolution: '已协调供应商当日送货', outcome: 'solved-on-site' },
    });
    expectDocumented('POST /api/tasks/:id/decide', decided);
    expect(decided.body.task.status).toBe('done');
    // A finished task as the lists and its page answer it, its outcome an object.
    const done = await eventually(
      () => cadre.request('GET', `/api/tasks/${id}`),
      (answer) => answer.body.task?.outcome?.kind === 'decided',
      30_000,
    );
    expectDocumented('GET /api/tasks/:id', done);
    expectDocumented('GET /api/tasks', await cadre.request('GET', `/api/tasks?box=done&submissionId=${submissionId}`));
    // Signing out ends the session: 204 without a body, as documented (it read "a JSON object"), with the token the
    // sign-in answered (signing in replaced the one read before).
    anonymous.csrfToken = signIn.body.csrfToken;
    expectDocumented('DELETE /api/session', await anonymous.request('DELETE', '/api/session'));
    expect((await anonymous.request('GET', '/api/session')).body.user).toBeNull();
  });

  it('describes a task handed to someone else, and the gate’s look-up of a worker and its refusal of a wrong resident ID', async () => {
    const enterprise = await as('ent01');
    const submissionId = randomUUID();
    const filing = { submissionId, data: { category: 'funds', summary: '复工周转资金缺口较大' } };
    expect((await enterprise.request('POST', '/api/forms/difficulty-report/submissions', filing)).status).toBe(202);
    const hq = await as('hq');
    const tasks = await eventually(
      () => hq.request('GET', `/api/tasks?box=all&submissionId=${submissionId}`),
      (answer) => answer.body.tasks?.length === 1,
      60_000,
    );
    const cadre2 = await system.db('users').where({ username: 'cadre2' }).first('id');
    const handed = await hq.request('POST', `/api/tasks/${tasks.body.tasks[0].id}/reassign`, { userId: cadre2.id, reason: '包挂干部调整' });
    expectDocumented('POST /api/tasks/:id/reassign', handed);
    expect(handed.body.task.assigneeUserId).toBe(cadre2.id);

    const gate = await as('gate1');
    expect((await checkAtGate(gate, 36.5)).status).toBe(201);
    const register = (await gate.request('GET', '/api/gate/register')).body;
    const admitted = register.workers.find((w: { status: string }) => w.status === 'admitted');
    const residentId = (await gate.request('GET', `/api/gate/register/workers/${admitted.workerId}`)).body.worker.residentId;
    const found = await gate.request('GET', `/api/gate/workers/${residentId}`);
    expectDocumented('GET /api/gate/workers/:residentId', found);
    expect(found.body.standing.status).toBe('admitted');
    const wrong = await gate.request('GET', '/api/gate/workers/110101199003070012');
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/residentId']);
    const parameter = (
      document.paths['/api/gate/workers/{residentId}']!.get as unknown as { parameters: { name: string; schema: { pattern?: string } }[] }
    ).parameters.find((p) => p.name === 'residentId');
    expect(parameter?.schema.pattern).toBeDefined();
  });

  it('refuses an answer that breaks the promise: a task without its id, a session without its token', () => {
    const task = document.paths['/api/tasks/{id}']!.get!.responses['200']!.content!['application/json']!.schema;
    const validTask = ajv.compile(task);
    expect(validTask({ task: { status: 'open', title: { 'zh-CN': '甲', en: 'A' } } })).toBe(false);
    const session = document.paths['/api/session']!.get!.responses['200']!.content!['application/json']!.schema;
    expect(ajv.compile(session)({ user: null, timeZone: 'Asia/Shanghai' })).toBe(false);
  });

  it('has checked every route that declares its answers', () => {
    const app = createApp({ config: system.config, db: system.db, temporal: {} as never, logger: createLogger('test', 'silent') });
    const declared = servedRoutes(app)
      .filter((route) => contractOf(route.handlers)?.answers)
      .map((route) => `${route.method} ${route.path}`);
    expect(declared.length).toBeGreaterThanOrEqual(14);
    expect(declared.filter((route) => !checked.has(route))).toEqual([]);
  });
});
