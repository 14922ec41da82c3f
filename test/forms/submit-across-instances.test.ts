// The submit path keeps parsed published definitions and compiled validators in each process, and writes a submission
// in one transaction without reading it back. Two app instances on one database (as two web replicas, or the web
// server beside an admin's) check that a publish or retire in one is obeyed by the other at once, and that a repeated
// submission id is still stored, audited and started once.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareDatabase } from '#core/bootstrap';
import { fromJson } from '#core/db';
import { loadConfig } from '#core/config';
import { DEMO_PASSWORD } from '#core/demo/demo-seed';
import { processWorkflowId } from '#core/domain/process-start';
import { createLogger } from '#core/logger';
import { dataConverter } from '#core/temporal';
import { createApp } from '#web/server/create-app';
import { installReceiptForm, receiptForm, RECEIPT_FORM_KEY } from '../fixtures/receipt-form';
import { HttpSession } from '#scripts/kit/http-session';
import { freePort } from '#scripts/kit/start-script';
import { TEST_PAYLOAD_KEYS } from '../helpers/test-codec';
import { secondConnection, testDatabases } from '../helpers/test-db';

const FORM = `/api/forms/${RECEIPT_FORM_KEY}/submissions`;
const valid = { liaisonName: '张三', mobile: '13800138000', email: 'z@example.com' };

describe.each(testDatabases())('the submit path across two app instances on one $name database', (database) => {
  let close: () => Promise<void>;
  let other: Knex;
  let connection: Connection;
  const servers: Server[] = [];
  let admin: HttpSession;
  let viaA: HttpSession;
  let viaB: HttpSession;

  beforeAll(async () => {
    const opened = await database.open();
    close = opened.close;
    await prepareDatabase(opened.db, { seedDemo: true });
    await installReceiptForm(opened.db);
    other = secondConnection(opened.db);
    // No worker polls this queue: the tests look at what the web app stores and starts, not at the process itself.
    const config = loadConfig({
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      PUBLIC_URL: 'http://fugong.test',
      TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
      LOG_LEVEL: 'silent',
      FUGONG_PAYLOAD_KEYS: TEST_PAYLOAD_KEYS,
    });
    connection = await Connection.connect({ address: inject('temporalAddress') });
    const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: dataConverter(config) });
    const urls: string[] = [];
    for (const db of [opened.db, other]) {
      const port = await freePort();
      const app = createApp({ config: { ...config, port }, db, temporal: client, logger: createLogger('test', 'silent') });
      const server = app.listen(port, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      servers.push(server);
      urls.push(`http://127.0.0.1:${port}`);
    }
    admin = new HttpSession(urls[0]!);
    await admin.login('admin', DEMO_PASSWORD);
    viaA = new HttpSession(urls[0]!);
    await viaA.login('ent01', DEMO_PASSWORD);
    viaB = new HttpSession(urls[1]!);
    await viaB.login('ent01', DEMO_PASSWORD);
  });
  afterAll(async () => {
    for (const server of servers) {
      server.close();
      server.closeAllConnections();
    }
    await connection?.close();
    await other?.destroy();
    await close?.();
  });

  it('validates a submission in one instance against the version the other has just published, and refuses it once retired', async () => {
    // Instance B has the first version in hand: `position` is optional there.
    const before = await viaB.request('POST', FORM, { submissionId: randomUUID(), data: valid });
    expect(before.status).toBe(202);
    expect(before.body.submission.formVersion).toBe(1);

    const stricter = receiptForm();
    stricter.schema.required = [...(stricter.schema.required ?? []), 'position'];
    expect((await admin.request('PUT', `/api/admin/forms/${RECEIPT_FORM_KEY}/draft`, stricter)).status).toBe(200);
    expect((await admin.request('POST', `/api/admin/forms/${RECEIPT_FORM_KEY}/publish`)).body).toMatchObject({ version: 2 });

    const missing = await viaB.request('POST', FORM, { submissionId: randomUUID(), data: valid });
    expect(missing.status).toBe(422);
    expect(missing.body.error.details).toContainEqual({ path: '/data/position', message: '请填写「职务」' });
    const english = new HttpSession(viaB.baseUrl, 'en');
    await english.login('ent02', DEMO_PASSWORD);
    const missingEn = await english.request('POST', FORM, { submissionId: randomUUID(), data: valid });
    expect(missingEn.body.error.details).toContainEqual({ path: '/data/position', message: 'Enter “Position”' });

    const accepted = await viaB.request('POST', FORM, { submissionId: randomUUID(), data: { ...valid, position: '安全员' } });
    expect(accepted.status).toBe(202);
    expect(accepted.body.submission).toMatchObject({ formVersion: 2, status: 'submitted', data: { position: '安全员' } });

    expect((await admin.request('POST', `/api/admin/forms/${RECEIPT_FORM_KEY}/retire`)).status).toBe(204);
    const retired = await viaB.request('POST', FORM, { submissionId: randomUUID(), data: { ...valid, position: '安全员' } });
    expect(retired.status).toBe(404);
  });

  it('stores, audits, numbers and starts a submission id sent to both instances at once only once, and gives the spare numbers back', async () => {
    // The retire above closed the receipt form; a new version opens it again.
    expect((await admin.request('PUT', `/api/admin/forms/${RECEIPT_FORM_KEY}/draft`, receiptForm())).status).toBe(200);
    expect((await admin.request('POST', `/api/admin/forms/${RECEIPT_FORM_KEY}/publish`)).status).toBe(200);
    const submissionId = randomUUID();
    const answers = await Promise.all(
      [viaA, viaB, viaA, viaB].map((session) => session.request('POST', FORM, { submissionId, data: valid })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 202]);
    const numbers = new Set(answers.map((a) => a.body.submission.caseNumber));
    expect(numbers.size).toBe(1);
    const [caseNumber] = [...numbers] as string[];
    expect(caseNumber).toMatch(/^[A-Z]{2,4}-\d{8}-\d{4,}$/);

    const rows = await other('submissions').where({ id: submissionId }).select('case_number', 'status');
    expect(rows).toEqual([{ case_number: caseNumber, status: 'submitted' }]);
    const events = await other('submission_events').where({ submission_id: submissionId, kind: 'status.submitted' }).pluck('id');
    expect(events).toHaveLength(1);
    const audit = await other('audit_log').where({ target_id: submissionId, action: 'submission.create' }).pluck('summary');
    expect(audit).toHaveLength(1);
    expect(fromJson(audit[0])).toMatchObject({ formKey: RECEIPT_FORM_KEY, caseNumber });

    // The repeats drew numbers and rolled back: the next submission takes the very next one.
    const next = await viaB.request('POST', FORM, { submissionId: randomUUID(), data: valid });
    const sequence = (n: string) => Number(n.split('-').at(-1));
    expect(sequence(next.body.submission.caseNumber)).toBe(sequence(caseNumber!) + 1);

    const handle = new Client({ connection }).workflow.getHandle(processWorkflowId(submissionId));
    const described = await handle.describe();
    expect(described.status.name).toBe('RUNNING');
    const runs: string[] = [];
    for await (const run of new Client({ connection }).workflow.list({ query: `WorkflowId = '${processWorkflowId(submissionId)}'` })) {
      runs.push(run.runId);
    }
    expect(runs.filter((run) => run !== described.runId)).toEqual([]);
  });
});
