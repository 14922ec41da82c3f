// The shipped commendation (P6) on the time-skipping server: the service class's review is never skipped. The publicity
// and the published notice both say 经企业服务专班审核、指挥部批准, so a nomination the class leaves past its three
// working days stays with the class, flagged overdue, and headquarters is alerted daily; it reaches headquarters only
// once the class has reviewed it (v5 passed it up unreviewed, and the notice then claimed a review that never happened).
// HQ's approval is the top rung and never lapses either: past its three working days the nomination stays with HQ,
// flagged overdue, with a daily alert, as every top rung does (v6 as first drafted let it expire, silently lost).
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { createActivities } from '#activities/index';
import { prepareDatabase } from '#core/bootstrap';
import type { ProcessStartInput } from '#core/domain/process-start';
import { addDays, localDate, nthWorkingDayAfter, startOfLocalDay } from '#core/domain/working-calendar';
import { createTemplateRenderer } from '#core/mail/template-renderer';
import { readShippedForms } from '#forms/shipped-forms';
import type { LadderParams } from '#workflows/ladder-workflow';
import { eventually } from '#scripts/kit/eventually';
import { ladderTasks } from '../helpers/ladder-tasks';
import { openSqlite } from '../helpers/test-db';
import { startTimeSkipping, type TimeSkipping } from '../helpers/time-skipping';

const TZ = 'Asia/Shanghai';
const QUEUE = 'commendation-review-test';
const COMMENDATION = readShippedForms().find((form) => form.key === 'commendation')!;
const NOMINATION = { honour: '复工复产表现突出', deeds: '组织员工有序返岗，自建核酸检测点，防疫措施落实到位。' };
const endOfDay = (date: string) => new Date(startOfLocalDay(addDays(date, 1), TZ)).toISOString();

describe('commendation review (time-skipping server)', { timeout: 180_000 }, () => {
  let skipping: TimeSkipping;
  let db: Knex;
  let submitter: { id: number; enterprise_id: number };
  const { openTask, decide } = ladderTasks(
    () => db,
    () => skipping.env.client,
  );

  beforeAll(async () => {
    db = await openSqlite();
    await prepareDatabase(db, { seedDemo: true });
    submitter = await db('users').where({ username: 'ent01' }).first('id', 'enterprise_id');
  });
  beforeEach(async () => {
    skipping = await startTimeSkipping(
      QUEUE,
      createActivities({ db, renderer: createTemplateRenderer(TZ), from: 'noreply@fugong.local', timeZone: TZ }),
    );
    // 09:00 tomorrow, Beijing time.
    const now = await skipping.env.currentTimeMs();
    await skipping.env.sleep(startOfLocalDay(addDays(localDate(now, TZ), 1), TZ) + 9 * 3_600_000 - now);
  });
  afterEach(async () => {
    await skipping?.stop();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  async function start() {
    const id = randomUUID();
    const at = new Date().toISOString();
    await db('submissions').insert({
      id,
      form_key: 'commendation',
      form_version: COMMENDATION.version,
      enterprise_id: submitter.enterprise_id,
      user_id: submitter.id,
      data: JSON.stringify(NOMINATION),
      status: 'submitted',
      workflow_id: `submission-${id}`,
      created_at: at,
      updated_at: at,
    });
    const input: ProcessStartInput<LadderParams> = {
      submissionId: id,
      formKey: 'commendation',
      formVersion: COMMENDATION.version,
      formTitle: COMMENDATION.title,
      enterpriseId: submitter.enterprise_id,
      submitter: { userId: submitter.id, name: '企业联络员', email: 'ent01@example.com', locale: 'zh-CN' },
      data: NOMINATION,
      params: COMMENDATION.process.params as unknown as LadderParams,
    };
    const handle = await skipping.env.client.workflow.start('ladderWorkflow', {
      taskQueue: QUEUE,
      workflowId: `submission-${id}`,
      args: [input],
    });
    return { id, handle };
  }
  const stepsOf = async (id: string) =>
    (await db('tasks').where({ submission_id: id }).orderBy('created_at').orderBy('id').select('step', 'status')).map(
      (t) => `${t.step}:${t.status}`,
    );
  const mailsLike = (pattern: string) =>
    db('outbox').where('idempotency_key', 'like', pattern).orderBy('id').select('idempotency_key', 'to_address', 'subject');
  const sleepPast = async (iso: string) => skipping.env.sleep(Date.parse(iso) - (await skipping.env.currentTimeMs()) + 60_000);

  it('keeps a nomination the class has not reviewed with the class, flagged and alerting HQ daily, until it reviews it', async () => {
    const opened = localDate(await skipping.env.currentTimeMs(), TZ);
    const { id, handle } = await start();
    const review = await openTask(id, 'review');
    const calendar = await db('calendar_days').select('date', 'kind');
    expect(review.due_at).toBe(endOfDay(nthWorkingDayAfter(opened, 3, calendar)));
    await sleepPast(review.due_at);

    const alerts = () => mailsLike(`${review.id}/overdue-alert/%`);
    await eventually(alerts, (rows) => rows.length >= 1, 60_000);
    const hq = await db('users').where({ role: 'hq' }).pluck('email');
    expect((await alerts()).map((row) => row.to_address)).toEqual(expect.arrayContaining([hq[0]]));
    expect((await alerts())[0]!.subject).toContain('超时督办');
    const flagged = await db('tasks').where({ id: review.id }).first('status', 'overdue_since');
    expect(flagged.status).toBe('open');
    expect(flagged.overdue_since).toBeTruthy();
    // Nothing went to HQ for approval unreviewed; a day later HQ is alerted again.
    expect(await stepsOf(id)).toEqual(['review:open']);
    const first = (await alerts()).length;
    await skipping.env.sleep(86_400_000);
    await eventually(alerts, (rows) => rows.length > first, 60_000);
    expect((await alerts()).at(-1)!.subject).toContain('第 2 天');
    expect(await stepsOf(id)).toEqual(['review:open']);

    await decide(await openTask(id, 'review'), 'class-coordination', 'escalate', { opinion: '事迹属实，建议表扬' });
    await openTask(id, 'hq');
    expect(await stepsOf(id)).toEqual(['review:done', 'hq:open']);
    await handle.terminate('test over');
  });

  it('keeps a nomination HQ has not decided with HQ, flagged and alerting HQ daily, until HQ approves it', async () => {
    const { id, handle } = await start();
    await decide(await openTask(id, 'review'), 'class-coordination', 'escalate', { opinion: '事迹属实，建议表扬' });
    const escalated = localDate(await skipping.env.currentTimeMs(), TZ);
    const approval = await openTask(id, 'hq');
    const calendar = await db('calendar_days').select('date', 'kind');
    expect(approval.due_at).toBe(endOfDay(nthWorkingDayAfter(escalated, 3, calendar)));
    await sleepPast(approval.due_at);

    const alerts = () => mailsLike(`${approval.id}/overdue-alert/%`);
    await eventually(alerts, (rows) => rows.length >= 1, 60_000);
    const hq = await db('users').where({ role: 'hq' }).pluck('email');
    expect((await alerts()).map((row) => row.to_address)).toEqual(expect.arrayContaining([hq[0]]));
    expect((await alerts())[0]!.subject).toContain('超时督办');
    const flagged = await db('tasks').where({ id: approval.id }).first('status', 'overdue_since');
    expect(flagged.status).toBe('open');
    expect(flagged.overdue_since).toBeTruthy();
    // Not lost: still HQ's to decide, and the nomination is not closed; a day later HQ is alerted again.
    expect(await stepsOf(id)).toEqual(['review:done', 'hq:open']);
    expect((await db('submissions').where({ id }).first('status')).status).not.toMatch(/expired|rejected|settled/);
    const first = (await alerts()).length;
    await skipping.env.sleep(86_400_000);
    await eventually(alerts, (rows) => rows.length > first, 60_000);
    expect((await alerts()).at(-1)!.subject).toContain('第 2 天');
    expect(await stepsOf(id)).toEqual(['review:done', 'hq:open']);

    await decide(await openTask(id, 'hq'), 'hq', 'approve', { opinion: '同意表扬' });
    await eventually(
      () => stepsOf(id),
      (steps) => steps[1] === 'hq:done',
    );
    expect((await stepsOf(id)).slice(0, 2)).toEqual(['review:done', 'hq:done']);
    await handle.terminate('test over');
  });
});
