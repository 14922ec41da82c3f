// One submission is one trace (issue 24): the web server's request span, the Temporal client's StartWorkflow span, the
// workflow's RunWorkflow span and each activity's RunActivity span share a trace id, exported through an in-memory
// exporter in place of OTLP. The workflow bundle carries the OpenTelemetry workflow interceptors, as the worker's own
// bundle does when OTEL_EXPORTER_OTLP_ENDPOINT is set. The request's log line carries the ids a support question needs.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, type Worker } from '@temporalio/worker';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { loadConfig } from '#core/config';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { createLogger } from '#core/logger';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { bundleWorkflows, clientTracing, createWorker, dataConverter } from '#core/temporal';
import { startTracing, type Tracing } from '#core/tracing';
import { createApp } from '#web/server/create-app';
import { eventually } from '#scripts/kit/eventually';
import { HttpSession } from '#scripts/kit/http-session';
import { freePort } from '#scripts/kit/start-script';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';
import { openSqlite } from '../helpers/test-db';
import { checkAtGate } from '../gate/gate-fixtures';
import { monitoredSubjects } from '../fixtures/worker-health-watch';
import { nominateToPublicity } from '../notices/commendation-journey';
import type { RunningSystem } from '../helpers/running-system';
import { addDays, localDate } from '#core/domain/working-calendar';

describe('one trace per submission (dev server, in-memory span exporter)', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let db: Knex;
  let connection: Connection;
  let worker: Worker;
  let running: Promise<void>;
  let server: Server;
  let baseUrl: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    tracing = startTracing('fugong-test', exporter, false);
    const port = await freePort();
    const config = loadConfig({
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: `trace-${randomUUID()}`,
      FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
      LOG_LEVEL: 'silent',
    });
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    const activities = createActivities({ db, renderer: createTemplateRenderer(config.timeZone), from: config.mail.from });
    worker = await createWorker({ config, activities, workflowBundle: await bundleWorkflows(new DefaultLogger('WARN'), true), tracing });
    running = worker.run();
    connection = await Connection.connect({ address: inject('temporalAddress') });
    const temporal = new Client({ connection, dataConverter: dataConverter(config), ...clientTracing(tracing) });
    const logger = createLogger('test', 'info', { write: (line: string) => void logLines.push(line) });
    server = createApp({ config, db, temporal, logger }).listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${port}`;
  }, 180_000);

  afterAll(async () => {
    server?.close();
    server?.closeAllConnections();
    worker?.shutdown();
    await running;
    await connection?.close();
    await db?.destroy();
    await tracing?.shutdown();
  });

  it('links the request, the workflow start, the workflow’s activity starts and the activities’ runs in one trace', async () => {
    const ent01 = new HttpSession(baseUrl);
    await ent01.login('ent01', DEMO_PASSWORD);
    const submissionId = randomUUID();
    const filed = await ent01.request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId,
      data: { category: 'materials', summary: '钢材到货延误' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    await eventually(
      () => db('tasks').where({ submission_id: submissionId, status: 'open' }).first(),
      (row) => Boolean(row),
      60_000,
    );

    const request = exporter.getFinishedSpans().find((span) => span.name === 'POST /api/forms/:key/submissions');
    expect(
      request,
      exporter
        .getFinishedSpans()
        .map((s) => s.name)
        .join(', '),
    ).toBeDefined();
    expect(request!.attributes).toMatchObject({ 'http.route': '/api/forms/:key/submissions', 'http.response.status_code': 202 });
    const spans = await eventually(
      async () => exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === request!.spanContext().traceId),
      (found) => ['RunActivity:openTask', 'StartActivity:openTask'].every((name) => found.some((span) => span.name === name)),
      30_000,
    );
    const names = spans.map((span) => span.name);
    expect(names).toContain('StartWorkflow:ladderWorkflow');
    // The workflow's own spans (exported from the sandbox through the worker's sink): its activities' starts. Its
    // RunWorkflow span ends only when the case does, which a ladder waiting for the cadre has not.
    expect(names, names.join(', ')).toContain('StartActivity:openTask');
    expect(names.filter((name) => name.startsWith('RunActivity:')).length).toBeGreaterThanOrEqual(2);
    // The StartWorkflow span is a child of the request's span: the request span was current when the route started it.
    const start = spans.find((span) => span.name === 'StartWorkflow:ladderWorkflow') as ReadableSpan;
    expect(start.parentSpanId).toBe(request!.spanContext().spanId);
    // No personal data or submitted text in span attributes.
    expect(JSON.stringify(spans.map((span) => span.attributes))).not.toContain('钢材');

    // The request's log line names the request, the user, the workflow and the case, so a support question about a
    // case number leads from the logs to the workflow in the Temporal UI; the submitted text is not in it.
    const stored = await db('submissions').where({ id: submissionId }).first('case_number', 'workflow_id');
    const line = logLines
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((entry) => entry.msg === 'request' && entry.method === 'POST' && entry.status === 202);
    expect(line).toMatchObject({
      requestId: request!.attributes['fugong.request_id'],
      userId: expect.any(Number),
      workflowId: stored.workflow_id,
      caseNumber: stored.case_number,
    });
    expect(JSON.stringify(line)).not.toContain('钢材');
  }, 120_000);

  it('names the workflow and the case on the log line of a decision, a gate check and a call filed from the hotline', async () => {
    const lines = () => logLines.map((text) => JSON.parse(text) as Record<string, unknown>).filter((entry) => entry.msg === 'request');
    const caseOf = async (submissionId: string) => {
      const stored = await db('submissions').where({ id: submissionId }).first('case_number', 'workflow_id');
      return { workflowId: stored.workflow_id as string, caseNumber: stored.case_number as string };
    };

    // A decision: the cadre settles a difficulty report; its line names the case as the submission's line does.
    const ent01 = new HttpSession(baseUrl);
    await ent01.login('ent01', DEMO_PASSWORD);
    const reported = randomUUID();
    const filed = await ent01.request('POST', '/api/forms/difficulty-report/submissions', {
      submissionId: reported,
      data: { category: 'funds', summary: '工程款未到位' },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);
    const cadre = new HttpSession(baseUrl);
    await cadre.login('cadre1', DEMO_PASSWORD);
    const task = await eventually(
      async () =>
        ((await cadre.request('GET', '/api/tasks')).body.tasks as { id: string; submissionId: string }[]).find(
          (t) => t.submissionId === reported,
        ),
      Boolean,
      60_000,
    );
    const decided = await cadre.request('POST', `/api/tasks/${encodeURIComponent(task!.id)}/decide`, {
      action: 'resolve',
      data: { resolution: '已现场解决', outcome: 'solved-on-site' },
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const decision = lines().find((entry) => entry.method === 'POST' && String(entry.path).endsWith('/decide') && entry.status === 200);
    expect(decision).toMatchObject({ ...(await caseOf(reported)), userId: expect.any(Number) });
    // The enterprise's confirmation is a decision on the case too.
    const confirmed = await eventually(
      () => ent01.request('POST', `/api/submissions/${reported}/case/verdict`, { verdict: 'confirm' }),
      (answer) => answer.status === 200,
      60_000,
    );
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const verdict = lines().find((entry) => String(entry.path).endsWith('/case/verdict') && entry.status === 200);
    expect(verdict).toMatchObject(await caseOf(reported));

    // A gate check is a submission of the gate-check form (MG-…).
    const gate = new HttpSession(baseUrl);
    await gate.login('gate1', DEMO_PASSWORD);
    const checked = await checkAtGate(gate, 36.5);
    expect(checked.status, JSON.stringify(checked.body)).toBe(201);
    const check = lines().find((entry) => entry.path === '/api/gate/checks' && entry.status === 201);
    expect(check).toMatchObject(await caseOf(checked.body.check.id));
    expect(check!.caseNumber).toMatch(/^MG-/);

    // A call filed from the hotline becomes the enterprise's difficulty report.
    const hq = new HttpSession(baseUrl);
    await hq.login('hq', DEMO_PASSWORD);
    const call = await hq.request('POST', '/api/hotline', {
      callerName: '张三',
      callerMobile: '13912345678',
      enterpriseId: 1,
      category: 'funds',
      problem: '工程款未到位，无法开工',
    });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    const fromCall = await hq.request('POST', `/api/hotline/${call.body.call.id}/difficulty`);
    expect(fromCall.status, JSON.stringify(fromCall.body)).toBe(201);
    const hotline = lines().find((entry) => entry.path === `/api/hotline/${call.body.call.id}/difficulty`);
    expect(hotline).toMatchObject(await caseOf(fromCall.body.submissionId));
    expect(logLines.join('\n')).not.toContain('13912345678');
  }, 120_000);

  it('names the case on the log line of every other request that acts on a workflow, and the route as declared', async () => {
    const lines = () => logLines.map((text) => JSON.parse(text) as Record<string, unknown>).filter((entry) => entry.msg === 'request');
    const lineOf = (method: string, path: string) => lines().find((entry) => entry.method === method && entry.path === path);
    const caseOf = async (submissionId: string) => {
      const stored = await db('submissions').where({ id: submissionId }).first('case_number', 'workflow_id');
      return { workflowId: stored.workflow_id as string, caseNumber: stored.case_number as string };
    };
    const session = async (username: string) => {
      const signed = new HttpSession(baseUrl);
      await signed.login(username, DEMO_PASSWORD);
      return signed;
    };

    // A quarantine's check-in and its end moved (extended, shortened or ended: one route) act on the gate check's case.
    const gate = await session('gate1');
    const checked = await checkAtGate(gate, 38.1);
    expect(checked.status, JSON.stringify(checked.body)).toBe(201);
    const quarantineId = checked.body.check.id as string;
    await eventually(() => db('quarantines').where({ id: quarantineId }).first('id'), Boolean, 60_000);
    // The row is the record activity's; the quarantine is under way (its Updates accepted) once the workflow has marked
    // the submission received. An Update sent in between meets a period not yet started (409 not_started).
    await eventually(() => db('submissions').where({ id: quarantineId, status: 'received' }).first('id'), Boolean, 60_000);
    const gateCase = await caseOf(quarantineId);
    expect(gateCase.caseNumber).toMatch(/^MG-/);
    const checkIn = await gate.request('POST', `/api/gate/quarantines/${quarantineId}/check-ins`, { temperature: 36.6 });
    // Whether a slot is open depends on the time of day; a refused check-in names the case all the same.
    expect([200, 409], JSON.stringify(checkIn.body)).toContain(checkIn.status);
    expect(lineOf('POST', `/api/gate/quarantines/${quarantineId}/check-ins`)).toMatchObject(gateCase);
    const endsAt = new Date(Date.now() + 20 * 86_400_000).toISOString();
    const extended = await gate.request('POST', `/api/gate/quarantines/${quarantineId}/end`, { endsAt, reason: '复查未出结果' });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect(lineOf('POST', `/api/gate/quarantines/${quarantineId}/end`)).toMatchObject({
      ...gateCase,
      route: '/api/gate/quarantines/:id/end',
    });

    // A refused request keeps its route: the body check refused the end before the route read the quarantine.
    const refused = await gate.request('POST', `/api/gate/quarantines/${quarantineId}/end`, { endsAt, reason: '短' });
    expect(refused.status).toBe(422);
    expect(lines().find((entry) => entry.status === 422 && entry.path === `/api/gate/quarantines/${quarantineId}/end`)).toMatchObject({
      route: '/api/gate/quarantines/:id/end',
    });

    // A health watch's end moved.
    const { own: subjectId } = await monitoredSubjects({ db, baseUrl } as RunningSystem);
    const cadre = await session('cadre1');
    const moved = await cadre.request('POST', `/api/monitoring/subjects/${subjectId}/end`, {
      endsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      reason: '复查结果未出，延长观察',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(lineOf('POST', `/api/monitoring/subjects/${subjectId}/end`)).toMatchObject(await caseOf(subjectId));

    // A visit that files its problems taken away names every case it filed, in the order filed.
    const enterpriseId = (await db('users').where({ username: 'ent01' }).first('enterprise_id')).enterprise_id as number;
    const visit = await cadre.request('POST', '/api/visits', {
      enterpriseId,
      visitedOn: localDate(Date.now(), 'Asia/Shanghai'),
      peopleMet: '项目经理 王五',
      opinionsCount: 1,
      opinions: '希望协调防疫物资',
      problems: [
        { kind: 'coordinate', category: 'epidemic_supplies', description: '消毒液缺口 200 升' },
        { kind: 'coordinate', category: 'epidemic_supplies', description: '口罩缺口 2000 只' },
      ],
      fileProblems: true,
    });
    expect(visit.status, JSON.stringify(visit.body)).toBe(201);
    const filed = visit.body.filed as { submissionId: string }[];
    expect(filed).toHaveLength(2);
    const filedCases = await Promise.all(filed.map((f) => caseOf(f.submissionId)));
    expect(lineOf('POST', '/api/visits')).toMatchObject({
      workflowIds: filedCases.map((c) => c.workflowId),
      caseNumbers: filedCases.map((c) => c.caseNumber),
    });

    // Filing one problem again (it is filed already, so the same report answers) names that report's case.
    const visitId = visit.body.visit.id as number;
    const [problem] = await db('visit_problems').where({ visit_id: visitId, kind: 'coordinate' }).orderBy('id').select('id');
    const again = await cadre.request('POST', `/api/visits/${visitId}/problems/${problem.id}/difficulty`);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body).toEqual({ submissionId: filed[0]!.submissionId, created: false });
    expect(lineOf('POST', `/api/visits/${visitId}/problems/${problem.id}/difficulty`)).toMatchObject(filedCases[0]!);

    // A reassignment updates the case's workflow too.
    const task = await eventually(
      async () =>
        (await db('tasks').where({ submission_id: filed[0]!.submissionId, status: 'open' }).first('id')) as { id: string } | undefined,
      Boolean,
      60_000,
    );
    const hq = await session('hq');
    const cadre2 = (await db('users').where({ username: 'cadre2' }).first('id')).id as number;
    const reassigned = await hq.request('POST', `/api/tasks/${encodeURIComponent(task!.id)}/reassign`, {
      userId: cadre2,
      reason: '熟悉该企业',
    });
    expect(reassigned.status, JSON.stringify(reassigned.body)).toBe(200);
    expect(lines().find((entry) => String(entry.path).endsWith('/reassign'))).toMatchObject({
      ...filedCases[0],
      route: '/api/tasks/:id/reassign',
    });

    // An objection to a publicity notice pauses its case's window.
    const { submissionId: nominated, noticeId } = await nominateToPublicity(
      { db, baseUrl } as RunningSystem,
      '组织 800 名工人分批返岗，零感染。',
    );
    const visitor = new HttpSession(baseUrl);
    visitor.csrfToken = (await visitor.request('GET', '/api/session')).body.csrfToken;
    const lodged = await visitor.request('POST', `/api/notices/${noticeId}/objections`, {
      reason: '该企业曾隐瞒返岗人员旅居史',
      contact: { name: '李四', mobile: '13912345678' },
    });
    expect(lodged.status, JSON.stringify(lodged.body)).toBe(202);
    expect(lineOf('POST', `/api/notices/${noticeId}/objections`)).toMatchObject(await caseOf(nominated));

    // A collection round opened by hand is a workflow of its own, without a case number.
    const admin = await session('admin');
    const opened = await admin.request('POST', '/api/collections/campaigns', {
      formKey: 'liaison-designation',
      deadline: `${addDays(localDate(Date.now(), 'Asia/Shanghai'), 1)}T18:00`,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(202);
    expect(lineOf('POST', '/api/collections/campaigns')).toMatchObject({
      workflowId: `collection-round-${opened.body.round.roundKey as string}`,
      route: '/api/collections/campaigns',
    });
  }, 240_000);
});
