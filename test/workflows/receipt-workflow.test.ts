import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { eventually } from '#scripts/kit/eventually';
import { receiptStateQuery, type ReceiptInput, type ReceiptResult } from '#workflows/receipt-workflow';
import { openSqlite } from '../helpers/test-db';
import { startTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';

describe('receipt process (time-skipping server)', () => {
  let env: TestWorkflowEnvironment;
  let db: Knex;
  let skipping: TimeSkipping;

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    skipping = await startTimeSkipping(
      'receipt-test',
      createActivities({ db, renderer: createTemplateRenderer('Asia/Shanghai'), from: 'noreply@fugong.local' }),
    );
    env = skipping.env;
  });

  afterAll(async () => {
    await skipping?.stop();
    await db?.destroy();
  });

  async function submission(id: string): Promise<ReceiptInput> {
    const user = await db('users').where({ username: 'ent01' }).first();
    const now = new Date().toISOString();
    await db('submissions').insert({
      id,
      form_key: 'liaison-designation',
      form_version: 1,
      enterprise_id: user.enterprise_id,
      user_id: user.id,
      data: '{}',
      status: 'submitted',
      workflow_id: `submission-${id}`,
      created_at: now,
      updated_at: now,
    });
    return {
      submissionId: id,
      formKey: 'liaison-designation',
      formVersion: 1,
      formTitle: { 'zh-CN': '工作联络员指定', en: 'Work liaison designation' },
      enterpriseId: user.enterprise_id,
      submitter: { userId: user.id, name: '张三', email: 'ent01@example.com', locale: 'en' },
      data: {},
      params: { settleAfter: '2 hours', receiptTemplate: 'submission-received', settledTemplate: 'submission-settled' },
    };
  }

  it('acknowledges at once, then settles when the hold ends, with one email for each', async () => {
    const input = await submission('7e3f5a90-0000-4000-8000-000000000001');
    const result: ReceiptResult = await env.client.workflow.execute('receiptWorkflow', {
      taskQueue: 'receipt-test',
      workflowId: `submission-${input.submissionId}`,
      args: [input],
    });
    expect(new Date(result.settledAt).getTime() - new Date(result.receivedAt).getTime()).toBeGreaterThanOrEqual(2 * 3600_000);
    expect(await db('submissions').where({ id: input.submissionId }).first()).toMatchObject({ status: 'settled' });
    const mails = await db('outbox').where({ submission_id: input.submissionId }).orderBy('id').select('template', 'locale', 'subject');
    expect(mails).toEqual([
      { template: 'submission-received', locale: 'en', subject: '[Fugong] We received your "Work liaison designation"' },
      { template: 'submission-settled', locale: 'en', subject: '[Fugong] Your "Work liaison designation" is settled' },
    ]);
  });

  it('reports holding with the settle time while the timer runs', async () => {
    const input = await submission('7e3f5a90-0000-4000-8000-000000000002');
    const handle = await env.client.workflow.start('receiptWorkflow', {
      taskQueue: 'receipt-test',
      workflowId: `submission-${input.submissionId}`,
      args: [input],
    });
    // The workflow reaches its hold once its first activities have run: ask until it says so.
    const state = await eventually(
      () => handle.query(receiptStateQuery),
      (answer) => answer.stage === 'holding',
      10_000,
      100,
    );
    expect(state.stage).toBe('holding');
    expect(state.settlesAt).not.toBeNull();
    expect(await db('submissions').where({ id: input.submissionId }).first()).toMatchObject({ status: 'received' });
    await handle.result();
    expect(await handle.query(receiptStateQuery)).toMatchObject({ stage: 'settled' });
  });
});
